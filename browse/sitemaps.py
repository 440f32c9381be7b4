"""Sitemap sections for the topic and country pages, in every language; only
those with published content in that language, since the others answer 404."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse
from django.utils.functional import cached_property

from wagtail.models import Locale

from .catalogue import Catalogue


class PublicSitemap(Sitemap):
    """On the public address, as Wagtail's page entries are (operations/addresses.py), not on
    the host the sitemap was asked by."""

    def get_protocol(self, protocol=None):
        return urlsplit(settings.PUBLIC_BASE_URL).scheme

    def get_domain(self, site=None):
        return urlsplit(settings.PUBLIC_BASE_URL).netloc


class CatalogueSitemap(PublicSitemap):
    """One <url> per language the topic or country has pages in, each linking
    its other languages (hreflang alternates)."""

    changefreq = "weekly"
    i18n = True
    alternates = True
    x_default = True

    def keys(self, catalogue):
        raise NotImplementedError

    @cached_property
    def keys_by_language(self):
        locales = Locale.objects.filter(language_code__in=[code for code, _name in settings.LANGUAGES])
        return {locale.language_code: self.keys(Catalogue(locale)) for locale in locales}

    def items(self):
        return sorted(set().union(*self.keys_by_language.values()))

    def get_languages_for_item(self, item):
        return [code for code, keys in self.keys_by_language.items() if item in keys]


class TopicSitemap(CatalogueSitemap):
    def keys(self, catalogue):
        return set(catalogue.topics().values_list("slug", flat=True))

    def location(self, item):
        return reverse("topic-detail", args=[item])


class CountrySitemap(CatalogueSitemap):
    def keys(self, catalogue):
        return set(catalogue.countries().values_list("code", flat=True))

    def location(self, item):
        return reverse("country-detail", args=[item])


class BrowseIndexSitemap(PublicSitemap):
    """/topics/ and /countries/ themselves, in every language."""

    changefreq = "weekly"
    i18n = True
    alternates = True
    x_default = True

    def items(self):
        return ["topic-index", "country-index"]

    def location(self, item):
        return reverse(item)
