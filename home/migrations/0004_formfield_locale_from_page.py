"""Each existing form field takes its page's language. A field of a page
translated before form fields were translatable shares its original's
translation key (matched by clean name, which a translation copies), so that
wagtail-localize treats them as one field in two languages."""

import uuid

from django.db import migrations


def set_locale_and_translation_key(apps, schema_editor):
    FormField = apps.get_model("home", "FormField")
    Page = apps.get_model("wagtailcore", "Page")
    pages = {
        pk: (locale_id, translation_key)
        for pk, locale_id, translation_key in Page.objects.filter(
            pk__in=FormField.objects.values("page_id")
        ).values_list("pk", "locale_id", "translation_key")
    }
    keys = {}  # (page translation key, clean name) -> field translation key
    used = set()  # (field translation key, locale)
    for field in FormField.objects.order_by("pk"):
        locale_id, page_key = pages[field.page_id]
        key = keys.setdefault((page_key, field.clean_name), uuid.uuid4())
        if (key, locale_id) in used:
            key = uuid.uuid4()  # two fields of one page with the same clean name
        used.add((key, locale_id))
        FormField.objects.filter(pk=field.pk).update(locale_id=locale_id, translation_key=key)


class Migration(migrations.Migration):
    dependencies = [("home", "0003_formfield_translation_key_and_locale")]

    operations = [migrations.RunPython(set_locale_and_translation_key, migrations.RunPython.noop)]
