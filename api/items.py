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

A listing of one page type with all its fields (`?type=news.NewsPage&fields=*`) in the default
rich text format, asked for on PUBLIC_BASE_URL, first takes the items the task worker stored
after each page's last change (headless/documents.py, Item); only the others are serialized.

A representation depends on the fields asked for, the rich text format and the
address the request came in on (detail and HTML URLs are absolute), so these are in
its key; the filters and the order are not: they choose the pages, not what each
looks like. It is computed for anonymous visitors only: the endpoint shows nothing
else, whoever asks."""

import hashlib

from django.conf import settings

from wagtail.api.utils import get_base_url

from headless import content_version, documents, memo
from headless.memo import memoized


def representations(view, model, ids, related, fetched=None):
    """The serialized items of one page of a listing of `model`: the pages `ids` names, in
    order. `related(queryset)` adds the joins and prefetches the chosen fields read;
    `fetched` holds, by id, pages already at hand (a search's results). A page deleted
    between the two queries is left out."""

    def stored_or_serialized(wanted):
        """{id: item}: the items the worker stored, the others serialized now."""
        known = stored_items(view.request, model, wanted)
        rest = [pk for pk in wanted if pk not in known]
        if rest:
            if fetched is not None:
                pages = [fetched[pk] for pk in rest if pk in fetched]
            else:
                found = related(model._default_manager.filter(pk__in=rest)).in_bulk()
                pages = [found[pk] for pk in rest if pk in found]
            known.update(zip([page.pk for page in pages], serialize(view, pages), strict=True))
        return known

    if not settings.MEMOIZE_FIGURES:
        known = stored_or_serialized(ids)
        return [known[pk] for pk in ids if pk in known]
    prefix = f"item:{content_version.current()}:{variant(view.request, model, 'listing')}"
    keys = {pk: f"{prefix}:{pk}" for pk in ids}
    memoized_items = memo.get_many(list(keys.values()))
    known = {pk: memoized_items[key] for pk, key in keys.items() if key in memoized_items}
    missing = [pk for pk in ids if pk not in known]
    if missing:
        fresh = stored_or_serialized(missing)
        memo.set_many({keys[pk]: item for pk, item in fresh.items()})
        known.update(fresh)
    return [known[pk] for pk in ids if pk in known]


def stored_items(request, model, ids):
    """{id: item} of the pages whose item the worker stored (headless/documents.py, Item): for
    a listing of one page type with all its fields, in the default rich text format, asked for
    on the public address."""
    query = request.GET
    if query.get("fields") != "*" or "rich_text_format" in query or query.get("type") != model._meta.label:
        return {}
    keys = {documents.Item.key_of(model, pk): pk for pk in ids}
    return {keys[key]: item for key, item in documents.find_items(request, list(keys)).items()}


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
