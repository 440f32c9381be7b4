"""Publishing, unpublishing, renaming or moving a page purges the URLs it
made stale from the front-end cache: here a real HTTP server standing in for
Varnish, receiving wagtail.contrib.frontend_cache's PURGE requests."""

from wagtail.models import Page

from tests.factories import (
    CountryFactory,
    EventIndexPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    TopicFactory,
)
from tests.receiver import Receiver


def purged(cdn):
    return {(request["headers"]["Host"], request["path"]) for request in cdn.requests if request["method"] == "PURGE"}


def paths(cdn):
    return {path for host, path in purged(cdn)}


def test_publishing_purges_the_page_its_index_the_home_page_the_api_and_the_feeds(home_page, cdn):
    albania = CountryFactory(code="AL", name="Albania")
    housing = TopicFactory(name="Housing", slug="housing")
    news = NewsIndexPageFactory(parent=home_page)
    page = NewsPageFactory(parent=news, slug="tivat", live=False, countries=[albania])
    page.topics.add(housing)

    page.save_revision().publish()

    assert {host for host, path in purged(cdn)} == {"testserver"}
    assert {
        "/en/news/tivat/",
        "/en/news/",
        "/en/",
        f"/api/v2/pages/{page.pk}/",
        "/api/v2/pages/",
        f"/api/v3/pages/{page.pk}/",
        "/en/feeds/news.rss",
        "/en/feeds/news.atom",
        "/en/feeds/news.json",
        "/en/feeds/news/topic/housing.rss",
        "/en/feeds/news/country/al.rss",
        "/en/topics/housing/",
        "/en/countries/AL/",
        "/sitemap.xml",
    } <= paths(cdn)


def test_unpublishing_purges_the_page(home_page, cdn, admin_client):
    page = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), slug="tivat")

    admin_client.post(f"/admin/pages/{page.pk}/unpublish/")

    assert {"/en/news/tivat/", "/en/news/", "/en/", f"/api/v2/pages/{page.pk}/"} <= paths(cdn)


def test_renaming_a_page_purges_its_old_address(home_page, cdn, django_capture_on_commit_callbacks):
    page = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), slug="tivat")
    page.slug = "tivat-joins"

    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()

    assert {"/en/news/tivat/", "/en/news/tivat-joins/"} <= paths(cdn)


def test_moving_a_page_purges_both_addresses_and_both_parents(home_page, cdn):
    news = NewsIndexPageFactory(parent=home_page)
    events = EventIndexPageFactory(parent=home_page)
    page = NewsPageFactory(parent=news, slug="tivat")

    Page.objects.get(pk=page.pk).move(events, pos="last-child")

    assert {"/en/news/tivat/", "/en/events/tivat/", "/en/news/", "/en/events/"} <= paths(cdn)


def test_no_backend_configured_means_no_purge_and_publishing_works(home_page, settings):
    settings.WAGTAILFRONTENDCACHE = {}
    with Receiver() as bystander:
        page = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), live=False)
        page.save_revision().publish()

    assert Page.objects.get(pk=page.pk).live
    assert bystander.requests == []


def test_an_unreachable_cache_does_not_stop_publishing(home_page, settings):
    with Receiver() as closed:
        location = f"http://127.0.0.1:{closed.server.server_port}"
    settings.WAGTAILFRONTENDCACHE = {
        "default": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": location}
    }
    page = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), live=False)

    page.save_revision().publish()

    assert Page.objects.get(pk=page.pk).live
