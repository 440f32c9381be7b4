"""The pages listing assembled item by item.

Ids first, then the items: the filters, the order and the slice pick the ids of the
pages to show, and the pages are then fetched by id with every relation their fields
read. In one query, PostgreSQL spent 15–30 ms planning a dozen joins under the filters
and the order (and 2 ms running it); apart, each query plans in a millisecond or two.

A listing of one page type with all its fields (`?type=news.NewsPage&fields=*`) in the default
rich text format, asked for on PUBLIC_BASE_URL, first takes the items the task worker stored
after each page's last change (headless/documents.py, Item); only the others are serialized."""

from headless import documents


def representations(view, model, ids, related, fetched=None):
    """The serialized items of one page of a listing of `model`: the pages `ids` names, in
    order. `related(queryset)` adds the joins and prefetches the chosen fields read;
    `fetched` holds, by id, pages already at hand (a search's results). A page deleted
    between the two queries is left out."""
    known = stored_items(view.request, model, ids)
    rest = [pk for pk in ids if pk not in known]
    if rest:
        if fetched is not None:
            pages = [fetched[pk] for pk in rest if pk in fetched]
        else:
            found = related(model._default_manager.filter(pk__in=rest)).in_bulk()
            pages = [found[pk] for pk in rest if pk in found]
        known.update(zip([page.pk for page in pages], serialize(view, pages), strict=True))
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
