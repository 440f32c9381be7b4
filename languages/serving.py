"""Wagtail's serve view, with the page a path leads to memoized per site and language.

Wagtail routes every request from the site's root: it looks up the visitor's locale, the
root's translation in it and that translation's specific page (three queries) before
route_in_language_chain (fallback.py), which has its own memo, is even called. Here the
page a path leads to is kept per content version under the site's root, the language and
the path, and the request's route is set from it (Wagtail's own per-request cache,
`request._wagtail_route_for_request`), the page itself memoized with its locale.
Sub-routes (RoutablePageMixin) and 404s are routed by Wagtail each time."""

from django.conf import settings
from django.urls import re_path
from django.utils import translation

from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from headless.memo import memoized

from .fallback import SUB_ROUTE, kept_page


def serve(request, path):
    if settings.MEMOIZE_FIGURES and not hasattr(request, "_wagtail_route_for_request"):
        route_from_memo(request, path)
    return wagtail_views.serve(request, path)


def route_from_memo(request, path):
    site = Site.find_for_request(request)
    if site is None:
        return
    components = tuple(component for component in path.split("/") if component)

    def find():
        result = Page.route_for_request(request, path)
        if result is None:  # a 404 is not kept
            raise NotFound
        page, args, kwargs = result
        return SUB_ROUTE if args or kwargs else (page._meta.label, page.pk)

    try:
        where = memoized("serve-route", find, site.root_page_id, translation.get_language(), components)
    except NotFound:
        return
    if where == SUB_ROUTE or hasattr(request, "_wagtail_route_for_request"):
        return  # Wagtail routes it (again), or just did
    page = kept_page(*where)  # None: gone since, a 404
    request._wagtail_route_for_request = RouteResult(page) if page is not None else None


class NotFound(Exception):
    pass


urlpatterns = [
    *(pattern for pattern in wagtail_urls.urlpatterns if getattr(pattern, "name", None) != "wagtail_serve"),
    re_path(wagtail_urls.serve_pattern, serve, name="wagtail_serve"),
]
