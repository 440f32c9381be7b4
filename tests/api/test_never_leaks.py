"""Drafts, newer unpublished revisions, private, scheduled and expired pages
never reach an anonymous caller: not in a listing, a detail, search, find,
a nested object, a count or a facet."""

import pytest

from wagtail.models import Page

from tests.factories import EventPageFactory, NewsPageFactory, ParticipantPageFactory
from tests.hidden_pages import HIDDEN_TITLES, create_hidden_pages

# With the caches off, and on Redis as production runs (tests/conftest.py caching).
pytestmark = pytest.mark.usefixtures("caching")

SECRET = "Zanzibarian"


@pytest.fixture
def hidden(content):
    fields = {"date": content.news.date, "teaser": f"{SECRET} teaser"}
    pages = create_hidden_pages(NewsPageFactory, content.site.news_index, **fields)
    for page in pages.values():
        # filed under a topic and a country of their own, saved (not updated) so they really carry them
        page.topics.add("Secret topic")
        page.countries.add(content.romania)
        page.save()
    participants = create_hidden_pages(ParticipantPageFactory, content.site.participant_index, country=content.albania)
    events = create_hidden_pages(EventPageFactory, content.site.event_index)
    return {"news": pages, "participants": participants, "events": events}


def all_titles(api, **params):
    return {item["title"] for item in api("pages/", limit=100, **params)["items"]}


def test_listing_shows_no_hidden_page(api, hidden):
    seen = all_titles(api)
    assert not seen & set(HIDDEN_TITLES.values())
    assert "Housing in Albania" in seen


@pytest.mark.parametrize("type_", ["news.NewsPage", "people.ParticipantPage", "events.EventPage"])
def test_typed_listing_with_every_field_shows_no_hidden_page(api, hidden, type_):
    body = api("pages/", type=type_, fields="*", limit=100)
    assert not {item["title"] for item in body["items"]} & set(HIDDEN_TITLES.values())
    assert SECRET not in str(body)


@pytest.mark.parametrize("kind", ["news", "participants", "events"])
@pytest.mark.parametrize("name", list(HIDDEN_TITLES))
def test_detail_of_a_hidden_page_is_a_404(api, hidden, kind, name):
    api(f"pages/{hidden[kind][name].pk}/", expect=404)


@pytest.mark.parametrize("name", list(HIDDEN_TITLES))
def test_find_does_not_find_a_hidden_page(api, hidden, name):
    page = hidden["news"][name]
    api("pages/find/", expect=404, id=page.pk)
    api("pages/find/", expect=404, html_path=f"/en/news/{page.slug}/")


def test_search_finds_no_hidden_page(api, hidden):
    assert api("pages/", search=SECRET)["meta"]["total_count"] == 0
    assert not all_titles(api, search="Hidden") & set(HIDDEN_TITLES.values())


def test_filters_and_facets_count_no_hidden_page(api, hidden):
    assert api("pages/", topic="secret-topic", expect=200)["meta"]["total_count"] == 0
    facets = api("pages/", facets="topic,country,type")["meta"]["facets"]
    assert "secret-topic" not in {facet["slug"] for facet in facets["topic"]}
    romania = next(facet for facet in facets["country"] if facet["code"] == "RO")
    assert romania["count"] == 4


def test_countries_and_topics_count_no_hidden_page(api, hidden):
    counts = {item["code"]: item["page_count"] for item in api("countries/", limit=100)["items"]}
    assert counts["RO"] == 4 and counts["AL"] == 4
    topics = {item["slug"]: item["page_count"] for item in api("topics/")["items"]}
    assert topics["secret-topic"] == 0


def test_logged_in_session_does_not_open_private_pages(admin_client, hidden):
    body = admin_client.get("/api/v2/pages/", {"limit": 100}).json()
    assert not {item["title"] for item in body["items"]} & set(HIDDEN_TITLES.values())


def test_newer_draft_revision_is_not_served(api, content):
    page = content.news
    page.title = "Draft title"
    page.teaser = f"{SECRET} draft teaser"
    page.save_revision()
    body = api(f"pages/{page.pk}/")
    assert body["title"] == "Housing in Albania"
    assert SECRET not in str(body)
    listing = api("pages/", type="news.NewsPage", fields="*")
    assert SECRET not in str(listing) and "Draft title" not in str(listing)
    assert api("pages/", search=SECRET)["meta"]["total_count"] == 0


def test_nested_pages_hide_the_ones_not_public(api, content):
    Page.objects.get(pk=content.tirana.pk).specific.unpublish()
    content.seminar.unpublish()
    body = api(f"pages/{content.news.pk}/")
    assert body["related_participants"] == []
    assert body["related_event"] is None
