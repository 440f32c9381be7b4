import uuid

import django.db.models.deletion
from django.db import migrations, models


def required_locale_and_translation_key(model_name):
    return [
        migrations.AlterField(
            model_name=model_name,
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name=model_name,
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(
            name=model_name,
            unique_together={("translation_key", "locale")},
        ),
    ]


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0005_organisers_and_speakers_locale_from_page"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        *required_locale_and_translation_key("eventorganiser"),
        *required_locale_and_translation_key("eventspeaker"),
    ]
