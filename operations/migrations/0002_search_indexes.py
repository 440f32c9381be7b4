"""Indexes for Wagtail's PostgreSQL search backend, which creates GIN indexes on the
title and the body of each entry but searches and joins on expressions that neither
these nor the page's primary key serve (found with EXPLAIN ANALYZE on the benchmark's
100,000-page site, docs/performance.md):

- the backend matches `title || body` against the query: without an index on that
  expression, every search read all 100,000 entries (300 ms), even for a word found
  on four pages;
- it joins each entry to its page on `page.id::varchar(50) = entry.object_id`, a cast
  the primary key cannot serve: PostgreSQL read every page (45 ms) to join four.

With both, a word found on a few pages is searched in under a millisecond. PostgreSQL
only: on SQLite the backend searches an FTS5 table."""

from django.db import migrations

INDEXES = {
    "operations_search_title_body": "wagtailsearch_indexentry USING gin ((title || body))",
    "operations_page_id_as_text": "wagtailcore_page (((id)::character varying(50)))",
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name, definition in INDEXES.items():
            schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {definition}")
        # PostgreSQL gathers an expression's statistics when it analyses the table, and
        # autovacuum analyses only after many rows change: without them it guessed the
        # join 100 times too wide and read every page again.
        schema_editor.execute("ANALYZE wagtailcore_page, wagtailsearch_indexentry")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for name in INDEXES:
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("operations", "0001_page_indexes"), ("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(create, drop)]
