"""The anonymous v3 pages listing, answered from what it answered before while content stays.

Stock v3 builds the listing's queryset, counts it, fetches the slice and validates every
page through its pydantic schema (resolving each page's URLs) on every request: the fetch
and the validation were half of its time under gunicorn (py-spy, 100,000 pages). As v2
does (api/views.py), the choice a listing makes (the ids of the pages it shows, and its
count) is memoized under every query parameter, the host, the day and the expiry cutoff
(api/public.py listing_parts), and each page's item per content version, the way stock v3
rendered it.

Only a request stock v3 answered with a 200 stores anything, so a refused request is refused
every time, by stock v3 and the guards. Left to stock v3 every time:
- requests with an Authorization header: an editor's token lists the pages its user may
  edit (a consumer key's header is removed by apiv3/middleware.py, and reads the public
  pages like anonymous callers);
- `order=random`, whose answer is meant to change;
- any listing whose items are not all memoized, which then stores them again."""

import inspect
import json
from functools import wraps

from django.conf import settings
from django.contrib.auth.models import AnonymousUser

from wagtail.models import Page

from api.items import variant
from api.public import listing_parts
from headless import content_version, memo

OPERATION_ID = "pages_list"


def memoized_listing(run):
    """A view decorator (django-ninja's "view" mode) for the pages listing; other
    operations are returned as they are."""
    operation = inspect.unwrap(run).__self__  # as guards.guarded finds it
    if operation.operation_id != OPERATION_ID:
        return run

    @wraps(run)
    def listing(request, *args, **kwargs):
        if not memoizable(request):
            return run(request, *args, **kwargs)
        choice_key = memo.figure_key("apiv3-listing", *listing_parts(request))
        prefix = item_prefix(request)
        answer = memoized_answer(choice_key, prefix)
        if answer is not None:
            # As stock v3's AllowAnonymous does: a session does not make the caller an editor.
            request.user = AnonymousUser()
            return operation.api.create_response(request, answer, status=200)
        response = run(request, *args, **kwargs)
        if response.status_code == 200:
            store(choice_key, prefix, json.loads(response.content))
        return response

    return listing


def memoizable(request):
    return (
        settings.MEMOIZE_FIGURES
        and request.method == "GET"
        and "HTTP_AUTHORIZATION" not in request.META
        and "random" not in request.GET.getlist("order")
    )


def item_prefix(request):
    """Items are shared between listings: what a page's item shows depends on the page, the
    content version and the address the request came in on (its URLs are absolute); `type`
    is in too, since a listing of one type reads the specific pages, which may build their
    URLs differently."""
    types = ",".join(sorted(request.GET.getlist("type")))
    return f"item:{content_version.current()}:{variant(request, Page, f'v3-listing:{types}')}"


def memoized_answer(choice_key, prefix):
    """The listing's answer if its choice and every item it shows are memoized, else None."""
    chosen = memo.get_many([choice_key]).get(choice_key)
    if chosen is None:
        return None
    ids, count = chosen
    keys = [f"{prefix}:{pk}" for pk in ids]
    items = memo.get_many(keys)
    if len(items) < len(keys):
        return None
    # The order of stock v3's answer, which consumers diffing answers may rely on.
    return {"items": [items[key] for key in keys], "count": count}


def store(choice_key, prefix, answer):
    items = answer["items"]
    memo.set_many(
        {
            choice_key: ([item["id"] for item in items], answer["count"]),
            **{f"{prefix}:{item['id']}": item for item in items},
        }
    )
