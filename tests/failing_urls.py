"""The site's URLs plus views that fail as code can, to see what a visitor or an API client
gets when an exception escapes: the site's 500 page, or JSON under /api/."""

from django.urls import path

from cms.urls import handler500  # noqa: F401 (the site's error handler, looked up on the root URLconf)
from cms.urls import urlpatterns as site_urlpatterns


def fail(request):
    raise RuntimeError("a defect")


urlpatterns = [path("fail/", fail), path("api/v2/fail/", fail), path("api/v3/fail/", fail), *site_urlpatterns]
