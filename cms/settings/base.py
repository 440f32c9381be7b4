"""Settings shared by every environment. Safe by default: DEBUG is off and
anything that differs between machines comes from the environment."""

from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE

from .caches import caches_from_url
from .env import env, env_bool, env_list, origins
from .languages import parse_fallbacks, parse_languages, register_extra_languages
from .object_storage import s3_media

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# JSON under /api/, the site's own "form expired" page elsewhere.
CSRF_FAILURE_VIEW = "operations.views.csrf_failure"

INSTALLED_APPS = [
    # Our apps, lowest layer first: operations (throttling, health, error answers, backups),
    # taxonomy <- images <- people <- events <- news <- home, search
    "operations",
    "taxonomy",
    "images",
    "people",
    "events",
    "news",
    "home",
    "search",
    "browse",
    "api",
    "apiv3",
    # Before "wagtail": its page deletion handler must run after ours (webhooks/signal_handlers.py).
    "webhooks",
    "headless",
    "editorial",
    "intranet",
    "languages",
    # Translation editor, PO files and the Locales admin (which replaces wagtail.locales).
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail_localize.modeladmin",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtail_modeladmin",
    "modelcluster",
    "taggit",
    "django_filters",
    "wagtail.api.v2",
    "rest_framework",
    "django_tasks",
    "django_tasks_db",
    "corsheaders",
    "wagtail_headless_preview",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "csp",
    # Wagtail 8's OpenAPI API at /api/v3/ (and its API tokens in the admin); ninja serves
    # the interactive docs' Swagger UI from our own static files instead of a CDN.
    "wagtail.api.v3",
    "ninja",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Above whitenoise and the response cache, so that static files and cached answers get
    # the same security headers as pages rendered now.
    "cms.security.ContentSecurityPolicyMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Below the headers' middleware, so that its 400 carries them.
    "operations.bad_input.NulInPathMiddleware",
    # Static files are answered here and never wait on the response cache below.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before the rest, so that a cached anonymous response skips all of it (headless/response_cache.py).
    "headless.response_cache.ResponseCacheMiddleware",
    # Next, so it sees the cookies and Vary headers the others add (headless/caching.py).
    "headless.caching.HTTPCachingMiddleware",
    # Above the rest, so that an error answered under /api/ by anything below is JSON when it leaves.
    "operations.api_errors.JSONErrorsMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Before anything reads content: decides whether this request may read the standby.
    "operations.replica.ReadReplicaMiddleware",
    # After sessions, before common: the language comes from the URL prefix (/en/, /fr/),
    # and a path without one is redirected to the visitor's language.
    "languages.middleware.LocaleMiddleware",
    # Topic and country names in the request's language, read once while it is answered.
    "taxonomy.localized.LocalizedNamesMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After authentication and sessions, before the views it holds off (operations/throttling.py).
    "operations.throttling.ThrottlingMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "apiv3.middleware.ConsumerKeyMiddleware",
    # Around the views: a change commits with its documents rendered again (headless/changes.py).
    "headless.changes.ChangesMiddleware",
    # Last, so that only the v3 views take a HEAD for a GET (apiv3/middleware.py).
    "apiv3.middleware.HeadAsGetMiddleware",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# SQLite is the embedded default; DATABASE_URL=postgres://user:pass@host/name
# switches to PostgreSQL through psycopg 3.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env("DB_CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
# A PostgreSQL hot standby for anonymous visitors' reads (operations/replica.py);
# editors, logged-in users and every write stay on DATABASE_URL.
if env("DATABASE_REPLICA_URL", ""):
    DATABASES["replica"] = dj_database_url.parse(
        env("DATABASE_REPLICA_URL"),
        conn_max_age=int(env("DB_CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
READ_REPLICA = "replica" in DATABASES
# Planner settings for the site's own connections, whatever the server's defaults, measured on
# the 100,000-page synthetic site (docs/performance.md):
# - no parallel plans (DB_PARALLEL_WORKERS, max_parallel_workers_per_gather): the site's queries
#   are short and many run at once; with parallel workers PostgreSQL sorted every visible page
#   to hand out the v2 listing's twenty (140 ms, against 13 ms walking the path index);
# - random_page_cost for SSD storage (DB_RANDOM_PAGE_COST, 1.1; PostgreSQL assumes spinning
#   disks, 4): with 4 it joined the next upcoming events to the whole page table by a
#   sequential scan (44 ms, against 8 ms through the primary key).
for _database in DATABASES.values():
    if _database["ENGINE"] == "django.db.backends.postgresql":
        _database.setdefault("OPTIONS", {})["options"] = (
            f"-c max_parallel_workers_per_gather={int(env('DB_PARALLEL_WORKERS', '0'))}"
            f" -c random_page_cost={float(env('DB_RANDOM_PAGE_COST', '1.1'))}"
        )
# How long a visitor who has just sent a form keeps reading from the primary.
REPLICA_PIN_SECONDS = int(env("REPLICA_PIN_SECONDS", "10"))
DATABASE_ROUTERS = ["operations.replica.ReadReplicaRouter"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Content languages (cms/settings/languages.py): LANGUAGES=en,fr,rom, the first the default.
register_extra_languages()
LANGUAGES = parse_languages(env_list("LANGUAGES", "en,fr"))
LANGUAGE_CODE = LANGUAGES[0][0]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# A page not yet translated is shown in the first language of its chain it exists in
# (LANGUAGE_FALLBACKS=rom:fr:en); every chain ends with the default language.
LANGUAGE_FALLBACKS = parse_fallbacks(env_list("LANGUAGE_FALLBACKS"), LANGUAGES)
# Translations of the site's own words (templates, messages): locale/<code>/LC_MESSAGES.
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env("TIME_ZONE", "Europe/Paris")
USE_I18N = True
USE_TZ = True
# Left off: it would group every integer a template prints, years included
# ("2 015" under /fr/) and the page numbers in links. Counts shown to visitors
# go through |intcomma, which groups the locale's way regardless.
USE_THOUSAND_SEPARATOR = False

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATIC_URL = env("STATIC_URL", "/static/")
MEDIA_ROOT = Path(env("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = env("MEDIA_URL", "/media/")

# Images of restricted collections (the participants' Intranet): outside MEDIA_ROOT, served
# only through the view that checks the collection's restrictions (images/storage.py). Neither
# Django's static() nor the web server may serve this directory.
PRIVATE_MEDIA_ROOT = Path(env("PRIVATE_MEDIA_ROOT", BASE_DIR / "private_media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        # Unreadable to a web server running as another user, should one be pointed at it.
        "OPTIONS": {
            "location": PRIVATE_MEDIA_ROOT,
            "file_permissions_mode": 0o600,
            "directory_permissions_mode": 0o700,
        },
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Or both on S3-compatible object storage, a public bucket and a private one (MEDIA_S3_BUCKET,
# PRIVATE_MEDIA_S3_BUCKET...: cms/settings/object_storage.py). MEDIA_URL then names the public
# bucket or its CDN, for the Content Security Policy below.
if S3_MEDIA := s3_media():
    STORAGES.update(default=S3_MEDIA["default"], private=S3_MEDIA["private"])
    MEDIA_URL = S3_MEDIA["MEDIA_URL"]

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Alliance CMS <noreply@localhost>")
SERVER_EMAIL = env("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# Wagtail
WAGTAIL_SITE_NAME = "European Alliance of Cities and Regions for Roma Inclusion"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "images.CreditedImage"
# Renditions go where their image goes: public media, or private media for restricted collections.
WAGTAILIMAGES_RENDITION_STORAGE = "images.storage.ImageStorage"
# No avatars from Gravatar: the admin loads nothing from another host, and editors' e-mail
# hashes are not handed to a third party. Editors may upload an avatar in their account.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Nor does the dashboard ask releases.wagtail.org for a newer version: upgrades come through
# requirements.txt, reviewed like any change.
WAGTAIL_ENABLE_UPDATE_CHECK = False
# The database backend picks PostgreSQL full-text search when the default database
# is PostgreSQL (SQLite: FTS5, without stemming). Naming the text search config keeps
# stemming ("seminars" finds "Seminar") independent of the server's default.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "english"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
TAGGIT_CASE_INSENSITIVE = True
WAGTAIL_I18N_ENABLED = True
# A new translation is a draft until a translator publishes it (or the moderators approve it):
# wagtail-localize would otherwise publish it at once, still in the original's language.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# The address the site is reached at: every absolute URL it hands out is built on it, and the
# default Site record follows it at each migrate (operations/addresses.py).
PUBLIC_BASE_URL = env("PUBLIC_BASE_URL", WAGTAILADMIN_BASE_URL).rstrip("/")
# The read API (api/): absolute URLs in rich text and image renditions are built
# on this base, so mirrors and apps can follow them as they are.
WAGTAILAPI_BASE_URL = env("WAGTAILAPI_BASE_URL", PUBLIC_BASE_URL)
WAGTAILAPI_LIMIT_MAX = 100
# Background tasks (django-tasks): Wagtail's own (reference index, front-end
# cache purges) and webhook deliveries are stored in the database and run by
# `manage.py db_worker`, which `make run` starts beside the server.
TASKS = {"default": {"BACKEND": env("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}

# Webhooks: seconds to wait for a receiver, and before each retry (after the
# first attempt fails: 1 minute, 5 minutes, 25 minutes, 2 hours).
WEBHOOK_TIMEOUT = float(env("WEBHOOK_TIMEOUT", "5"))
WEBHOOK_RETRY_DELAYS = [int(delay) for delay in env_list("WEBHOOK_RETRY_DELAYS", "60,300,1500,7200")]

# Each public page's HTML rendered once per change of what it shows, by the task worker, and
# served to anonymous visitors on PUBLIC_BASE_URL (headless/documents.py).
STORED_DOCUMENTS = env_bool("STORED_DOCUMENTS", True)
# How many of the documents an editor's change makes due it renders again before it commits
# (headless/changes.py); the worker renders the rest.
DOCUMENTS_RENDERED_BEFORE_COMMIT = int(env("DOCUMENTS_RENDERED_BEFORE_COMMIT", "50"))

# HTTP caching of anonymous pages and API responses (headless/caching.py):
# browsers keep them HTTP_CACHE_MAX_AGE seconds, shared caches (a CDN)
# HTTP_CACHE_S_MAXAGE; publishing purges the CDN's copies.
HTTP_CACHE_MAX_AGE = int(env("HTTP_CACHE_MAX_AGE", "60"))
HTTP_CACHE_S_MAXAGE = int(env("HTTP_CACHE_S_MAXAGE", "300"))

# CACHE_URL=redis://127.0.0.1:6379/1 keeps the caches in Redis (django-redis), shared by every
# worker and instance; without it each process keeps its own in memory (cms/settings/caches.py).
CACHE_URL = env("CACHE_URL", "")
CACHES = caches_from_url(CACHE_URL)
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True

# Anonymous pages and API answers served from the "responses" cache (headless/response_cache.py)
# until any content changes. On by default only with a shared cache: with one cache per process,
# a change published through one worker would reach the others only after the timeout.
RESPONSE_CACHE = env_bool("RESPONSE_CACHE", bool(CACHE_URL))
# Seconds a cached response is kept at most: the bound on staleness that no signal announces
# (an event that became past at midnight, a change made while Redis was unreachable).
RESPONSE_CACHE_TIMEOUT = int(env("RESPONSE_CACHE_TIMEOUT", "300"))

# The front-end cache purged when pages change (headless/purging.py); none
# unless configured. FRONTEND_CACHE_BACKEND=http purges through PURGE requests
# to FRONTEND_CACHE_LOCATION (Varnish, nginx); =cloudflare uses
# CLOUDFLARE_BEARER_TOKEN and CLOUDFLARE_ZONEID.
FRONTEND_CACHE_BACKEND = env("FRONTEND_CACHE_BACKEND", "")
if FRONTEND_CACHE_BACKEND == "http":
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": env("FRONTEND_CACHE_LOCATION", "http://127.0.0.1:8080"),
        }
    }
elif FRONTEND_CACHE_BACKEND == "cloudflare":
    from .env import env_required

    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": env_required("CLOUDFLARE_BEARER_TOKEN", "a Cloudflare API token allowed to purge"),
            "ZONEID": env_required("CLOUDFLARE_ZONEID", "the Cloudflare zone id of the site"),
        }
    }
else:
    WAGTAILFRONTENDCACHE = {}
# Not WAGTAILAPI_USE_FRONTENDCACHE: without WAGTAILAPI_BASE_URL it makes every
# publish fail, and headless/purging.py purges the API URLs itself.

# CORS: only these origins (comma-separated, e.g. https://app.example.org) may
# read the API from a browser; nothing else is shared across origins.
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/api/.*$"


def preview_client_urls(value):
    """HEADLESS_PREVIEW_CLIENT_URLS: the front end that shows previews, as
    `https://front.example.org` for every site, and/or per site host name,
    `alliance.example.org=https://front.example.org`, comma-separated."""
    urls = {}
    for item in value:
        host, separator, url = item.partition("=")
        if not separator or "://" in host:
            host, url = "default", item
        urls[host.strip()] = url.strip()
    return urls


# Headless preview (headless/preview.py): editors get a "Front end" preview
# mode when a client URL is set; its tokens expire after HEADLESS_PREVIEW_MAX_AGE seconds.
WAGTAIL_HEADLESS_PREVIEW = {
    "CLIENT_URLS": preview_client_urls(env_list("HEADLESS_PREVIEW_CLIENT_URLS")),
    "ENFORCE_TRAILING_SLASH": True,
}
HEADLESS_PREVIEW_MAX_AGE = int(env("HEADLESS_PREVIEW_MAX_AGE", str(30 * 60)))

# Public forms: submissions per visitor address (django-ratelimit's "n/period"). Counted in
# the default cache: give production a shared cache (Redis, memcached) so that all workers
# count together. A mail server that does not answer cannot hold a submission for long.
FORM_SUBMISSION_RATE = env("FORM_SUBMISSION_RATE", "10/h")
# Behind a reverse proxy every visitor comes from the proxy's address: name the request header
# carrying the visitor's own, e.g. HTTP_X_REAL_IP (nginx: proxy_set_header X-Real-IP $remote_addr).
RATELIMIT_IP_META_KEY = env("RATELIMIT_IP_META_KEY") or None
# Logins (both admins, the intranet's), page passwords and site searches per visitor address,
# counted like the forms' (operations/throttling.py); over it, 429 and Retry-After.
LOGIN_RATE = env("LOGIN_RATE", "10/m")
PAGE_PASSWORD_RATE = env("PAGE_PASSWORD_RATE", "10/m")
SEARCH_RATE = env("SEARCH_RATE", "30/m")
FORM_NOTIFICATION_EMAIL = env("FORM_NOTIFICATION_EMAIL", "")
EMAIL_TIMEOUT = int(env("EMAIL_TIMEOUT", "10"))

# Editorial workflow (editorial/): moderators are e-mailed when a page awaits their
# approval, editors when it is approved or rejected, with the reviewer's comment.
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = env("WAGTAILADMIN_NOTIFICATION_FROM_EMAIL", DEFAULT_FROM_EMAIL)
WAGTAILADMIN_NOTIFICATION_USE_HTML = True
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = env_bool("WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS", False)
WAGTAIL_WORKFLOW_ENABLED = True
# Comments on pages in the editor; revisions, locking and the audit log are always on in Wagtail.
WAGTAILADMIN_COMMENTS_ENABLED = True
# Documents always go through Wagtail's view, which enforces collection view restrictions (the
# participants' Intranet collection): never serve MEDIA_ROOT/documents/ directly from the web server.
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# Security headers on every response, pages, API, static files and errors alike (HSTS is added
# in production.py, where HTTPS is certain). SecurityMiddleware sends these three:
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Nobody frames the site. Wagtail's preview views answer SAMEORIGIN themselves, for the editor's
# preview panel; the admins' Content Security Policy says frame-ancestors 'self' to match.
X_FRAME_OPTIONS = "DENY"

# Content Security Policy (django-csp; cms/security.py picks one per path). The public site and
# the APIs: nothing inline, nothing from another host except the video players that the news
# body's embed block shows (EMBED_FRAME_ORIGINS) and media on a CDN (an absolute MEDIA_URL).
EMBED_FRAME_ORIGINS = env_list(
    "EMBED_FRAME_ORIGINS", "https://www.youtube.com,https://www.youtube-nocookie.com,https://player.vimeo.com"
)
ASSET_ORIGINS = origins(STATIC_URL, MEDIA_URL)
PUBLIC_POLICY = {
    "default-src": [SELF],
    "script-src": [SELF, *ASSET_ORIGINS],
    "style-src": [SELF, *ASSET_ORIGINS],
    "img-src": [SELF, "data:", *ASSET_ORIGINS],
    "font-src": [SELF, *ASSET_ORIGINS],
    "media-src": [SELF, *ASSET_ORIGINS],
    "connect-src": [SELF],
    "frame-src": EMBED_FRAME_ORIGINS or [NONE],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [NONE],
}
CONTENT_SECURITY_POLICY = {"DIRECTIVES": PUBLIC_POLICY}
PREVIEW_CONTENT_SECURITY_POLICY = {"DIRECTIVES": {**PUBLIC_POLICY, "frame-ancestors": [SELF]}}
# Wagtail's and Django's admins still carry inline scripts and style attributes of their own;
# the thumbnails of embeds being edited come from the video hosts; the editor's preview panel
# frames the admin's own preview views and, for headless preview, the front end.
ADMIN_POLICY = {
    **PUBLIC_POLICY,
    "script-src": [SELF, UNSAFE_INLINE, *ASSET_ORIGINS],
    "style-src": [SELF, UNSAFE_INLINE, *ASSET_ORIGINS],
    "img-src": [SELF, "data:", "blob:", "https:"],
    "frame-src": [SELF, *EMBED_FRAME_ORIGINS, *origins(*WAGTAIL_HEADLESS_PREVIEW["CLIENT_URLS"].values())],
    "frame-ancestors": [SELF],
}
# Swagger UI (ninja's own static copy) sets style attributes and draws its icons as data: images;
# its scripts are files, so script-src stays 'self'.
API_DOCS_POLICY = {**PUBLIC_POLICY, "style-src": [SELF, UNSAFE_INLINE], "img-src": [SELF, "data:"]}
CONTENT_SECURITY_POLICY_BY_PATH = [
    ("/admin/", {"DIRECTIVES": ADMIN_POLICY}),
    ("/django-admin/", {"DIRECTIVES": ADMIN_POLICY}),
    ("/api/v3/docs", {"DIRECTIVES": API_DOCS_POLICY}),
]
