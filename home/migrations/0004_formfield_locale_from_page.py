"""Each existing form field takes its page's language. A field of a page
translated before form fields were translatable shares its original's
translation key (matched by clean name, which a translation copies), so that
wagtail-localize treats them as one field in two languages."""

from django.db import migrations

from languages.translatable_children import give_rows_their_page_language


def set_locale_and_translation_key(apps, schema_editor):
    give_rows_their_page_language(apps, "home.FormField", "clean_name")


class Migration(migrations.Migration):
    dependencies = [("home", "0003_formfield_translation_key_and_locale")]

    operations = [migrations.RunPython(set_locale_and_translation_key, migrations.RunPython.noop)]
