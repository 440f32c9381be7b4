"""One translators' group per content language other than the default:
"Translators (French)" edits and submits the pages of the French tree, never the
English source, and publishes nothing (moderators do). It also edits the French
rows of every translatable snippet (people, the site-wide content), and no
others: editorial/snippet_permissions.py.

The groups follow settings.LANGUAGES: they are made after every `migrate`, and
a language's tree gets its grants when its home page is first translated. So do
editors and moderators, who do in every language's tree what they do in the
default language's: the moderators publish the translators' work. A translator
added to a group gets the editor's interface in that language, unless they
chose one themselves."""

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_permission_codename
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.utils.translation import get_language_info

from wagtail.admin.localization import get_available_admin_languages
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page, TranslatableMixin
from wagtail.users.models import UserProfile

from .roles import PAGE_PERMISSIONS as ROLE_PAGE_PERMISSIONS
from .roles import TRANSLATOR_GROUP_PER_LOCALE

PAGE_PERMISSIONS = ["add_page", "change_page"]
MODEL_PERMISSIONS = [("wagtailadmin", "access_admin"), ("wagtail_localize", "submit_translation")]
COLLECTION_PERMISSIONS = [("wagtailimages", "choose_image"), ("wagtaildocs", "choose_document")]
# On every translatable snippet, narrowed to the group's language by its permission policy.
SNIPPET_ACTIONS = ["change", "view"]


def translator_group_name(language_code):
    return TRANSLATOR_GROUP_PER_LOCALE.format(language=get_language_info(language_code)["name"])


def translated_languages():
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def language_of_group_name(name):
    return next((code for code in translated_languages() if translator_group_name(code) == name), None)


def language_of_group(group):
    return language_of_group_name(group.name)


def permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def translatable_snippet_permissions():
    from wagtail.snippets.models import get_snippet_models

    return [
        (model._meta.app_label, get_permission_codename(action, model._meta))
        for model in get_snippet_models()
        if issubclass(model, TranslatableMixin)
        for action in SNIPPET_ACTIONS
    ]


def apply_translator_roles(**kwargs):
    """Create or reset each language's group: the editor, submitting pages for
    translation, choosing images and documents, its own tree's pages, and its
    own language's rows of the translatable snippets."""
    model_permissions = [*MODEL_PERMISSIONS, *translatable_snippet_permissions()]
    # post_migrate reaches the apps in order, and some of these come after this one.
    for app_label in {app_label for app_label, _codename in [*model_permissions, *COLLECTION_PERMISSIONS]}:
        create_permissions(apps.get_app_config(app_label), verbosity=0)
    root_collection = Collection.get_first_root_node()
    for code in translated_languages():
        group, _ = Group.objects.get_or_create(name=translator_group_name(code))
        group.permissions.set([permission(*natural_key) for natural_key in model_permissions])
        for app_label, codename in COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission(app_label, codename)
            )
        for home in Page.objects.filter(depth=2, locale__language_code=code):
            grant_tree(group, home)
            grant_roles(home)


def grant_tree(group, home):
    """The group's page permissions, on this home page (and so its tree) alone."""
    GroupPagePermission.objects.filter(group=group).exclude(page__locale=home.locale_id).delete()
    for codename in PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group, page=home, permission=permission("wagtailcore", codename)
        )


def grant_roles(home):
    """Editors' and moderators' page permissions, on this home page (and so its tree) as on the
    site's own."""
    for group in Group.objects.filter(name__in=ROLE_PAGE_PERMISSIONS):
        for codename in ROLE_PAGE_PERMISSIONS[group.name]:
            GroupPagePermission.objects.get_or_create(
                group=group, page=home, permission=permission("wagtailcore", codename)
            )


def grant_new_home(sender, instance, created, raw=False, **kwargs):
    """A home page translated into a language: its translators may now write there, and
    editors and moderators work there as in the default language."""
    if raw or not created or not isinstance(instance, Page) or instance.depth != 2:
        return
    code = instance.locale.language_code
    if code in translated_languages():
        group, _ = Group.objects.get_or_create(name=translator_group_name(code))
        grant_tree(group, instance)
        grant_roles(instance)


def interface_in_group_language(sender, instance, action, pk_set, reverse=False, **kwargs):
    """User.groups gained a translators' group: show them the editor in its
    language, if Wagtail's interface has it and they have not picked one."""
    if action != "post_add" or reverse or not pk_set:
        return
    admin_languages = {code for code, _name in get_available_admin_languages()}
    for group in Group.objects.filter(pk__in=pk_set):
        code = language_of_group(group)
        if code in admin_languages:
            profile = UserProfile.get_for_user(instance)
            if not profile.preferred_language:
                profile.preferred_language = code
                profile.save(update_fields=["preferred_language"])
            return
