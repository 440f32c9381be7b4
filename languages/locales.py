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
