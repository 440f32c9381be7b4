"""The pages listing assembled item by item, and each page's detail memoized alike.

Ids first, then the items: the filters, the order and the slice pick the ids of the
pages to show, and the pages are then fetched by id with every relation their fields
read. In one query, PostgreSQL spent 15–30 ms planning a dozen joins under the filters
and the order (and 2 ms running it); apart, each query plans in a millisecond or two.

With MEMOIZE_FIGURES, each page's representation is kept per content version
(headless/content_version.py) beside the memoized figures: serializing twenty pages
with all their fields (rich text and StreamField expanded, images with renditions,
people, participants, topics and countries) took some 90 ms of Python, and the same
pages come back in listing after listing (the latest news, the first page of a
country's) until content changes. A listing then fetches and serializes only the pages
no listing has shown since; the others come from one multi-get. A page's detail (its
full representation, with its parent and translations) is kept the same way.

A representation depends on the fields asked for, the rich text format and the
address the request came in on (detail and HTML URLs are absolute), so these are in
its key; the filters and the order are not: they choose the pages, not what each
looks like. It is computed for anonymous visitors only: the endpoint shows nothing
else, whoever asks."""

import hashlib

from django.conf import settings
from django.db.models import QuerySet

from wagtail.api.utils import get_base_url

from headless import content_version
from headless.memo import memoized


def representations(view, model, page_slice, related):
    """The serialized items of one page of a listing of `model`, in order. `page_slice` is
    what the paginator cut (a sliced queryset, or the pages of a search); `related(queryset)`
    adds the joins and prefetches the chosen fields read."""
    if isinstance(page_slice, QuerySet):
        ids = list(page_slice.prefetch_related(None).values_list("pk", flat=True))

        def fetch(missing):
            found = related(model._default_manager.filter(pk__in=missing)).in_bulk()
            return [found[pk] for pk in missing if pk in found]

    else:  # search results: the pages are fetched already
        fetched = {page.pk: page for page in page_slice}
        ids = list(fetched)

        def fetch(missing):
            return [fetched[pk] for pk in missing]

    if not settings.MEMOIZE_FIGURES:
        return serialize(view, fetch(ids))
    cache = content_version.response_cache()
    prefix = f"item:{content_version.current()}:{variant(view.request, model, 'listing')}"
    keys = {pk: f"{prefix}:{pk}" for pk in ids}
    stored = cache.get_many(keys.values())
    known = {pk: stored[key] for pk, key in keys.items() if key in stored}
    missing = [pk for pk in ids if pk not in known]
    if missing:
        pages = fetch(missing)
        fresh = dict(zip([page.pk for page in pages], serialize(view, pages), strict=True))
        cache.set_many({keys[pk]: item for pk, item in fresh.items()}, settings.RESPONSE_CACHE_TIMEOUT)
        known.update(fresh)
    # A page deleted between the two queries is left out.
    return [known[pk] for pk in ids if pk in known]


def serialize(view, pages):
    return list(view.get_serializer(pages, many=True).data)


def detail(view, page):
    """The detail representation of `page`, found public by the endpoint (as a generic Page:
    its specific fields are fetched only when it is not memoized)."""
    return memoized(
        "api-detail",
        lambda: dict(view.get_serializer(page.specific).data),
        variant(view.request, page.specific_class, "detail"),
        page.pk,
    )


def variant(request, model, kind):
    """What, besides the page and the content, a representation depends on."""
    parts = (
        kind,
        model._meta.label,
        request.GET.get("fields", ""),
        request.GET.get("rich_text_format", ""),
        get_base_url(request),
        request.get_host(),
        request.scheme,
    )
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:24]
