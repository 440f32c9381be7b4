from django.db import migrations

# Wagtail routes a path down the tree one level at a time; the site finds the page by its
# url_path in one query (languages/fallback.py), which without an index reads every page.


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_formfield_translatable"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS alliance_page_url_path ON wagtailcore_page (url_path)",
            "DROP INDEX IF EXISTS alliance_page_url_path",
        ),
    ]
