"""CACHES from CACHE_URL: local memory when it is empty, Redis through django-redis for
redis://, rediss:// and unix:// addresses. Two aliases: "default" holds the rate limits'
counters and Wagtail's own small caches, "responses" the rendered pages and API answers
(headless/response_cache.py), so that a full response cache culling its oldest entries
never throws away a visitor's rate-limit count."""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

REDIS_SCHEMES = {"redis", "rediss", "unix"}


def redis_cache(url, key_prefix):
    return {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": url,
        "KEY_PREFIX": key_prefix,
        "OPTIONS": {
            # A Redis that is away costs the site its cache, not its pages: reads miss and
            # writes are dropped (and logged, DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS).
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": 1,
            "SOCKET_TIMEOUT": 1,
        },
    }


def caches_from_url(url, response_entries=500):
    if not url:
        return {
            "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "default"},
            "responses": {
                "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                "LOCATION": "responses",
                "OPTIONS": {"MAX_ENTRIES": response_entries},
            },
        }
    scheme = urlsplit(url).scheme
    if scheme not in REDIS_SCHEMES:
        raise ImproperlyConfigured(
            f"CACHE_URL must be a Redis address (redis://host:6379/0, rediss://…, unix://…), not {scheme or url!r}."
        )
    return {"default": redis_cache(url, "alliance"), "responses": redis_cache(url, "alliance-responses")}
