"""Purging what a page change makes stale from the front-end cache (a CDN or
Varnish, through wagtail.contrib.frontend_cache): the page, its parent, the
home page, its API detail, the listings and feeds it appears in. The purge
runs as a background task, so a slow CDN does not hold up publishing."""

import logging

from django.conf import settings
from django.db import transaction
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from wagtail.contrib.frontend_cache.utils import PurgeBatch, get_backends
from wagtail.models import Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

logger = logging.getLogger(__name__)

FEED_FORMATS = ("rss", "atom", "json")


def named_paths(page):
    """Paths of the feeds and browse pages a page may appear in, by URL name
    only, so this app imports none of the apps whose pages it purges."""
    names = [("news-feed", {"format": format}) for format in FEED_FORMATS]
    names += [("events-feed", {}), ("sitemap", {}), ("topic-index", {}), ("country-index", {})]
    for topic in page.topics.all() if hasattr(page, "topics") else []:
        names.append(("topic-detail", {"slug": topic.slug}))
        names += [("news-topic-feed", {"slug": topic.slug, "format": format}) for format in FEED_FORMATS]
    codes = set(page.countries.values_list("code", flat=True)) if hasattr(page, "countries") else set()
    if getattr(page, "country", None) is not None:
        codes.add(page.country.code)
    for code in sorted(codes):
        names.append(("country-detail", {"code": code}))
        names += [("news-country-feed", {"code": code, "format": format}) for format in FEED_FORMATS]

    paths = []
    for name, kwargs in names:
        try:
            # The lists of the page's own language: /fr/feeds/news.rss for a French page.
            with translation.override(page.locale.language_code):
                paths.append(reverse(name, kwargs=kwargs))
        except NoReverseMatch:
            continue
    return paths


def root_url(page):
    site = page.get_site() or Site.objects.filter(is_default_site=True).first()
    return (site.root_url if site else settings.WAGTAILADMIN_BASE_URL).rstrip("/")


def urls_for(page, old_url_path=None, also=()):
    page = page.specific
    root = root_url(page)
    batch = PurgeBatch()
    batch.add_page(page)
    parent = page.get_parent()
    for other in [parent, *also]:
        if other is not None and other.depth > 1:
            batch.add_page(other)
    site = page.get_site()
    if site is not None:
        batch.add_page(site.root_page)
    if old_url_path is not None and site is not None:
        # url_path starts with the slug of the language's home page, which the
        # address replaces with the language: /home/news/tivat/ was /en/news/tivat/.
        old_path = old_url_path.split("/", 2)[2]
        batch.add_url(f"{root}/{page.locale.language_code}/{old_path}")
    batch.add_urls(
        [
            f"{root}/api/v2/pages/{page.pk}/",
            f"{root}/api/v2/pages/",
            f"{root}/api/v3/pages/{page.pk}/",
            f"{root}/api/v3/pages/",
        ]
    )
    batch.add_urls(root + path for path in named_paths(page))
    return batch


def purge(page, old_url_path=None, also=()):
    # Purging must never stop an editor from publishing.
    try:
        with transaction.atomic():
            if get_backends():
                urls_for(page, old_url_path, also).purge()
    except Exception:
        logger.exception("Could not purge the front-end cache for page %s", page.pk)


def on_page_published(sender, instance, **kwargs):
    purge(instance)


def on_page_unpublished(sender, instance, **kwargs):
    purge(instance)


def on_page_slug_changed(sender, instance, instance_before, **kwargs):
    purge(instance, old_url_path=instance_before.url_path)


def on_page_moved(sender, instance, parent_page_before, url_path_before, **kwargs):
    if not instance.live:
        return
    purge(instance, old_url_path=url_path_before, also=[parent_page_before])


def register_signal_handlers():
    page_published.connect(on_page_published, dispatch_uid="headless-purge-published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="headless-purge-unpublished")
    page_slug_changed.connect(on_page_slug_changed, dispatch_uid="headless-purge-slug-changed")
    post_page_move.connect(on_page_moved, dispatch_uid="headless-purge-moved")
