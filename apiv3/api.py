"""Wagtail 8's v3 API as Alliance serves it at /api/v3/. Three changes to the
stock API, all made here before ``api.urls`` is first read (cms/urls.py
imports ``api`` from this module); apiv3/writing.py chooses the writable page
types and apiv3/middleware.py resolves consumer keys:

- Callers without an editor token (anonymous ones and consumer keys) read only
  what a visitor of the site may read: live, without any view restriction
  (stock v3 lets a session that once entered a page's password read that page)
  and not past its expiry date (a page stays live until publish_scheduled
  runs). Editor tokens keep the stock rule: the pages their user may edit.
- A query parameter the operation does not take answers 400 naming it, where
  stock v3 ignores it and answers as if it had not been sent; so do values that
  would make the database fail (control characters, an unclosed quote in a search).
- POST pages/<id>/actions/submit/ submits a page for moderation (routers.py).
"""

import unicodedata
from functools import wraps

from django.utils import timezone

from wagtail.api.v3 import querysets as stock_querysets
from wagtail.api.v3.errors import problem_response
from wagtail.api.v3.routers import pages as pages_router
from wagtail.api.v3.schemas.pages import BASE_PAGE_READ_FIELDS
from wagtail.api.v3.urls import api
from wagtail.api.validators import APIFieldValidator
from wagtail.coreutils import resolve_model_string
from wagtail.models import Page

from .routers import router as submit_router

__all__ = ["api"]

api.title = "Alliance CMS API"
api.description = (
    "News, interviews, events and participants of the European Alliance of Cities and Regions for Roma "
    "Inclusion. Read with no key or a consumer key (public content only); write with an editor's API token. "
    "See docs/api.md."
)


def get_pages_queryset(request, model=Page):
    queryset = stock_querysets.get_pages_queryset(request, model)
    if request.user.is_authenticated:
        return queryset
    # A subquery on pk rather than a filter on expire_at: ?search= only takes
    # filters on indexed fields, and pk is one.
    expired = Page.objects.filter(expire_at__lte=timezone.now()).values("pk")
    return queryset.public().exclude(pk__in=expired)


# The pages router looks the function up in its own module on every request,
# so replacing it there scopes listing, detail, find and revisions alike.
# tests/apiv3/test_never_leaks.py fails if a Wagtail upgrade stops routing
# through it.
pages_router.get_pages_queryset = get_pages_queryset


# Parameters an operation reads from the query string without declaring them:
# detail honours ?site= through get_pages_queryset, and find forwards its query
# string to the detail URL it redirects to.
UNDECLARED = {"pages_detail": {"site"}}
FORWARDS_TO = {"pages_find": "pages_detail"}


def declared_query_parameters():
    """Query parameter names of each operation, as the OpenAPI document states them."""
    schema = api.get_openapi_schema()
    declared = {}
    for methods in schema["paths"].values():
        for operation in methods.values():
            names = {p["name"] for p in operation.get("parameters", ()) if p["in"] == "query"}
            declared[operation["operationId"]] = names | UNDECLARED.get(operation["operationId"], set())
    for operation_id, target in FORWARDS_TO.items():
        declared[operation_id] |= declared[target]
    return declared


def api_field_filters(request):
    """The listing also filters by the database fields among a page type's
    api_fields (``?type=news.NewsPage&date=2025-01-01``)."""
    types = request.GET.getlist("type")
    model = Page
    if len(types) == 1:
        try:
            model = resolve_model_string(types[0])
        except (LookupError, ValueError):
            pass  # the type filter itself answers for a bad type
    return APIFieldValidator(
        model=model, fields=[], base_fields=BASE_PAGE_READ_FIELDS, db_fields_only=True
    ).allowed_fields


_declared = {}


def bad_value(name, kind, message):
    return problem_response(
        status=400,
        detail=f"Bad value for query parameter {name}: {message}.",
        errors=[{"type": kind, "loc": ["query", name], "msg": message}],
    )


def check_query_parameters(run):
    """Answers 400 for a parameter the operation does not take, and for values
    no backend can take: control characters anywhere (PostgreSQL refuses NUL
    bytes) and an unclosed quote in ``search`` (SQLite's full-text syntax)."""
    operation = run.__self__

    @wraps(run)
    def checked(request, *args, **kwargs):
        if not _declared:
            _declared.update(declared_query_parameters())
        allowed = _declared.get(operation.operation_id, set())
        if operation.operation_id == "pages_list":
            allowed = allowed | api_field_filters(request)
        unknown = [name for name in request.GET if name not in allowed]
        if unknown:
            return problem_response(
                status=400,
                detail=f"Unknown query parameter: {', '.join(unknown)}.",
                errors=[
                    {
                        "type": "unknown_parameter",
                        "loc": ["query", name],
                        "msg": "This operation takes no such parameter.",
                    }
                    for name in unknown
                ],
            )
        for name, values in request.GET.lists():
            if any(unicodedata.category(char) == "Cc" for value in values for char in value):
                return bad_value(name, "control_characters", "it contains control characters")
        if request.GET.get("search", "").count('"') % 2:
            return bad_value("search", "unclosed_quote", "a quoted phrase is not closed")
        return run(request, *args, **kwargs)

    return checked


api.add_decorator(check_query_parameters, mode="view")
api.add_router("/pages/", submit_router)
