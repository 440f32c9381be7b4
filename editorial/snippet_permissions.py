"""Translators edit the snippets of their own language: "Translators (French)"
holds the change and view permissions of every translatable snippet (people,
the site-wide content, ...), and this policy narrows them to the French rows.

Wagtail's snippet permissions are per model: a permission held at all is held
on every row. So a permission a user holds only through translators' groups
counts, row by row, for the rows in those groups' languages; one held through
any other group (Editors), directly, or as a superuser counts everywhere.
Translators hold no add or delete permission: they never create a source item
(wagtail-localize's Translate makes the copies) and never delete one.

Wagtail's generic edit and delete views only check the model-level permission,
so the ``before_edit_snippet`` and ``before_delete_snippet`` hooks
(wagtail_hooks.py) ask this policy about the row itself; wagtail-localize's
translation editor asks through ``user_can_edit_instance``, wrapped there too."""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models import Q

from modelcluster.fields import ParentalKey
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .translators import language_of_group_name, translated_languages, translator_group_name

EVERYWHERE = None


def translatable_models():
    """Models translated row by row, other than pages and the inline rows that
    are translated with their page (a form's fields)."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, TranslatableMixin)
        and not issubclass(model, Page)
        and not any(isinstance(field, ParentalKey) for field in model._meta.get_fields())
    ]


class TranslatorLocalePermissionPolicy(ModelPermissionPolicy):
    @property
    def _cache_name(self):
        return f"_translator_locales_{self.app_label}_{self.model_name}"

    def locales_for(self, user, action):
        """Where the user may do ``action``: EVERYWHERE, or the ids of the
        locales their translators' groups hold it for (possibly none)."""
        if not (user.is_active and user.is_authenticated):
            return set()
        if user.is_superuser:
            return EVERYWHERE
        grants = getattr(user, self._cache_name, None)
        if grants is None:
            grants = self._grants(user)
            setattr(user, self._cache_name, grants)
        return grants.get(self._get_permission_codename(action), set())

    def _grants(self, user):
        everywhere = set(
            Permission.objects.filter(content_type=self._content_type, user=user).values_list("codename", flat=True)
        )
        languages = {}
        through_groups = Permission.objects.filter(content_type=self._content_type, group__user=user)
        for codename, group_name in through_groups.values_list("codename", "group__name"):
            language = language_of_group_name(group_name)
            if language is None:
                everywhere.add(codename)
            else:
                languages.setdefault(codename, set()).add(language)
        locale_ids = dict(Locale.objects.values_list("language_code", "pk"))
        grants = dict.fromkeys(everywhere, EVERYWHERE)
        for codename, codes in languages.items():
            grants.setdefault(codename, {locale_ids[code] for code in codes if code in locale_ids})
        return grants

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        locales = self.locales_for(user, action)
        return locales is EVERYWHERE or instance.locale_id in locales

    def instances_user_has_any_permission_for(self, user, actions):
        queryset = self.model._default_manager.all()
        allowed = set()
        for action in actions:
            if not self.user_has_permission(user, action):
                continue
            locales = self.locales_for(user, action)
            if locales is EVERYWHERE:
                return queryset
            allowed |= locales
        return queryset.filter(locale_id__in=allowed)

    def users_with_any_permission_for_instance(self, actions, instance):
        permissions = self._get_permission_objects_for_actions(actions)
        others = [
            translator_group_name(code)
            for code in translated_languages()
            if code != Locale.objects.get(pk=instance.locale_id).language_code
        ]
        groups = Group.objects.filter(permissions__in=permissions).exclude(name__in=others)
        return (
            get_user_model()
            .objects.filter(
                Q(is_active=True) & (Q(is_superuser=True) | Q(user_permissions__in=permissions) | Q(groups__in=groups))
            )
            .distinct()
        )


def register_translator_policies():
    """From EditorialConfig.ready(): before the snippet viewsets are set up,
    which would otherwise give each model Wagtail's per-model policy."""
    for model in translatable_models():
        register_permission_policy(model, TranslatorLocalePermissionPolicy(model), exact_class=True)
