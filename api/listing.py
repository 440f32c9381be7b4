"""The pages listing of one type, read from its stored document.

`/api/v2/pages/?type=news.NewsPage` with nothing but `fields`, `limit` and `offset` lists the
live, public, unexpired pages of that type on the site in tree order. Which they are and how
many changes only when a page of that type does (or the privacy, sites or locales, which make
every document due): the listing is stored as a document (headless/documents.py, Listing),
its count and the ids of its first LISTED_IDS pages, rendered by the listing itself and made
due by any change to a page of the type. A listing asked for on the public address then
takes its count and ids from there, without counting or filtering the pages, and its items
from theirs (api/items.py)."""

from rest_framework.response import Response

from headless import documents

# How many ids a stored listing holds: the first pages of the listing, which callers read most;
# an offset past them lists from the database.
LISTED_IDS = 1000
# The parameters that leave a listing of one type as stored.
PLAIN = {"type", "fields", "limit", "offset"}


def is_storing(request):
    return getattr(request, "storing_listing", False)


def stored_form(model, queryset):
    """The answer stored for the listing of `model`: its count and first ids."""
    documents.depends_on(documents.type_token(model))
    ids = list(queryset.prefetch_related(None).values_list("pk", flat=True)[: LISTED_IDS + 1])
    count = len(ids) if len(ids) <= LISTED_IDS else queryset.count()
    return Response({"count": count, "ids": ids[:LISTED_IDS]})


def stored_page(view, model):
    """(count, ids) of the page of the listing the request asks for, from the stored listing;
    None if the listing is not plain, not stored or the page is past its stored ids."""
    request = view.request
    if model is view.model or not set(request.GET) <= PLAIN:
        return None
    offset, limit = view.paginator.bounds(request)
    listed = documents.find_listing(request, model)
    if listed is None:
        return None
    count, ids = listed["count"], listed["ids"]
    if offset + limit > len(ids) and count > len(ids):
        return None
    return count, ids[offset : offset + limit]
