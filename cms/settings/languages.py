"""The site's content languages, read from the environment.

LANGUAGES=en,fr,rom picks the languages (the first is the default); Django's own
list names most of them, and EXTRA_LANG_INFO names those it does not know, such
as Romani. LANGUAGE_FALLBACKS=rom:en says which language stands in, in order,
for a page that has not been translated yet; every language falls back to the
default last."""

from django.conf import locale as django_locale
from django.core.exceptions import ImproperlyConfigured

# Languages Django has no entry for. Registered in Django's table so that its
# language tags, template filters and the admin's language menus know them.
EXTRA_LANG_INFO = {
    "rom": {"bidi": False, "code": "rom", "name": "Romani", "name_local": "Romani čhib"},
}


def register_extra_languages():
    for code, info in EXTRA_LANG_INFO.items():
        django_locale.LANG_INFO.setdefault(code, info)


def parse_languages(codes):
    """[(code, English name)] for the comma-separated codes, refusing unknown ones."""
    if not codes:
        raise ImproperlyConfigured("Set LANGUAGES to at least one language code, e.g. LANGUAGES=en,fr.")
    languages = []
    for code in codes:
        code = code.lower()
        info = django_locale.LANG_INFO.get(code)
        if info is None or "name" not in info:
            raise ImproperlyConfigured(
                f"LANGUAGES names {code!r}, a language Django does not know: "
                "add it to EXTRA_LANG_INFO in cms/settings/languages.py."
            )
        languages.append((code, info["name"]))
    return languages


def parse_fallbacks(items, languages):
    """{"rom": ["en"]} from ["rom:en"]; "rom:fr:en" gives a chain. The default
    language closes every chain."""
    codes = [code for code, _name in languages]
    default = codes[0]
    fallbacks = {}
    for item in items:
        code, *chain = [part.strip().lower() for part in item.split(":")]
        for name in (code, *chain):
            if name not in codes:
                raise ImproperlyConfigured(
                    f"LANGUAGE_FALLBACKS names {name!r}, which is not in LANGUAGES ({', '.join(codes)})."
                )
        fallbacks[code] = chain
    for code in codes:
        chain = [name for name in fallbacks.get(code, []) if name != code]
        if code != default and default not in chain:
            chain.append(default)
        fallbacks[code] = chain
    return fallbacks
