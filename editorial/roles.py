"""Who may do what in the editor: one group per role, with the least
permissions each role needs. Applied by this app's migrations, through the
historical models they are given, so this module imports no models.

Site administrators are superusers (`manage.py ensure_admin`, or the Users
menu's "Administrator" box): they hold every permission and need no group.
"""

EDITORS = "Editors"
MODERATORS = "Moderators"
PARTICIPANTS = "Participants"

# One group per content language other than the default, with page permissions
# on that language's tree only: editorial/translators.py.
TRANSLATOR_GROUP_PER_LOCALE = "Translators ({language})"

ACCESS_ADMIN = ("wagtailadmin", "access_admin")
SNIPPET_PERMISSIONS = [
    ("people", "add_person"),
    ("people", "change_person"),
    ("people", "view_person"),
    ("taxonomy", "add_topic"),
    ("taxonomy", "change_topic"),
    ("taxonomy", "view_topic"),
]

# Page permissions, granted on every site's root page (not the tree's Root:
# creating a new site stays with the administrators).
PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page", "lock_page"],
    MODERATORS: ["add_page", "change_page", "lock_page", "publish_page", "unlock_page"],
    PARTICIPANTS: [],
}

# Image and document permissions, granted on the root collection (the intranet
# collection is restricted separately).
COLLECTION_PERMISSIONS = {
    EDITORS: ["add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document"],
    MODERATORS: ["add_image", "change_image", "choose_image", "add_document", "change_document", "choose_document"],
    PARTICIPANTS: [],
}

# Participants reach the editor only to write their own authority's intranet
# pages; the intranet app grants them their page permissions there.
MODEL_PERMISSIONS = {
    EDITORS: [ACCESS_ADMIN, *SNIPPET_PERMISSIONS],
    MODERATORS: [ACCESS_ADMIN, *SNIPPET_PERMISSIONS],
    PARTICIPANTS: [ACCESS_ADMIN],
}

MODERATION_WORKFLOW = "News and events moderation"
MODERATION_TASK = "Approval by a moderator"


def apply_roles(apps):
    """Create or reset every role group to exactly the permissions above, on
    the site roots and the root collection."""
    from django.contrib.auth.management import create_permissions

    # A fresh database has no permission rows yet while migrations run.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Site = apps.get_model("wagtailcore", "Site")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    def permission(app_label, codename):
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    site_roots = [site.root_page_id for site in Site.objects.all()]
    root_collection = Collection.objects.filter(depth=1).first()
    for name in [EDITORS, MODERATORS, PARTICIPANTS]:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.set([permission(app_label, codename) for app_label, codename in MODEL_PERMISSIONS[name]])
        # Wagtail's own grants on the tree's root and this module's on the site roots are
        # replaced; grants on pages further down (the intranet's) are kept.
        GroupPagePermission.objects.filter(group=group, page__depth=1).delete()
        GroupPagePermission.objects.filter(group=group, page_id__in=site_roots).delete()
        for page_id in site_roots:
            for codename in PAGE_PERMISSIONS[name]:
                GroupPagePermission.objects.create(
                    group=group, page_id=page_id, permission=permission("wagtailcore", codename)
                )
        GroupCollectionPermission.objects.filter(group=group, collection=root_collection).delete()
        for codename in COLLECTION_PERMISSIONS[name]:
            app_label = "wagtailimages" if codename.endswith("image") else "wagtaildocs"
            GroupCollectionPermission.objects.create(
                group=group, collection=root_collection, permission=permission(app_label, codename)
            )


def apply_moderation_workflow(apps, index_models):
    """The workflow news, interviews and events go through: one approval by a
    moderator. Assigned to the index pages of `index_models` that exist; new
    ones get it when created (signals.py)."""
    Group = apps.get_model("auth", "Group")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.filter(name=MODERATION_TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=MODERATION_TASK, content_type=task_type, active=True)
    task.groups.set([Group.objects.get(name=MODERATORS)])
    workflow, _ = Workflow.objects.get_or_create(name=MODERATION_WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for app_label, model_name in index_models:
        for page in apps.get_model(app_label, model_name).objects.all():
            WorkflowPage.objects.update_or_create(page_id=page.pk, defaults={"workflow": workflow})
