"""The language switcher, hreflang alternates and the fallback notice."""

from functools import lru_cache

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import get_language_info

from operations.addresses import absolute_url

from ..translations import visible_translations

register = template.Library()


def page_translations(request, page):
    """(language code, page) for each live, public translation of the page,
    the page itself included, in the order of settings.LANGUAGES; computed once
    per request because the head and the switcher both ask."""
    cached = request.__dict__.setdefault("_page_translations", {}) if request else {}
    if page.pk not in cached:
        by_code = {
            translated.locale.language_code: translated for translated in visible_translations(page, inclusive=True)
        }
        cached[page.pk] = [(code, by_code[code]) for code, _name in settings.LANGUAGES if code in by_code]
    return cached[page.pk]


def translation_urls(request, page):
    """[(language code, URL)] of the page's live, public translations, itself included."""
    return [(code, translated.get_url(request)) for code, translated in page_translations(request, page)]


@lru_cache(maxsize=2048)
def path_in(path, code, languages, urlconf):
    """translate_url, which resolves the path and reverses it again (a tenth of a topic page's
    time): it depends on the URL patterns and the languages alone, so each process keeps its
    last answers."""
    return translate_url(path, code)


def language_links(context):
    """[{code, name, url, current}] for the languages this view exists in: a
    Wagtail page's translations, or every language for views such as search
    and the topic pages, which exist in all of them."""
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    if page is not None and getattr(page, "pk", None) and hasattr(page, "get_translations"):
        entries = translation_urls(request, page)
    elif request is not None:
        # The path alone: a query string may be anything a visitor typed.
        languages = tuple(settings.LANGUAGES)
        entries = [(code, path_in(request.path, code, languages, settings.ROOT_URLCONF)) for code, _name in languages]
    else:
        entries = []
    return [
        {"code": code, "name": get_language_info(code)["name_local"], "url": url, "current": code == current}
        for code, url in entries
        if url
    ]


@register.inclusion_tag("languages/switcher.html", takes_context=True)
def language_switcher(context):
    return {"languages": language_links(context)}


@register.inclusion_tag("languages/alternates.html", takes_context=True)
def hreflang_alternates(context):
    request = context.get("request")
    links = [{**link, "url": absolute_url(link["url"])} for link in language_links(context)] if request else []
    default = next((link for link in links if link["code"] == settings.LANGUAGE_CODE), None)
    return {"languages": links, "default": default}


@register.simple_tag(takes_context=True)
def fallback_language(context):
    """The language info of the page when it stands in for the visitor's
    language (an untranslated page), else None."""
    page = context.get("page")
    locale = getattr(page, "locale", None)
    if locale is None or locale.language_code == translation.get_language():
        return None
    return get_language_info(locale.language_code)
