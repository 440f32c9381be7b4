import contextlib

import pytest

from django.db import connection
from django.test import Client


@contextlib.contextmanager
def database_unreachable():
    """The default database really unreachable: the connection is set aside and the next one
    goes to a closed port (PostgreSQL) or a file in a folder that does not exist (SQLite), so
    every query fails the way it does when the server is down. The set-aside connection keeps
    SQLite's in-memory test database alive and is put back afterwards."""
    saved_connection, saved_settings = connection.connection, dict(connection.settings_dict)
    connection.connection = None
    if connection.vendor == "sqlite":
        connection.settings_dict["NAME"] = "/nonexistent/folder/db.sqlite3"
    else:
        connection.settings_dict.update(HOST="127.0.0.1", PORT="9")  # discard: nothing listens
        connection.settings_dict.setdefault("OPTIONS", {})["connect_timeout"] = 2
    try:
        yield
    finally:
        connection.settings_dict.clear()
        connection.settings_dict.update(saved_settings)
        connection.connection = saved_connection


@pytest.fixture
def outside_a_transaction(django_db_serialized_rollback, transactional_db):
    """Outside a test transaction, which a lost connection would leave half-open; the
    serialized rollback puts back what the migrations made (site, home page) after the flush."""


@pytest.fixture
def database_down(outside_a_transaction, home_page):
    with database_unreachable():
        yield


@pytest.fixture
def failing_site(settings, db):
    """A client of the site's URLs plus views that fail or refuse (tests/failing_urls.py),
    which gets the answers a visitor gets rather than the exceptions."""
    settings.ROOT_URLCONF = "tests.failing_urls"
    client = Client()
    client.raise_request_exception = False
    return client
