"""Wagtail 8's v3 API as Alliance serves it at /api/v3/. Three changes to the
stock API, all made here before ``api.urls`` is first read (cms/urls.py
imports ``api`` from this module); apiv3/writing.py chooses the writable page
types and apiv3/middleware.py resolves consumer keys:

- Callers without an editor token (anonymous ones and consumer keys) read only
  what a visitor of the site may read: live, without any view restriction
  (stock v3 lets a session that once entered a page's password read that page)
  and not past its expiry date (a page stays live until publish_scheduled
  runs). Editor tokens keep the stock rule: the pages their user may edit.
- Every operation is guarded (guards.py): a query parameter the operation does
  not take answers 400 naming it, where stock v3 ignores it and answers as if it
  had not been sent; so do values that would make the database fail and values
  longer than 500 characters; and the requests stock v3 answered with a 500
  answer a 4xx.
- POST pages/<id>/actions/submit/ submits a page for moderation (routers.py).

The OpenAPI document also states every operation's errors and the bounds the
guards enforce (openapi.py).
"""

from http import HTTPStatus

from ninja.errors import HttpError

from wagtail.api.v3 import querysets as stock_querysets
from wagtail.api.v3.routers import pages as pages_router
from wagtail.api.v3.urls import api
from wagtail.models import Page

from api.public import public_pages

from .guards import guarded
from .openapi import describe_errors_and_limits
from .routers import router as submit_router

__all__ = ["api"]

api.title = "Alliance CMS API"
api.description = (
    "News, interviews, events and participants of the European Alliance of Cities and Regions for Roma "
    "Inclusion. Read with no key or a consumer key (public content only); write with an editor's API token. "
    "See docs/api.md."
)


def get_pages_queryset(request, model=Page):
    if request.user.is_authenticated:
        return stock_querysets.get_pages_queryset(request, model)
    # What v2 shows (api/public.py): stock v3 calls Wagtail's get_public_pages_queryset, which
    # read every view restriction and the site root's translations on each request.
    try:
        queryset = public_pages(request, model)
    except ValueError as error:  # several sites with the `?site=` hostname
        raise HttpError(HTTPStatus.BAD_REQUEST, str(error)) from error
    return queryset.select_related("content_type", "locale").order_by("pk")


stock_openapi_schema = api.get_openapi_schema


def get_openapi_schema(**kwargs):
    return describe_errors_and_limits(stock_openapi_schema(**kwargs))


# The document states the errors and the bounds enforced below (apiv3/openapi.py).
api.get_openapi_schema = get_openapi_schema


# The pages router looks the function up in its own module on every request,
# so replacing it there scopes listing, detail, find and revisions alike.
# tests/apiv3/test_never_leaks.py fails if a Wagtail upgrade stops routing
# through it.
pages_router.get_pages_queryset = get_pages_queryset


api.add_decorator(guarded, mode="view")
api.add_router("/pages/", submit_router)
