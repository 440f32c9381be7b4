"""The site a request came in for is looked up once per content version and host, and a
new or changed site is used from the next request."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Site

from tests.factories import NewsIndexPageFactory, NewsPageFactory


@pytest.fixture
def news(home_page, cache_backend, settings):
    settings.MEMOIZE_FIGURES = True
    settings.ALLOWED_HOSTS = ["*"]
    return NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), title="Housing first")


def titles(client, host):
    """The pages of the site the host names: the API lists only those under its root."""
    response = client.get("/api/v2/pages/", HTTP_HOST=host)
    return {item["title"] for item in response.json()["items"]}


def test_the_site_is_looked_up_once_and_follows_a_new_site(news, home_page, client):
    everything = titles(client, "other.example")  # no such site: the default one
    assert home_page.title in everything and "Housing first" in everything
    with CaptureQueriesContext(connection) as captured:
        titles(client, "other.example")
    assert not [query for query in captured.captured_queries if "wagtailcore_site" in query["sql"]]

    Site.objects.create(hostname="other.example", port=80, root_page=news.get_parent(), site_name="News")
    assert home_page.title not in titles(client, "other.example")
    assert "Housing first" in titles(client, "other.example")
    assert titles(client, "localhost") == everything


def test_page_urls_follow_a_moved_site_root_without_asking_the_default_cache(news, home_page, client, monkeypatch):
    # The sites' root paths are memoized with the site: Wagtail kept them in the default cache,
    # a round trip to Redis on every request that works out a page URL.
    from django.core import cache as cache_module

    client.get("/en/feeds/news.rss")
    asked = []
    default = cache_module.cache
    monkeypatch.setattr(
        "wagtail.models.sites.cache",
        type("Spy", (), {"get": lambda self, *a, **k: asked.append(a) or default.get(*a, **k), "set": default.set})(),
    )
    # The feed works out its news index's URL on each request.
    assert "<link>http://testserver/en/news/</link>" in client.get("/en/feeds/news.rss").content.decode()
    assert not asked
    monkeypatch.undo()

    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "alliance.example", 443
    site.save()
    response = client.get("/api/v2/pages/?type=news.NewsPage&fields=html_url", HTTP_HOST="alliance.example")
    assert [item["meta"]["html_url"] for item in response.json()["items"]] == [
        "https://alliance.example/en/news/housing-first/"
    ]
