import django.db.models.deletion
from django.db import migrations, models


def nullable_locale_and_translation_key(model_name):
    return [
        migrations.AddField(
            model_name=model_name,
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
            ),
        ),
        migrations.AddField(
            model_name=model_name,
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
    ]


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0003_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        *nullable_locale_and_translation_key("eventorganiser"),
        *nullable_locale_and_translation_key("eventspeaker"),
    ]
