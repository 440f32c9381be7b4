from django.apps import AppConfig


class HeadlessConfig(AppConfig):
    """What the site offers front ends beyond the read API: HTTP caching,
    CDN purges when pages change, and previews of drafts."""

    name = "headless"
    verbose_name = "Front ends"

    def ready(self):
        from .purging import register_signal_handlers

        register_signal_handlers()
