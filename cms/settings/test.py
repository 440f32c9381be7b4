from .base import *  # noqa: F403
from .caches import caches_from_url

SECRET_KEY = "test-only-key"
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# In memory whatever CACHE_URL says; the Redis tests (marker `redis`) point at a server themselves.
CACHES = caches_from_url("")
# Off, so that tests changing content behind the signals' back see their change; the response
# cache's own tests turn it on (tests/headless/).
RESPONSE_CACHE = False
STORAGES = {
    **STORAGES,  # noqa: F405
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "private": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Serve static files straight from the finders: tests never run collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# The read API builds absolute URLs on the test host.
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL

# Background tasks run at once, inside the request; the webhook tests run the database worker themselves.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# The standby, as the same test database: tests/operations/test_read_replica.py turns
# READ_REPLICA on to check which requests read from it.
DATABASES["replica"] = {**DATABASES["default"], "TEST": {"MIRROR": "default"}}  # noqa: F405
READ_REPLICA = False
PUBLIC_BASE_URL = WAGTAILADMIN_BASE_URL
