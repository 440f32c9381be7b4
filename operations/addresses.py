"""The site's absolute addresses, all on PUBLIC_BASE_URL: those it builds itself (canonical
and sharing links, feeds, calendars, the sitemap's topic and country entries, search
results) with absolute_url(), and those Wagtail builds from the default Site record (a
page's full URL: the sitemap's page entries, the APIs' html_url, webhooks), which
follow_public_address() keeps on the same scheme, host and port after each migrate.

A visitor who reached the site by another name (an IP address, a second host name) is
given the public addresses, not the one they typed."""

from urllib.parse import urlsplit

from django.conf import settings


def absolute_url(url):
    """`url` (a path, or already absolute: a CDN's media) on PUBLIC_BASE_URL."""
    if urlsplit(url).scheme:
        return url
    return settings.PUBLIC_BASE_URL + url


def public_host():
    """(hostname, port) of PUBLIC_BASE_URL, the port given or the scheme's."""
    parts = urlsplit(settings.PUBLIC_BASE_URL)
    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)


def follow_public_address(using="default", **kwargs):
    """post_migrate: the default Site's hostname and port become PUBLIC_BASE_URL's."""
    from wagtail.models import Site

    hostname, port = public_host()
    # Saved, not updated: a site's address is in every stored page, which its signals make due.
    for site in Site.objects.using(using).filter(is_default_site=True).exclude(hostname=hostname, port=port):
        site.hostname, site.port = hostname, port
        site.save(using=using)
