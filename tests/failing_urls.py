"""The site's URLs plus views that fail as code can, to see what a visitor or an API client
gets when an exception escapes (the site's 500 page, or JSON under /api/), when a view refuses
(PermissionDenied) and when a form arrives without its CSRF token."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.urls import path

# The site's error handlers, looked up on the root URLconf.
from cms.urls import handler400, handler403, handler404, handler500  # noqa: F401
from cms.urls import urlpatterns as site_urlpatterns


def fail(request):
    raise RuntimeError("a defect")


def forbidden(request):
    raise PermissionDenied("internal reason")


def takes_a_form(request):
    return HttpResponse("received")


urlpatterns = [
    *(path(f"{prefix}fail/", fail) for prefix in ("", "api/v2/", "api/v3/")),
    *(path(f"{prefix}forbidden/", forbidden) for prefix in ("", "api/v2/", "api/v3/")),
    *(path(f"{prefix}form/", takes_a_form) for prefix in ("", "api/v2/")),
    *site_urlpatterns,
]
