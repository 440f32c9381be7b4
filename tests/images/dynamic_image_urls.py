"""The site's URLs with Wagtail's dynamic image serve view mounted, which the
images.E003 check must refuse."""

from django.urls import include, path

from wagtail.images import urls as wagtailimages_urls

from cms.urls import urlpatterns as site_urlpatterns

urlpatterns = [path("images/", include(wagtailimages_urls)), *site_urlpatterns]
