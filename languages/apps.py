from django.apps import AppConfig, apps


class LanguagesConfig(AppConfig):
    name = "languages"
    verbose_name = "Languages"

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import drafts, slugs
        from .locales import create_content_locales

        # Django sends post_migrate only for apps with models; this one has none.
        post_migrate.connect(create_content_locales, sender=apps.get_app_config("wagtailcore"))
        drafts.connect()
        slugs.connect()
