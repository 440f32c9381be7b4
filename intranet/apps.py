from django.apps import AppConfig


class IntranetConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "intranet"
    verbose_name = "Participants' intranet"

    def ready(self):
        from . import signals  # noqa: F401
