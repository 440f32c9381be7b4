"""Every existing topic is a default-language topic: the one its pages keep
pointing to (the rows and their ids do not change)."""

import uuid

from django.conf import settings
from django.db import migrations


def file_under_default_language(apps, schema_editor):
    Topic = apps.get_model("taxonomy", "Topic")
    topics = Topic.objects.filter(translation_key__isnull=True)
    if not topics.exists():
        return
    Locale = apps.get_model("wagtailcore", "Locale")
    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    for topic in topics.iterator():
        topic.translation_key = uuid.uuid4()
        topic.locale = locale
        topic.save(update_fields=["translation_key", "locale"])


class Migration(migrations.Migration):
    dependencies = [("taxonomy", "0003_topic_translatable_fields")]

    operations = [migrations.RunPython(file_under_default_language, migrations.RunPython.noop)]
