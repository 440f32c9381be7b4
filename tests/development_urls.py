"""The site's URLs as the development server has them (DEBUG), with the uploads served."""

# The site's error handlers, looked up on the root URLconf.
from cms.urls import development_media_patterns, handler400, handler403, handler404, handler500  # noqa: F401
from cms.urls import urlpatterns as site_urlpatterns

urlpatterns = development_media_patterns() + site_urlpatterns
