from django.apps import AppConfig, apps
from django.db.models.signals import post_migrate


class OperationsConfig(AppConfig):
    name = "operations"
    verbose_name = "Operations"

    def ready(self):
        from . import replica  # noqa: F401  (connects the publishing signals)
        from .addresses import follow_public_address

        # Once per migrate, after Wagtail's (this app has no models, and so no signal of its own).
        post_migrate.connect(
            follow_public_address,
            sender=apps.get_app_config("wagtailcore"),
            dispatch_uid="operations-follow-public-address",
        )
