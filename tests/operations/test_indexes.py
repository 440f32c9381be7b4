"""Indexes our queries need on Wagtail's own tables (operations/migrations)."""

import pytest

from django.db import connection


def test_page_expiry_dates_are_indexed(db):
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, "wagtailcore_page")
    index = constraints["operations_page_expire_at"]
    assert index["index"] and index["columns"] == ["expire_at"]


def test_page_children_are_indexed_by_depth_then_path(db):
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, "wagtailcore_page")
    assert constraints["operations_page_depth_path"]["columns"] == ["depth", "path"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the search backend's tables are PostgreSQL's")
@pytest.mark.parametrize(
    ("table", "index"),
    [("wagtailsearch_indexentry", "operations_search_title_body"), ("wagtailcore_page", "operations_page_id_as_text")],
)
def test_the_search_backends_expressions_are_indexed(db, table, index):
    with connection.cursor() as cursor:
        assert index in connection.introspection.get_constraints(cursor, table)
