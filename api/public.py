"""The pages an anonymous caller of either API may read: live, outside every private section,
not past their expiry date, and under the root of the request's site (or of `?site=`) or
under one of its translations.

Wagtail's own get_public_pages_queryset (which v2 and v3 both call) read every view
restriction with its groups, to let in the pages whose restriction the request passes, which
.public() then left out all the same: here .public() alone decides."""

from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Q

from wagtail.api.validators import SiteFilterValidator
from wagtail.models import Page

from headless.expiry import expired_ids


def public_pages(request, model=Page):
    """Raises ValueError when several sites have the `?site=` hostname, Http404 when none has."""
    site = SiteFilterValidator(site=request.GET.get("site"), request=request).site_obj
    pages = model._default_manager.live().public().exclude(pk__in=expired_ids())
    if site is None:
        return pages.none()
    under_a_root = (Q(path__startswith=path) & Q(depth__gte=depth) for path, depth in site_roots(site))
    return pages.filter(reduce(or_, under_a_root))


def site_roots(site):
    """(path, depth) of the site's root page and of its translations."""
    root = site.root_page
    roots = [root, *root.get_translations()] if settings.WAGTAIL_I18N_ENABLED else [root]
    return [(page.path, page.depth) for page in roots]
