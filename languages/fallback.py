"""Which language stands in for one a page has not been translated into.

A visitor at /rom/... whose page exists only in English gets the English page,
under the address they asked for, with a notice saying so (see the
`fallback_notice` block in cms/templates/base.html). The order comes from
settings.LANGUAGE_FALLBACKS; every chain ends with the default language."""

from django.apps import apps
from django.conf import settings
from django.http import Http404
from django.utils import translation

from wagtail.models import Page
from wagtail.url_routing import RouteResult

from headless.memo import memoized


def language_chain(language_code=None):
    """The language asked for, then its fallbacks: ["rom", "fr", "en"]."""
    code = language_code or translation.get_language() or settings.LANGUAGE_CODE
    return [code, *settings.LANGUAGE_FALLBACKS.get(code, [])]


def route_in_language_chain(root, request, path_components):
    """Page.route through the translation of `root` in the visitor's language,
    then through each fallback's, until one of them has the page.

    A path that starts with a language code (/fr/news/..., as both APIs'
    `find` take it in html_path) is routed in that language.

    With MEMOIZE_FIGURES, the page a path leads to is kept per content version, and
    fetched by id: walking the tree (the home page's translations, the section, the
    page, each made specific) was six queries and a third of a news page's time."""
    if path_components and path_components[0] in dict(settings.LANGUAGES):
        with translation.override(path_components[0]):
            return route_in_language_chain(root, request, path_components[1:])
    if not settings.MEMOIZE_FIGURES:
        return route_through_chain(root, request, path_components)
    routed = {}

    def find():
        routed["result"] = result = route_through_chain(root, request, path_components)  # a 404 is not kept
        page, args, kwargs = result
        # A sub-route (RoutablePageMixin) names a view: routed again each time.
        return SUB_ROUTE if args or kwargs else (page._meta.label, page.pk)

    where = memoized("route", find, root.pk, translation.get_language(), tuple(path_components))
    if "result" in routed:
        return routed["result"]
    if where == SUB_ROUTE:
        return route_through_chain(root, request, path_components)
    page = kept_page(*where)
    if page is None:
        raise Http404
    return RouteResult(page)


def kept_page(label, pk):
    """The page a kept route leads to, with its locale, memoized per content version: a query
    on every page served, where unpickling a page takes some 40 µs. None when it is gone
    (deleted in a transaction not yet committed when the route was kept, which moves the
    version on when it commits)."""
    model = apps.get_model(label)
    return memoized("kept-page", lambda: model._default_manager.select_related("locale").filter(pk=pk).first(), pk)


SUB_ROUTE = "sub-route"


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
