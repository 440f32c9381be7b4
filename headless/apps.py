from django.apps import AppConfig


class HeadlessConfig(AppConfig):
    """What the site offers front ends beyond the read API: HTTP caching, the
    response cache and its content version, CDN purges when pages change, and
    previews of drafts."""

    name = "headless"
    verbose_name = "Front ends"

    def ready(self):
        from . import content_version, documents, purging

        purging.register_signal_handlers()
        content_version.register_signal_handlers()
        documents.register_signal_handlers()
