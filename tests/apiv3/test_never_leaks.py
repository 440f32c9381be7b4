"""Drafts, newer unpublished revisions, private, scheduled and expired pages
never reach a caller without an editor token, nor an editor token whose user
may not edit them, through any v3 response: listing, detail or find."""

import datetime

import pytest

from wagtail.api.v3.routers import pages as pages_router

from apiv3.api import get_pages_queryset
from tests.factories import EventPageFactory, NewsPageFactory
from tests.hidden_pages import HIDDEN_TITLES, create_hidden_pages

from .conftest import bearer, editor_with, token_for

# With the caches off, and on Redis as production runs (tests/conftest.py caching).
pytestmark = pytest.mark.usefixtures("caching")


@pytest.fixture
def hidden(news_index, events_index):
    pages = {f"news {how}": page for how, page in create_hidden_pages(NewsPageFactory, news_index).items()}
    pages |= {
        f"event {how}": page
        for how, page in create_hidden_pages(
            EventPageFactory, events_index, start_date=datetime.date(2099, 1, 2)
        ).items()
    }
    visible = NewsPageFactory(parent=news_index, title="Visible news", slug="visible-news")
    # A published page whose newer revision is still a draft.
    revised = NewsPageFactory(parent=news_index, title="Published title", slug="revised")
    revised.title = "Hidden draft title"
    revised.save_revision()
    return {"pages": pages, "visible": visible, "revised": revised}


def listing_titles(client, headers, **params):
    response = client.get("/api/v3/pages/", {"limit": 20, **params}, **headers)
    assert response.status_code == 200, response.content
    return {item["title"] for item in response.json()["items"]}


CALLERS = ["anonymous", "consumer key", "token without rights"]


@pytest.fixture
def caller_headers(request, consumer_key, django_user_model, home_page):
    if request.param == "anonymous":
        return {}
    if request.param == "consumer key":
        return bearer(consumer_key)
    # An editor of the home page alone: no rights on news or events.
    user = editor_with(django_user_model, "homeeditor", home_page.get_parent(), [])
    return bearer(token_for(user))


@pytest.mark.parametrize("caller_headers", CALLERS, indirect=True)
def test_hidden_pages_are_not_listed(client, hidden, caller_headers):
    titles = listing_titles(client, caller_headers)
    assert not titles & set(HIDDEN_TITLES.values())
    assert "Hidden draft title" not in titles
    for page_type in ("news.NewsPage", "events.EventPage"):
        assert not listing_titles(client, caller_headers, type=page_type) & set(HIDDEN_TITLES.values())
    assert not listing_titles(client, caller_headers, search="Hidden") & set(HIDDEN_TITLES.values())


@pytest.mark.parametrize("caller_headers", CALLERS, indirect=True)
def test_hidden_pages_have_no_detail_and_cannot_be_found(client, hidden, caller_headers):
    for page in hidden["pages"].values():
        for version in ("live", "draft"):
            response = client.get(f"/api/v3/pages/{page.pk}/", {"version": version}, **caller_headers)
            assert response.status_code == 404, (page.title, response.content)
            assert response["Content-Type"] == "application/problem+json"
        response = client.get("/api/v3/pages/find/", {"id": page.pk}, **caller_headers)
        assert response.status_code == 404, page.title
        response = client.get(
            "/api/v3/pages/find/", {"html_path": page.url_path.removeprefix("/home")}, **caller_headers
        )
        assert response.status_code == 404, page.title
        assert str(page.pk) not in response.get("Location", "")


@pytest.mark.parametrize("caller_headers", ["anonymous", "consumer key"], indirect=True)
def test_newer_draft_of_a_published_page_stays_unseen(client, hidden, caller_headers):
    revised = hidden["revised"]
    for version in ("live", "draft"):
        response = client.get(f"/api/v3/pages/{revised.pk}/", {"version": version}, **caller_headers)
        assert response.status_code == 200
        assert response.json()["title"] == "Published title"
        assert b"Hidden draft title" not in response.content
    found = client.get("/api/v3/pages/find/", {"html_path": "/en/news/revised/"}, **caller_headers, follow=True)
    assert found.json()["title"] == "Published title"


def test_visible_pages_are_listed_and_found(client, hidden):
    assert {"Visible news", "Published title", "News", "Events"} <= listing_titles(client, {})
    found = client.get("/api/v3/pages/find/", {"html_path": "/en/news/visible-news/"}, follow=True)
    assert found.status_code == 200
    assert found.json()["id"] == hidden["visible"].pk


def test_password_entered_in_the_browser_does_not_open_the_page_to_the_api(client, hidden):
    page = hidden["pages"]["news password"]
    response = client.post(
        f"/en/_util/authenticate_with_password/{page.view_restrictions.get().pk}/{page.pk}/",
        {"password": "secret", "return_url": page.url},
    )
    assert response.status_code == 302
    assert client.get(page.url).status_code == 200  # the site now shows it to this browser
    assert client.get(f"/api/v3/pages/{page.pk}/").status_code == 404


def test_news_editor_token_sees_news_drafts_but_not_event_drafts(client, hidden, news_index, django_user_model):
    user = editor_with(django_user_model, "newseditor", news_index, ["add", "change"])
    headers = bearer(token_for(user))
    titles = listing_titles(client, headers, type="news.NewsPage")
    assert HIDDEN_TITLES["draft"] in titles
    event_draft = hidden["pages"]["event draft"]
    assert client.get(f"/api/v3/pages/{event_draft.pk}/", {"version": "draft"}, **headers).status_code == 404
    assert client.get(f"/api/v3/pages/{event_draft.pk}/revisions/", **headers).status_code in (403, 404)
    assert not listing_titles(client, headers, type="events.EventPage")


def test_the_pages_router_reads_through_our_queryset():
    assert pages_router.get_pages_queryset is get_pages_queryset
