"""Each configured content language gets its Wagtail Locale, so that adding a
language is a change of LANGUAGES and a `migrate`, nothing to click."""

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS


def create_content_locales(using=DEFAULT_DB_ALIAS, apps=None, **kwargs):
    if apps is None:
        from django.apps import apps
    try:
        Locale = apps.get_model("wagtailcore", "Locale")
    except LookupError:  # migrated only part of the way, before Wagtail's tables
        return
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.using(using).get_or_create(language_code=code)


def memoize_locale_lookups():
    """Locale.get_for_language (behind Locale.get_active, which routing, the browse pages and
    Wagtail's own localizing call) read the locale row on each call, up to twice a page: it is
    memoized per content version like the site's other figures (headless/memo.py). Locales are
    content: adding one moves the version on."""
    from wagtail.coreutils import get_supported_content_language_variant
    from wagtail.models.i18n import LocaleManager

    from headless.content_version import request_local
    from headless.memo import memoized

    stock = LocaleManager.get_for_language

    def get_for_language(self, language_code):
        code = get_supported_content_language_variant(language_code)
        return request_local(f"locale-{code}", lambda: memoized("locale", lambda: stock(self, code), code))

    LocaleManager.get_for_language = get_for_language
