"""Cache headers for what anyone may see: anonymous GET responses of pages and
of the API get an ETag and a public Cache-Control, and a conditional request
answers 304. Anything tied to one visitor (a session, a cookie, a CSRF token,
credentials) is marked private instead, so a shared cache never hands it on."""

from django.conf import settings
from django.utils.cache import (
    get_conditional_response,
    has_vary_header,
    patch_cache_control,
    patch_vary_headers,
    set_response_etag,
)
from django.utils.http import parse_http_date_safe


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
    """First in MIDDLEWARE, so it sees the response after the session, CSRF
    and authentication middleware have added their cookies and Vary headers."""

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
