"""Which pages are private, read once per content version instead of on every call.

Wagtail's PageQuerySet.public() reads every view restriction each time it is called,
and a page is built from several such querysets (the menu, the shortlists, the language
links, the API's base set): up to five identical queries per request. The restricted
sections change only when content does (a restriction added or removed, a page moved),
and each of those moves the content version (content_version.py), so they are memoized
under it like the site's other figures, and kept for the rest of the request."""

from django.db.models import Q

from wagtail.models import PageViewRestriction
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


def install():
    """Every .public() and .not_public() (Wagtail's API and sitemap included) goes through
    private_q(), hence the method rather than a helper our own code would call."""
    PageQuerySet.private_q = private_q
