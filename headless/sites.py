"""The Wagtail site a request came in for, looked up once per content version and host.

Wagtail looks it up on each request that asks (every page, every API answer): a query
ranking the sites that might match, and the ORM's work around it. Sites change only as
content does (they are content, headless/content_version.py), so the answer is memoized
beside the site's other figures and handed to Wagtail where it keeps it for the request
(request._wagtail_site, read by Site.find_for_request); likewise the root paths of the
sites, which every page URL is worked out from (request._wagtail_cached_site_root_paths)."""

from django.conf import settings
from django.http.request import split_domain_port

from wagtail.models import Site

from .memo import memoized


class SiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.MEMOIZE_FIGURES:
            # As Wagtail reads them: the raw host, since ALLOWED_HOSTS is checked elsewhere.
            hostname = split_domain_port(request._get_raw_host())[0]
            port = request.get_port()
            request._wagtail_site = memoized("site", lambda: Site._find_for_request(request), hostname, port)
            # Every page URL worked out reads them; Wagtail keeps them in the default cache, a
            # round trip to Redis on each request (7% of the RSS feed's time).
            request._wagtail_cached_site_root_paths = memoized("site-root-paths", Site.get_site_root_paths)
        return self.get_response(request)
