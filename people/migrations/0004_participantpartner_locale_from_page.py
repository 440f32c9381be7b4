"""Each existing partner takes its participant page's language; a partner of a
page translated before partners were translatable is paired with its
original's by name, which the translation copied unchanged."""

from django.db import migrations

from languages.translatable_children import give_rows_their_page_language


def set_locale_and_translation_key(apps, schema_editor):
    give_rows_their_page_language(apps, "people.ParticipantPartner", "name")


class Migration(migrations.Migration):
    dependencies = [("people", "0003_participantpartner_translation_key_and_locale")]

    operations = [migrations.RunPython(set_locale_and_translation_key, migrations.RunPython.noop)]
