"""Sitemap sections for the topic and country pages; only those with
published content, since the others answer 404."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .catalogue import Catalogue


class TopicSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return list(Catalogue().topics())

    def location(self, item):
        return reverse("topic-detail", args=[item.slug])


class CountrySitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return list(Catalogue().countries())

    def location(self, item):
        return reverse("country-detail", args=[item.code])


class BrowseIndexSitemap(Sitemap):
    """/topics/ and /countries/ themselves."""

    changefreq = "weekly"

    def items(self):
        return ["topic-index", "country-index"]

    def location(self, item):
        return reverse(item)
