"""An index on wagtailcore_page.expire_at, which Wagtail does not index.

Every public listing leaves out pages past their expiry date (they stay live until
the scheduler unpublishes them) through a subquery on expire_at. Without an index
PostgreSQL read all 100,000 pages of the large benchmark site to find the few
expired ones, and priced that scan into every plan: v2 listings filtered by country
sorted 16,000 rows (200 ms) instead of walking the path index to the first 20 (1 ms).
Partial: almost every page has no expiry date."""

from django.db import migrations

INDEX = "operations_page_expire_at"


class Migration(migrations.Migration):
    dependencies = [("wagtailcore", "0098_apitoken")]

    operations = [
        migrations.RunSQL(
            sql=f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (expire_at) WHERE expire_at IS NOT NULL",
            reverse_sql=f"DROP INDEX IF EXISTS {INDEX}",
        ),
    ]
