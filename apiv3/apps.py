import sys

from django.apps import AppConfig
from django.core.exceptions import ImproperlyConfigured


class APIv3Config(AppConfig):
    name = "apiv3"
    verbose_name = "API v3: consumer keys and the public read tier"

    def ready(self):
        if "wagtail.api.v3.routers.pages" in sys.modules:
            raise ImproperlyConfigured(
                "wagtail.api.v3's pages router was imported before apiv3 registered its writable page types: "
                "keep apiv3 above wagtail.api.v3 in INSTALLED_APPS and import the API only from urls."
            )
        from .writing import register_writable_page_types

        register_writable_page_types()
