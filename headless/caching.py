"""Cache headers for what anyone may see: anonymous GET responses of pages and
of the API get an ETag and a public Cache-Control, and a conditional request
answers 304. Anything tied to one visitor (a session, a cookie, a CSRF token,
credentials) is marked private instead, so a shared cache never hands it on. No
max-age reaches past the moment the next live page expires (content_version.py)."""

import time
from functools import wraps

from django.conf import settings
from django.utils.cache import (
    cc_delim_re,
    get_conditional_response,
    has_vary_header,
    patch_cache_control,
    patch_vary_headers,
    set_response_etag,
)
from django.utils.http import parse_http_date_safe

from . import content_version


def is_admin(path):
    return path.startswith(("/admin/", "/django-admin/"))


def is_personal(request, response):
    user = getattr(request, "user", None)
    return bool(
        (user is not None and user.is_authenticated)
        or "HTTP_AUTHORIZATION" in request.META
        or response.cookies
        or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        or has_vary_header(response, "Authorization")
        # Every page looks at request.user (for the editors' user bar), which
        # marks it Vary: Cookie. Without a session it is the page anyone gets:
        # it stays public and keeps its Vary header for caches that key on it.
        or (has_vary_header(response, "Cookie") and settings.SESSION_COOKIE_NAME in request.COOKIES)
    )


class HTTPCachingMiddleware:
    """Above the session, CSRF and authentication middleware, so that it sees the response
    after they have added their cookies and Vary headers."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            request.method not in ("GET", "HEAD")
            or response.status_code != 200
            or response.streaming
            or response.has_header("Cache-Control")
            or is_admin(request.path)
        ):
            return response

        if is_personal(request, response):
            patch_cache_control(response, private=True, no_store=True)
            return response

        patch_cache_control(
            response, public=True, max_age=settings.HTTP_CACHE_MAX_AGE, s_maxage=settings.HTTP_CACHE_S_MAXAGE
        )
        cap_at_next_expiry(response)
        if request.path.startswith("/api/"):
            # A shared cache may answer a request carrying credentials from a public entry (the
            # entry says public): an editor's token or a consumer's key would get the anonymous
            # answer, and the key's requests would go uncounted. Keyed on them, it does not.
            patch_vary_headers(response, ("Authorization", "X-API-Key"))
        if not response.has_header("ETag"):
            set_response_etag(response)
        return get_conditional_response(
            request,
            etag=response.get("ETag"),
            last_modified=parse_http_date_safe(response.get("Last-Modified", "")),
            response=response,
        )


def cap_at_next_expiry(response):
    """Lower the response's max-age and s-maxage to the seconds left before the next live page
    expires: a browser or CDN keeping it longer would show that page after its expiry date."""
    moment = content_version.next_expiry()
    if moment is None:
        return
    left = max(0, int(moment - time.time()))
    directives = {}
    for part in cc_delim_re.split(response.get("Cache-Control", "")):
        name, _, value = part.strip().lower().partition("=")
        directives[name] = value
    lower = {}
    for name in ("max-age", "s-maxage"):
        if name in directives and (not directives[name].isdigit() or int(directives[name]) > left):
            lower[name.replace("-", "_")] = left
    if lower:
        patch_cache_control(response, **lower)


def without_last_modified(view):
    """For answers whose Last-Modified is their newest item's date (feeds, the sitemap):
    unpublishing that item moves it backwards, and a reader revalidating with
    If-Modified-Since would be told to keep the item. Their ETag, set and checked by
    HTTPCachingMiddleware with the Cache-Control a 304 must repeat, covers them."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if response.has_header("Last-Modified"):
            del response["Last-Modified"]
        return response

    return wrapped
