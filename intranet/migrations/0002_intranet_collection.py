"""The "Intranet" collection: documents and images filed there are for
participants only (Wagtail refuses to serve its documents to anyone else)."""

from django.db import migrations

from editorial.roles import PARTICIPANTS

INTRANET_COLLECTION = "Intranet"
PARTICIPANT_COLLECTION_PERMISSIONS = [
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
]


def forwards(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    CollectionViewRestriction = apps.get_model("wagtailcore", "CollectionViewRestriction")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    root = Collection.objects.get(depth=1)
    collection = Collection.objects.filter(depth=2, name=INTRANET_COLLECTION).first()
    if collection is None:
        # Treebeard's API is not available on historical models: add the child by hand.
        last = Collection.objects.filter(depth=2).order_by("-path").first()
        step = int(last.path[-4:], 36) + 1 if last else 1
        path = root.path + format_step(step)
        collection = Collection.objects.create(name=INTRANET_COLLECTION, path=path, depth=2, numchild=0)
        Collection.objects.filter(pk=root.pk).update(numchild=Collection.objects.filter(depth=2).count())
    participants = Group.objects.get(name=PARTICIPANTS)
    if not CollectionViewRestriction.objects.filter(collection=collection).exists():
        restriction = CollectionViewRestriction.objects.create(collection=collection, restriction_type="groups")
        restriction.groups.set([participants])
    for app_label, codename in PARTICIPANT_COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=participants,
            collection=collection,
            permission=Permission.objects.get(content_type__app_label=app_label, codename=codename),
        )


def format_step(number):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    text = ""
    while number:
        number, remainder = divmod(number, 36)
        text = digits[remainder] + text
    return text.rjust(4, "0")


class Migration(migrations.Migration):
    dependencies = [
        ("intranet", "0001_initial"),
        ("editorial", "0001_roles_and_moderation"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
