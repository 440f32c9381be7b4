from django.db import migrations

from editorial.roles import apply_moderation_workflow, apply_roles

MODERATED_INDEXES = [("news", "NewsIndexPage"), ("events", "EventIndexPage")]


def forwards(apps, schema_editor):
    apply_roles(apps)
    apply_moderation_workflow(apps, MODERATED_INDEXES)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("home", "0002_create_homepage"),
        ("people", "0002_initial"),
        ("taxonomy", "0002_council_of_europe_member_states"),
        ("news", "0001_initial"),
        ("events", "0003_initial"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
