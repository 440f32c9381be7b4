from .base import *  # noqa: F403
from .env import env, env_bool, env_list, env_required

DEBUG = False
SECRET_KEY = env_required(
    "SECRET_KEY", "a long random string, e.g. from `python -c 'import secrets; print(secrets.token_urlsafe(50))'`"
)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS") or env_required(
    "ALLOWED_HOSTS", "a comma-separated list of the site's host names"
)

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Each gunicorn worker keeps its database connections open between requests, checked before
# reuse: opening one per request (Django's default) halved the rate of every dynamic endpoint
# under `make bench` (docs/performance.md). Not in development, where the server starts a
# thread per request and a kept connection would never be used again.
for _database in DATABASES.values():  # noqa: F405
    _database["CONN_MAX_AGE"] = int(env("DB_CONN_MAX_AGE", "60"))

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# Load balancers and monitors ask for the health check over plain HTTP, on the inside.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
}
