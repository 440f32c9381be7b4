"""Indexes on wagtailcore_page that Wagtail does not create and our queries need,
found with EXPLAIN ANALYZE on the benchmark's 100,000-page site (docs/performance.md).

- expire_at: every public listing leaves out pages past their expiry date (they stay
  live until the scheduler unpublishes them) through a subquery on expire_at. Unindexed,
  it read every page (20 ms), and that start-up cost made PostgreSQL sort all 16,000
  matches of a v2 listing filtered by country (200 ms) instead of walking the path index
  to the first 20 (1 ms). Partial: almost every page has no expiry date.
- (depth, path): a page's children are the pages one level deeper whose path starts
  with its own. The navigation menu, on every HTML page, asks for the home page's; under
  it lies nearly every page, so path alone did not narrow the search, and PostgreSQL read
  all 100,000 pages (25 ms) to find three. With depth first it reads those (0.1 ms)."""

from django.db import migrations

INDEXES = {
    "operations_page_expire_at": "(expire_at) WHERE expire_at IS NOT NULL",
    "operations_page_depth_path": "(depth, path)",
}


class Migration(migrations.Migration):
    dependencies = [("wagtailcore", "0098_apitoken")]

    operations = [
        migrations.RunSQL(
            sql=f"CREATE INDEX IF NOT EXISTS {name} ON wagtailcore_page {definition}",
            reverse_sql=f"DROP INDEX IF EXISTS {name}",
        )
        for name, definition in INDEXES.items()
    ]
