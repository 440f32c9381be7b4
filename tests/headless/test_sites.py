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
