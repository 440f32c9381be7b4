from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Site search"

    def ready(self):
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
