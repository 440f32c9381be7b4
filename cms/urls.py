import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.static import serve as serve_file

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.urls import serve_pattern

from api.router import api_router
from apiv3.api import api as api_v3
from events import urls as events_urls
from headless.caching import without_last_modified
from headless.views import serve_page
from images import urls as images_urls
from images.views import checked_admin_preview
from news import urls as news_urls
from people import urls as people_urls
from search import views as search_views

from .sitemaps import sitemaps
from .views import robots_txt

# JSON under /api/, the site's own pages elsewhere (operations/views.py).
handler400 = "operations.views.bad_request"
handler403 = "operations.views.permission_denied"
handler404 = "operations.views.page_not_found"
handler500 = "operations.views.server_error"

# Language-neutral: the editor, the APIs (which take ?locale=), files, and what crawlers ask for.
urlpatterns = [
    path("", include("operations.urls")),
    path("django-admin/", admin.site.urls),
    # Ahead of Wagtail's own, which would render private images for Editors (images/views.py).
    path("admin/images/<int:image_id>/preview/<str:filter_spec>/", checked_admin_preview),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Files of images in restricted collections, checked; public images are plain MEDIA_URL files.
    path("private-images/", include(images_urls)),
    path("api/v3/", api_v3.urls),
    path("sitemap.xml", without_last_modified(sitemap), {"sitemaps": sitemaps}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots-txt"),
    path("api/v2/", api_router.urls),
    path("", include("headless.urls")),
]


def development_media_patterns():
    """Uploads served by the development server, as the web server serves them in production:
    all of MEDIA_ROOT but documents/, which only Wagtail's document view hands out, checking
    the privacy of the document's collection (WAGTAILDOCS_SERVE_METHOD)."""
    if not settings.MEDIA_URL.startswith("/"):  # on object storage: served from there
        return []
    prefix = re.escape(settings.MEDIA_URL.lstrip("/"))
    return [re_path(rf"^{prefix}(?!documents/)(?P<path>.+)$", serve_upload)]


def serve_upload(request, path):
    return serve_file(request, path, document_root=settings.MEDIA_ROOT)


if settings.DEBUG:
    urlpatterns += development_media_patterns()

# What a visitor reads, under its language: /en/..., /fr/.... A path without the
# prefix is redirected by LocaleMiddleware to the language the browser asks for.
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("", include(people_urls)),
    path("", include(news_urls)),
    path("", include(events_urls)),
    path("", include("browse.urls")),
    # A page's stored document if it has one, else Wagtail's serve (headless/documents.py);
    # Wagtail's own views under _util/ (page passwords, the front-end login) left to it.
    re_path(rf"^(?!_util/){serve_pattern.removeprefix('^')}", serve_page),
    path("", include(wagtail_urls)),
)
