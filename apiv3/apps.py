from django.apps import AppConfig


class APIv3Config(AppConfig):
    name = "apiv3"
    verbose_name = "API v3: consumer keys and the public read tier"
