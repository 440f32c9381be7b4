"""Which pages are private, read once per content version instead of on every call.

Wagtail's PageQuerySet.public() reads every view restriction each time it is called,
and a page is built from several such querysets (the menu, the shortlists, the language
links, the API's base set): up to five identical queries per request. The restricted
sections change only when content does (a restriction added or removed, a page moved),
and each of those moves the content version (content_version.py), so they are memoized
under it like the site's other figures, and kept for the rest of the request.

Serving a page, Wagtail also asks which restrictions apply to it (Page.get_view_restrictions):
its ancestors, to resolve any that are aliases, then their restrictions, two queries on
every page served. The same memoized sections answer that for a page outside all of them."""

from django.db.models import Q

from wagtail.models import Page, PageViewRestriction
from wagtail.query import PageQuerySet

from . import content_version
from .memo import memoized


def restricted_sections():
    """(path, depth) of each page with a view restriction, sorted: the SQL built from them
    is the same on every request, and memoized figures are keyed on it."""
    return content_version.request_local(
        "restricted-sections",
        lambda: memoized(
            "restricted-sections",
            lambda: tuple(sorted(set(PageViewRestriction.objects.values_list("page__path", "page__depth")))),
        ),
    )


def private_q(queryset=None):
    """What PageQuerySet.private_q() matches: the restricted pages and their descendants."""
    q = Q()
    for path, depth in restricted_sections():
        q |= Q(path__startswith=path) & Q(depth__gte=depth)
    # No private section: match nothing, as Wagtail does.
    return q if q else Q(pk__in=[])


# Past this many aliases, Wagtail's own reading is used: checking each path costs more.
ALIASES_KEPT = 500

wagtail_get_view_restrictions = Page.get_view_restrictions


def alias_paths():
    """The paths of the alias pages (a restriction on an alias's source applies to the alias and
    below it), or None when there are more than ALIASES_KEPT."""

    def find():
        paths = list(Page.objects.filter(alias_of__isnull=False).values_list("path", flat=True)[: ALIASES_KEPT + 1])
        return None if len(paths) > ALIASES_KEPT else tuple(sorted(paths))

    return content_version.request_local("alias-paths", lambda: memoized("alias-paths", find))


def get_view_restrictions(page):
    """Wagtail's, without a query for a page that is in no restricted section and under no
    alias: then none applies. Wagtail's rule is kept for the others."""
    if page.path:
        aliases = alias_paths()
        if aliases is not None:
            sections = [path for path, _ in restricted_sections()]
            if not any(page.path.startswith(path) for path in [*sections, *aliases]):
                return PageViewRestriction.objects.none()
    return wagtail_get_view_restrictions(page)


def install():
    """Every .public() and .not_public() (Wagtail's API and sitemap included) goes through
    private_q(), and the check Wagtail makes before serving a page through
    get_view_restrictions(): hence methods rather than helpers our own code would call."""
    PageQuerySet.private_q = private_q
    Page.get_view_restrictions = get_view_restrictions
