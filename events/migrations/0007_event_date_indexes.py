from django.db import migrations, models
from django.db.models.functions import Coalesce


def analyse(apps, schema_editor):
    # PostgreSQL gathers the statistics of the last day, an expression, when it analyses
    # the table, which autovacuum does only after many rows change.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ANALYZE events_eventpage")


class Migration(migrations.Migration):
    # Only the previous events migration: the indexes need nothing else, and depending on
    # taxonomy's latest would drag it along when a test migrates taxonomy back (tests/migrations.py).
    dependencies = [("events", "0006_organisers_and_speakers_translatable")]

    operations = [
        migrations.AddIndex(
            model_name="eventpage",
            index=models.Index(fields=["start_date", "page_ptr"], name="events_start_date_idx"),
        ),
        migrations.AddIndex(
            model_name="eventpage",
            index=models.Index(Coalesce("end_date", "start_date"), name="events_last_day_idx"),
        ),
        migrations.RunPython(analyse, migrations.RunPython.noop),
    ]
