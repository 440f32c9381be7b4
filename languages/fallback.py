"""Which language stands in for one a page has not been translated into.

A visitor at /rom/... whose page exists only in English gets the English page,
under the address they asked for, with a notice saying so (see the
`fallback_notice` block in cms/templates/base.html). The order comes from
settings.LANGUAGE_FALLBACKS; every chain ends with the default language."""

from django.conf import settings
from django.http import Http404
from django.utils import translation

from wagtail.models import Page


def language_chain(language_code=None):
    """The language asked for, then its fallbacks: ["rom", "fr", "en"]."""
    code = language_code or translation.get_language() or settings.LANGUAGE_CODE
    return [code, *settings.LANGUAGE_FALLBACKS.get(code, [])]


def route_in_language_chain(root, request, path_components):
    """Page.route through the translation of `root` in the visitor's language,
    then through each fallback's, until one of them has the page.

    A path that starts with a language code (/fr/news/..., as both APIs'
    `find` take it in html_path) is routed in that language."""
    if path_components and path_components[0] in dict(settings.LANGUAGES):
        with translation.override(path_components[0]):
            return route_in_language_chain(root, request, path_components[1:])
    return route_through_chain(root, request, path_components)


def route_through_chain(root, request, path_components):
    roots = {
        page.locale.language_code: page
        for page in root.get_translations(inclusive=True).live().select_related("locale").specific()
    }
    for code in language_chain():
        if code in roots:
            try:
                # Page.route itself: the root's own route() is what brought us here.
                return Page.route(roots[code], request, path_components)
            except Http404:
                continue
    raise Http404
