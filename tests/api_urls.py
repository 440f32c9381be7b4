"""The site's URLs plus Wagtail's stock v2 pages endpoint at /api/v2/, for
testing what this branch adds around any API (caching, CORS) against a real
Wagtail API view without depending on the project's own API modules."""

from django.urls import path

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from cms.urls import urlpatterns as site_urlpatterns

router = WagtailAPIRouter("wagtailapi")
router.register_endpoint("pages", PagesAPIViewSet)

urlpatterns = [path("api/v2/", router.urls), *site_urlpatterns]
