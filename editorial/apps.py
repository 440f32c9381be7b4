from django.apps import AppConfig, apps


class EditorialConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "editorial"
    verbose_name = "Editorial roles and workflow"

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.db.models.signals import m2m_changed, post_migrate, post_save

        from . import signals  # noqa: F401
        from .snippet_permissions import register_translator_policies
        from .translators import apply_translator_roles, grant_new_home, interface_in_group_language

        # Django sends post_migrate only for apps with models; this one has none.
        post_migrate.connect(apply_translator_roles, sender=apps.get_app_config("wagtailcore"))
        post_save.connect(grant_new_home, dispatch_uid="editorial.grant_new_home")
        m2m_changed.connect(interface_in_group_language, sender=get_user_model().groups.through)
        register_translator_policies()
