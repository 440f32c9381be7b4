"""Which language stands in for one a page has not been translated into.

A visitor at /rom/... whose page exists only in English gets the English page,
under the address they asked for, with a notice saying so (see the
`fallback_notice` block in cms/templates/base.html). The order comes from
settings.LANGUAGE_FALLBACKS; every chain ends with the default language."""

from django.conf import settings
from django.http import Http404
from django.utils import translation

from wagtail.models import Page

from headless import documents


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
        code: (pk, url_path)
        for code, pk, url_path in root.get_translations(inclusive=True)
        .live()
        .values_list("locale__language_code", "pk", "url_path")
    }
    chain = [code for code in language_chain() if code in roots]
    # A stored document of this path is served before routing: it depends on the roots'
    # translations and on every address tried before the one that answered.
    documents.depends_on(
        f"translations:{root.translation_key}",
        *(f"url:{roots[code][1]}{''.join(part + '/' for part in path_components)}" for code in chain),
    )
    if path_components:
        found = route_by_url_path(request, [roots[code][1] for code in chain], path_components)
        if found is not None:
            return found
    # The walk down the tree, page by page: the home page itself, and the sub-routes of
    # routable pages (an event's calendar), which no page's url_path names.
    translations = Page.objects.filter(pk__in=[roots[code][0] for code in chain]).specific().in_bulk()
    for code in chain:
        try:
            # Page.route itself: the root's own route() is what brought us here.
            return Page.route(translations[roots[code][0]], request, path_components)
        except Http404:
            continue
    raise Http404


def route_by_url_path(request, root_url_paths, path_components):
    """The page at the path under the first of the roots that has a live one, found by its
    url_path in two queries rather than two per level of the tree (no page type in between
    routes its children itself)."""
    rest = "/".join(path_components) + "/"
    candidates = [root_url_path + rest for root_url_path in root_url_paths]
    pages = {page.url_path: page for page in Page.objects.filter(url_path__in=candidates).specific()}
    for candidate in candidates:
        if candidate in pages:
            try:
                return pages[candidate].route(request, [])
            except Http404:
                continue
    return None
