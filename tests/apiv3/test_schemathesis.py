"""The v3 OpenAPI document, fuzzed: schemathesis makes requests to every operation from the
document itself (valid ones, boundary values, and requests the document forbids) and sends
them through the whole Django stack, middleware included, over WSGI. Reads go out
anonymously; every operation, writes included, goes out again with a superuser's editor
token, against the test database (each operation's writes are rolled back after it).

Each answer must be no 5xx, a status the document lists for the operation, of the content
type it states and in the shape of its schema; a request the document forbids must be refused
with a 4xx. Generation is deterministic and small (a few examples per operation besides
schemathesis' boundary cases), so that the run takes a minute or two, the same every time.
Marked `fuzz`: CI runs it on SQLite only (.ci/run)."""

import json

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from django.contrib.auth import get_user_model
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, transaction

import wagtail_factories
from wagtail.models import APIToken, Page

from apiv3.api import api
from apiv3.openapi import render_openapi
from tests.factories import (
    CreditedImageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PersonFactory,
    TopicFactory,
)

pytestmark = pytest.mark.fuzz

CONFIG = SchemathesisConfig.from_dict({"generation": {"max-examples": 5, "deterministic": True, "database": "none"}})
# The document as clients fetch it (rendered: it holds lazy translations), served by the app.
schema = schemathesis.openapi.from_dict(json.loads(render_openapi(api.get_openapi_schema())), config=CONFIG)
schema.app = WSGIHandler()

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
]
HYPOTHESIS = settings(suppress_health_check=list(HealthCheck), deadline=None)


@pytest.fixture(scope="module")
def editor_token(django_db_setup, django_db_blocker):
    """Content of each kind, once for the module (in a transaction rolled back at its end),
    and the plaintext of a superuser's editor token."""
    # As Django's test client does: after each request Django closes the connection (with
    # CONN_MAX_AGE 0), which on PostgreSQL would end the test's transaction mid-test.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    with django_db_blocker.unblock(), transaction.atomic():
        home = Page.objects.get(depth=2)
        news = NewsPageFactory(parent=NewsIndexPageFactory(parent=home), title="Housing in Albania")
        news.save_revision()
        EventPageFactory(parent=EventIndexPageFactory(parent=home), title="Seminar in Tirana")
        PersonFactory(given_name="Juliana", family_name="Hoxha")
        TopicFactory(name="Housing", slug="housing")
        CreditedImageFactory(title="Town hall")
        wagtail_factories.DocumentFactory(title="Report")
        user = get_user_model().objects.create_superuser("fuzzer", "fuzzer@example.org", "password")
        yield APIToken.create_token(user=user, name="schemathesis")[1]
        transaction.set_rollback(True)
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.include(method="GET").parametrize()
@HYPOTHESIS
def test_anonymous_reads_conform_to_the_document(editor_token, db, case):
    case.call_and_validate(checks=CHECKS)


@schema.parametrize()
@HYPOTHESIS
def test_editor_token_calls_conform_to_the_document(editor_token, db, case):
    case.call_and_validate(headers={"Authorization": f"Bearer {editor_token}"}, checks=CHECKS)
