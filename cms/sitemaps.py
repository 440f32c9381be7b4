"""The sitemap's sections, in one place so that pages served by Django views
rather than Wagtail (topics, countries) can be added as Sitemap classes."""

from django.utils import timezone

from wagtail.contrib.sitemaps import Sitemap

from browse.sitemaps import BrowseIndexSitemap, CountrySitemap, TopicSitemap


class PageSitemap(Sitemap):
    """Every live, public page of the request's site."""

    def items(self):
        # live() alone keeps a page whose expiry has passed until
        # publish_scheduled runs; crawlers should not be sent to it meanwhile.
        return super().items().exclude(expire_at__lte=timezone.now())


sitemaps = {
    "pages": PageSitemap,
    "browse": BrowseIndexSitemap,
    "topics": TopicSitemap,
    "countries": CountrySitemap,
}
