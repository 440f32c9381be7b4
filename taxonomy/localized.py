"""Topic names in the visitor's language, looked up once per request.

Pages are filed under default-language topics (see taxonomy.models.Topic);
showing one in French means finding its French row. Each language's names are
read in one query the first time a request needs them and kept until the
request ends, so a listing of fifty tagged pages costs one query more, not
fifty, and no name outlives the request it was read in."""

import contextvars
from typing import NamedTuple

from django.conf import settings
from django.core.signals import request_finished, request_started
from django.utils import translation


class TopicText(NamedTuple):
    name: str
    description: str


# {language code: {translation_key: TopicText}} for the request being served;
# None outside a request (a management command reads afresh each time).
_texts = contextvars.ContextVar("topic_texts", default=None)


def localized_texts(language_code=None):
    """{translation_key: TopicText} for the topics translated into
    `language_code` (the active language by default) or, where they are not,
    into the first of its fallbacks (settings.LANGUAGE_FALLBACKS) that has
    them. Empty for the default language: its rows are the topics themselves."""
    code = language_code or translation.get_language() or settings.LANGUAGE_CODE
    cache = _texts.get()
    if cache is not None and code in cache:
        return cache[code]
    texts = _read(code)
    if cache is not None:
        cache[code] = texts
    return texts


def translated_chain(language_code=None):
    """The languages whose topic names stand in for `language_code`'s, nearest
    first, without the default language (whose names are the topics' own).
    The same chain as languages.fallback.language_chain, which taxonomy
    cannot import: it sits below every other app."""
    code = language_code or translation.get_language() or settings.LANGUAGE_CODE
    return [c for c in [code, *settings.LANGUAGE_FALLBACKS.get(code, [])] if c != settings.LANGUAGE_CODE]


def _read(code):
    from .models import Topic

    chain = translated_chain(code)
    if not chain:
        return {}
    rows = Topic.objects.filter(locale__language_code__in=chain).values_list(
        "translation_key", "locale__language_code", "name", "description"
    )
    texts = {}
    # The closest language wins: read the chain's far end first, so the
    # nearer languages overwrite it.
    for key, _code, name, description in sorted(rows, key=lambda row: -chain.index(row[1])):
        texts[key] = TopicText(name, description)
    return texts


def _start(**kwargs):
    _texts.set({})


def _finish(**kwargs):
    _texts.set(None)


def connect_request_signals():
    request_started.connect(_start, dispatch_uid="taxonomy.localized.start")
    request_finished.connect(_finish, dispatch_uid="taxonomy.localized.finish")
