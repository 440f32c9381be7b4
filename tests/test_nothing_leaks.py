"""Drafts, private pages and scheduled pages never reach a visitor: not in a
listing, a filter's choices, a profile, the home page, open data, topic or
country pages, search, feeds or the sitemap."""

import datetime

import pytest
from bs4 import BeautifulSoup

from events.models import EventPage
from news.models import NewsItemPage
from tests.factories import (
    CountryFactory,
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ParticipantIndexPageFactory,
    ParticipantPageFactory,
    TopicFactory,
)
from tests.hidden_pages import create_hidden_pages

# With the caches off, and on Redis as production runs (tests/conftest.py caching).
pytestmark = pytest.mark.usefixtures("caching")

SECRET = "Hidden"


@pytest.fixture
def site_with_hidden_pages(home_page):
    """A visible news item, event and participant, and every kind of hidden
    one beside them, the hidden ones alone carrying Latvia, a secret topic and
    the year 2020."""
    secret_country = CountryFactory(code="LV", name="Latvia")
    secret_topic = TopicFactory(name="Secret topic", slug="secret-topic")
    news = NewsIndexPageFactory(parent=home_page)
    events = EventIndexPageFactory(parent=home_page)
    participants = ParticipantIndexPageFactory(parent=home_page)

    visible_participant = ParticipantPageFactory(parent=participants, title="Tivat", country=CountryFactory())
    NewsPageFactory(parent=news, title="Visible news")
    EventPageFactory(parent=events, title="Visible event", start_date=datetime.date(2099, 1, 1))

    hidden = [
        *create_hidden_pages(NewsPageFactory, news, date=datetime.date(2020, 1, 1)).items(),
        *create_hidden_pages(EventPageFactory, events, start_date=datetime.date(2099, 1, 2)).items(),
        *create_hidden_pages(
            ParticipantPageFactory, participants, country=secret_country, latitude=56, longitude=26
        ).items(),
    ]
    for _how, page in hidden:
        page.topics.add(secret_topic)
        if hasattr(page, "countries"):
            page.countries.add(secret_country)
        if hasattr(page, "related_participants"):
            page.related_participants.add(visible_participant)
        # Save the relations without publishing: the page stays as hidden as it was.
        page.save()
    for model in (NewsItemPage, EventPage):
        assert model.objects.filter(countries=secret_country, topics=secret_topic).count() == 6
    return visible_participant


CHANNELS = [
    "/en/",
    "/en/news/",
    "/en/news/?year=2015",
    "/en/events/",
    "/en/participants/",
    "/en/participants/tivat/",
    "/en/data/participants.geojson",
    "/en/topics/",
    "/en/countries/",
]


@pytest.mark.parametrize("url", CHANNELS)
def test_hidden_pages_appear_nowhere(site_with_hidden_pages, client, url):
    response = client.get(url)
    assert response.status_code == 200
    body = response.content.decode()
    assert SECRET not in body
    # Nor do they lend their taxonomy or year to the filters.
    assert "Latvia" not in body
    assert "Secret topic" not in body
    assert "2020" not in body


@pytest.mark.parametrize("url", ["/en/topics/secret-topic/", "/en/countries/LV/"])
def test_a_topic_or_country_only_hidden_pages_carry_has_no_page(site_with_hidden_pages, client, url):
    assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    "url", ["/en/feeds/news.rss", "/en/feeds/news.atom", "/en/feeds/news.json", "/en/feeds/events.ics"]
)
def test_hidden_pages_are_in_no_feed(site_with_hidden_pages, client, url):
    body = client.get(url).content.decode()
    assert SECRET not in body
    assert "Visible" in body


def test_hidden_pages_are_not_in_the_sitemap_nor_found_by_search(site_with_hidden_pages, client):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/en/participants/tivat/" in sitemap
    for kind in ("draft", "password", "login", "scheduled", "expired", "expiring"):
        assert f"-{kind}/" not in sitemap
    results = BeautifulSoup(client.get("/en/search/?q=Hidden").content, "html.parser").select(".search-results li")
    assert results == []
    assert (
        len(BeautifulSoup(client.get("/en/search/?q=Visible").content, "html.parser").select(".search-results li"))
        == 2
    )
