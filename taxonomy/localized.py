"""Topic and country names in the visitor's language, looked up once per request.

Pages are filed under default-language topics (see taxonomy.models.Topic), and
a translated page's countries are still its original's rows (wagtail-localize
copies many-to-many fields as they are); showing one in French means finding
its French row. Each language's names are
read in one query the first time a request needs them and kept until the
request ends (LocalizedNamesMiddleware), so a listing of fifty tagged pages costs one query
more, not fifty, and no name outlives the request it was read in."""

import contextvars
from typing import NamedTuple

from django.conf import settings
from django.utils import translation


class TopicText(NamedTuple):
    name: str
    description: str


# {(model, language code): {translation_key: texts}} for the request being
# served; None outside a request (a management command reads afresh each time).
_texts = contextvars.ContextVar("taxonomy_texts", default=None)


def localized_texts(language_code=None):
    """{translation_key: TopicText} for the topics translated into
    `language_code` (the active language by default) or, where they are not,
    into the first of its fallbacks (settings.LANGUAGE_FALLBACKS) that has
    them. Empty for the default language: its rows are the topics themselves."""
    from .models import Topic

    return {key: TopicText(*texts) for key, texts in _cached(Topic, ("name", "description"), language_code).items()}


def localized_country_names(language_code=None):
    """{translation_key: name} for the countries, as localized_texts for topics."""
    from .models import Country

    return {key: texts[0] for key, texts in _cached(Country, ("name",), language_code).items()}


def _cached(model, fields, language_code):
    code = language_code or translation.get_language() or settings.LANGUAGE_CODE
    cache = _texts.get()
    key = (model._meta.label, code)
    if cache is not None and key in cache:
        return cache[key]
    texts = _read(model, fields, code)
    if cache is not None:
        cache[key] = texts
    return texts


def translated_chain(language_code=None):
    """The languages whose topic names stand in for `language_code`'s, nearest
    first, without the default language (whose names are the topics' own).
    The same chain as languages.fallback.language_chain, which taxonomy
    cannot import: it sits below every other app."""
    code = language_code or translation.get_language() or settings.LANGUAGE_CODE
    return [c for c in [code, *settings.LANGUAGE_FALLBACKS.get(code, [])] if c != settings.LANGUAGE_CODE]


def _read(model, fields, code):
    chain = translated_chain(code)
    if not chain:
        return {}
    rows = model.objects.filter(locale__language_code__in=chain).values_list(
        "translation_key", "locale__language_code", *fields
    )
    texts = {}
    # The closest language wins: read the chain's far end first, so the
    # nearer languages overwrite it.
    for key, _language, *values in sorted(rows, key=lambda row: -chain.index(row[1])):
        texts[key] = tuple(values)
    return texts


class LocalizedNamesMiddleware:
    """The names read while a request is answered are kept until it is answered. A middleware,
    not Django's request signals: a page rendered to be stored (headless/documents.py) goes
    through the middleware without them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _texts.set({})
        try:
            return self.get_response(request)
        finally:
            _texts.reset(token)
