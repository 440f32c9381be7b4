"""Each existing organiser and speaker takes its event page's language. A row
of an event translated before they were translatable is paired with its
original's by what the translation copied unchanged: an organiser's name, a
speaker's person."""

from django.db import migrations

from languages.translatable_children import give_rows_their_page_language


def set_locale_and_translation_key(apps, schema_editor):
    give_rows_their_page_language(apps, "events.EventOrganiser", "name")
    give_rows_their_page_language(apps, "events.EventSpeaker", "person_id")


class Migration(migrations.Migration):
    dependencies = [("events", "0004_organisers_and_speakers_translation_key_and_locale")]

    operations = [migrations.RunPython(set_locale_and_translation_key, migrations.RunPython.noop)]
