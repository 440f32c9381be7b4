"""The warm path: what HTTPCachingMiddleware (caching.py) marks public, an anonymous
GET answered 200 for anyone, is kept in the "responses" cache and handed out as it
was, headers included, without touching the database, until RESPONSE_CACHE_TIMEOUT passes
or what it showed changes:

- an answer that was a stored document (documents.py) is kept under that path's document
  version, which moves on once a change that made the document due commits, and no longer
  than the document is valid: a publish makes the answers at the paths it touched
  unreachable, and leaves the others;
- every other answer (API, search, anything with a query string) is kept under the content
  version (content_version.py), which every change moves on.

Only requests that could not be answered differently for someone are looked up: not
a preview, no session or messages cookie (a signed-in editor, a visitor who passed a page
password, a pending message), no credentials, no consumer key. A response
varies only with the headers it names in Vary, and the entry keeps one variant
per value of those; Cookie is left out of the key because every request that
carries a cookie the site reads has been turned away above, and the CSRF token
never reaches a public response (caching.py marks a page holding one private)."""

import hashlib
import time

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import cc_delim_re, get_conditional_response
from django.utils.http import parse_http_date_safe
from django.utils.translation import get_language_from_request

from . import content_version, documents
from .caching import cap_at_next_expiry

# Not worth a cache entry, or answered per visitor whatever the rules below say.
UNCACHED_PREFIXES = ("/admin/", "/django-admin/", "/api/preview/", "/documents/", "/private-images/", "/healthz")
PERSONAL_HEADERS = ("HTTP_AUTHORIZATION", "HTTP_X_API_KEY")
# Past this many variants (Origin values, mostly) an entry takes no more: they are served uncached.
MAX_VARIANTS = 8


def personal_cookies():
    return (settings.SESSION_COOKIE_NAME, getattr(settings, "MESSAGES_COOKIE_NAME", "messages"))


def may_look_up(request):
    return (
        settings.RESPONSE_CACHE
        # Wagtail's previews run a made-up request for the page's own address through the
        # middleware, cookies left out when it has no original request to copy them from.
        and not getattr(request, "is_dummy", False)
        and request.method in ("GET", "HEAD")
        and not request.path.startswith(UNCACHED_PREFIXES)
        and not any(name in request.META for name in PERSONAL_HEADERS)
        and not any(name in request.COOKIES for name in personal_cookies())
    )


def may_store(request, response):
    cache_control = {part.strip().lower() for part in response.get("Cache-Control", "").split(",")}
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "public" in cache_control
        and "*" not in vary_headers(response)
    )


def vary_headers(response):
    if not response.has_header("Vary"):
        return []
    names = {name.strip().lower() for name in cc_delim_re.split(response["Vary"]) if name.strip()}
    names.discard("cookie")
    return sorted(names)


def header_value(request, name):
    if name == "accept-language":
        # What the response depends on is the language chosen from it, not the header's spelling.
        return get_language_from_request(request, check_path=True)
    return request.headers.get(name, "")


def variant(request, names):
    return tuple(header_value(request, name) for name in names)


def url_digest(request):
    return hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()


def entry_key(digest, version):
    return f"response:{version}:{digest}"


def document_versions(cache, path, found):
    """(every document's version, the path's), set to the clock where the cache has none."""
    versions = []
    for key in (documents.ALL_VERSION_KEY, documents.version_key(path)):
        value = found.get(key)
        if value is None:
            cache.add(key, time.time_ns(), timeout=None)
            value = cache.get(key)
        versions.append(value)
    return versions


def document_entry_key(digest, versions):
    every, own = versions
    return f"response:document:{documents.release()}:{every}:{own}:{digest}"


def document_timeout(stored):
    """Seconds to keep the answer a stored document gave: no longer than it is valid."""
    if stored.valid_until is None:
        return settings.RESPONSE_CACHE_TIMEOUT
    left = int((stored.valid_until - timezone.now()).total_seconds())
    return min(settings.RESPONSE_CACHE_TIMEOUT, left)


def as_payload(response):
    return {
        "status": response.status_code,
        "headers": [(name, value) for name, value in response.headers.items() if name.lower() != "x-cache"],
        "content": response.content,
    }


def from_payload(payload):
    response = HttpResponse(payload["content"], status=payload["status"])
    for name, value in payload["headers"]:
        response[name] = value
    return response


class ResponseCacheMiddleware:
    """Below whitenoise, so that static files never wait on it; above the rest, so that a hit
    skips everything below it and a stored response carries the headers the middleware below
    added (caching, CORS). The security headers are added above it, to hits too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with content_version.pinned():
            return self.respond(request)

    def respond(self, request):
        if not may_look_up(request):
            return self.get_response(request)

        cache = content_version.response_cache()
        path = documents.servable_path(request)
        version_keys = [documents.ALL_VERSION_KEY, documents.version_key(path)] if path else []
        (version, _expiry), found = content_version.read_with(version_keys)
        digest = url_digest(request)
        keys = {"content": entry_key(digest, version)}
        if path:
            keys["document"] = document_entry_key(digest, document_versions(cache, path, found))
        entries = cache.get_many(list(keys.values()))
        for key in keys.values():
            entry = entries.get(key)
            if entry is not None:
                payload = entry["variants"].get(variant(request, entry["vary"]))
                if payload is not None:
                    return self.hit(request, payload)

        response = self.get_response(request)
        response["X-Cache"] = "MISS"
        if may_store(request, response):
            stored = getattr(response, "stored_document", None)
            if path and stored is not None:
                timeout = document_timeout(stored)
                if timeout > 0:
                    key = keys["document"]
                    self.store(cache, key, entries.get(key), request, response, timeout)
            else:
                key = keys["content"]
                self.store(cache, key, entries.get(key), request, response, settings.RESPONSE_CACHE_TIMEOUT)
        return response

    def hit(self, request, payload):
        response = from_payload(payload)
        # Stored with the seconds then left before the next expiry; fewer are left now.
        cap_at_next_expiry(response)
        response = get_conditional_response(
            request,
            etag=response.get("ETag"),
            last_modified=parse_http_date_safe(response.get("Last-Modified", "")),
            response=response,
        )
        response["X-Cache"] = "HIT"
        return response

    def store(self, cache, key, entry, request, response, timeout):
        names = vary_headers(response)
        if entry is None or entry["vary"] != names:
            entry = {"vary": names, "variants": {}}
        if len(entry["variants"]) >= MAX_VARIANTS:
            return
        entry["variants"][variant(request, names)] = as_payload(response)
        cache.set(key, entry, timeout)
