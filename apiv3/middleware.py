from django_ratelimit.core import get_usage

from django.utils.cache import patch_cache_control

from wagtail.api.v3.errors import problem_response

from .models import KEY_PREFIX, ConsumerKey

API_PREFIX = "/api/v3/"
READ_METHODS = {"GET", "HEAD", "OPTIONS"}


def presented_consumer_key(request):
    """The consumer key a request presents, from ``X-API-Key`` or as a bearer
    token, and whether it also carries an editor token. Editor tokens
    (``wagtail_…``) pass through to Wagtail's own authentication."""
    bearer = ""
    scheme, _, value = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() == "bearer":
        bearer = value.strip()
    header = request.headers.get("X-API-Key", "").strip()
    if bearer.startswith(KEY_PREFIX):
        return bearer, bool(header and header != bearer)
    return header, bool(header and bearer)


class ConsumerKeyMiddleware:
    """Resolves consumer keys on /api/v3/: a request with a valid key is
    counted, rate-limited per key, and then served exactly as an anonymous one
    (its Authorization header is dropped, so Wagtail never sees it as a token).
    Its answers are never public: they carry the key's own rate-limit counters,
    and a shared cache answering for the key would leave its requests uncounted."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(API_PREFIX):
            return self.get_response(request)
        plaintext, mixed = presented_consumer_key(request)
        if not plaintext:
            return self.get_response(request)
        if mixed:
            return problem_response(status=400, detail="Send either a consumer key or an editor token, not both.")
        key = ConsumerKey.objects.authenticate(plaintext)
        if key is None:
            response = problem_response(status=401, detail="Unknown or revoked consumer key.")
            response["WWW-Authenticate"] = 'Bearer realm="api"'
            return response
        if request.method not in READ_METHODS:
            return problem_response(status=403, detail="Consumer keys are read-only: writing takes an editor token.")

        usage = get_usage(
            request,
            group="apiv3-consumer-key",
            key=lambda group, request: str(key.pk),
            rate=f"{key.rate_limit}/m",
            increment=True,
        )
        if usage["should_limit"]:
            response = problem_response(
                status=429, detail=f"Rate limit of {key.rate_limit} requests per minute reached for this key."
            )
            response["Retry-After"] = str(max(1, usage["time_left"]))
            return response

        key.record_use()
        request.META.pop("HTTP_AUTHORIZATION", None)
        request.__dict__.pop("headers", None)  # a cached_property, built from META on first use
        request.consumer_key = key
        response = self.get_response(request)
        response["X-RateLimit-Limit"] = str(key.rate_limit)
        response["X-RateLimit-Remaining"] = str(max(0, key.rate_limit - usage["count"]))
        # Set here: caching.py knows credentials by the Authorization header, which is
        # gone by now (dropped above) or was never sent (X-API-Key).
        patch_cache_control(response, private=True, no_store=True)
        return response


class HeadAsGetMiddleware:
    """django-ninja routes only the methods an operation declares, so stock v3
    answers HEAD with 405 where every other part of the site (and v2) answers it
    as a GET without the body. Here HEAD on /api/v3/ runs the GET operation; the
    server (gunicorn, runserver) drops the body, and the layers above, which see
    HEAD again, give it the same Cache-Control and ETag as the GET. Last in
    MIDDLEWARE, so only the view is told it is a GET."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method != "HEAD" or not request.path_info.startswith(API_PREFIX):
            return self.get_response(request)
        request.method = "GET"
        try:
            return self.get_response(request)
        finally:
            request.method = "HEAD"
