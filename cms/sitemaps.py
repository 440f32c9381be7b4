"""The sitemap's sections, in one place so that pages served by Django views
rather than Wagtail (topics, countries) can be added as Sitemap classes."""

from collections import defaultdict

from django.utils import timezone

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from browse.sitemaps import BrowseIndexSitemap, CountrySitemap, TopicSitemap


class PageSitemap(Sitemap):
    """Every live, public page of the request's site in every language, each
    linking its translations (hreflang alternates)."""

    def items(self):
        # Wagtail lists the site's root page and below, which is one language's
        # tree: the translations of the root page stand beside it.
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        pages = Page.objects.none()
        for root in roots:
            pages |= Page.objects.descendant_of(root, inclusive=True)
        # live() alone keeps a page whose expiry has passed until
        # publish_scheduled runs; crawlers should not be sent to it meanwhile.
        return (
            pages.live()
            .public()
            .exclude(expire_at__lte=timezone.now())
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        alternates = self.translations_of(pages)
        urls = []
        for item in pages:
            for url in item.get_sitemap_urls(self.request):
                if len(alternates[item.translation_key]) > 1:
                    url["alternates"] = alternates[item.translation_key]
                urls.append(url)
        last_mods = {url.get("lastmod") for url in urls}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def translations_of(self, pages):
        """{translation key: [{location, lang_code}]} of the pages' live, public translations."""
        translations = (
            Page.objects.filter(translation_key__in={page.translation_key for page in pages})
            .live()
            .public()
            .exclude(expire_at__lte=timezone.now())
            .select_related("locale")
            .order_by("locale__language_code")
        )
        alternates = defaultdict(list)
        for translation in translations:
            alternates[translation.translation_key].append(
                {"location": translation.get_full_url(self.request), "lang_code": translation.locale.language_code}
            )
        return alternates


sitemaps = {
    "pages": PageSitemap,
    "browse": BrowseIndexSitemap,
    "topics": TopicSitemap,
    "countries": CountrySitemap,
}
