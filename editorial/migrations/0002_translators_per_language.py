"""The one "Translators" group, which could edit every page in every language,
gives way to one group per language (editorial/translators.py, made after each
migrate). Its page grants go; the group itself goes too unless people are in
it, who keep it, with no page rights, until an administrator moves them to
their language's group."""

from django.db import migrations


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    group = Group.objects.filter(name="Translators").first()
    if group is None:
        return
    GroupPagePermission.objects.filter(group=group).delete()
    if not group.user_set.exists():
        group.delete()


class Migration(migrations.Migration):
    dependencies = [("editorial", "0001_roles_and_moderation")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
