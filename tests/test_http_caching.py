"""Anonymous GET responses of pages and of the API carry an ETag and a public
Cache-Control and answer conditional requests with 304; nothing personal (a
signed-in editor, a session, a CSRF token, credentials) is ever marked
public."""

import datetime
import time

import pytest

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.http import http_date

from wagtail.models import Page, PageViewRestriction

from headless import content_version
from tests.factories import FormPageFactory, NewsIndexPageFactory, NewsPageFactory


@pytest.fixture
def news(home_page):
    index = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=index, title="Tivat joins the Alliance", slug="tivat")
    return index


@pytest.fixture
def api(settings):
    settings.ROOT_URLCONF = "tests.api_urls"


def cache_control(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


def test_an_anonymous_page_is_public_with_an_etag(news, client):
    response = client.get("/en/news/tivat/")

    assert response.status_code == 200
    assert cache_control(response) == {"public", "max-age=60", "s-maxage=300"}
    assert response["ETag"].startswith('"')


def test_a_conditional_request_answers_304_until_the_page_changes(news, client):
    first = client.get("/en/news/tivat/")

    again = client.get("/en/news/tivat/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == first["ETag"]
    assert "public" in cache_control(again)

    page = news.get_children().get().specific
    page.title = "Tivat, the newest member"
    page.save_revision().publish()
    changed = client.get("/en/news/tivat/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert changed.status_code == 200
    assert changed["ETag"] != first["ETag"]


@pytest.mark.parametrize("url", ["/en/feeds/news.rss", "/en/feeds/news.json", "/en/feeds/events.ics", "/sitemap.xml"])
def test_a_304_repeats_the_cache_control_of_the_200(news, client, url):
    first = client.get(url)
    assert first.status_code == 200
    assert "public" in cache_control(first)

    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    # RFC 9110, 15.4.5: a 304 carries the Cache-Control the 200 would have.
    assert cache_control(again) == cache_control(first)


@pytest.mark.parametrize("url", ["/en/feeds/news.rss", "/en/feeds/news.atom", "/sitemap.xml"])
def test_unpublishing_the_newest_item_is_not_answered_not_modified(news, client, url):
    """A Last-Modified taken from the newest item would move backwards when that item is
    unpublished, and a reader asking If-Modified-Since would keep it: none is sent, and the
    ETag tells the change."""
    newest = NewsPageFactory(parent=news, title="The newest item", slug="newest-item", date=datetime.date(2099, 1, 1))
    first = client.get(url)
    assert b"newest-item" in first.content
    assert not first.has_header("Last-Modified")

    newest.unpublish()
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"], HTTP_IF_MODIFIED_SINCE=http_date(time.time()))
    assert again.status_code == 200
    assert b"newest-item" not in again.content


def test_max_age_comes_from_the_settings(news, client, settings):
    settings.HTTP_CACHE_MAX_AGE = 5
    settings.HTTP_CACHE_S_MAXAGE = 600

    assert cache_control(client.get("/en/news/")) == {"public", "max-age=5", "s-maxage=600"}


def test_api_responses_are_public_with_an_etag_and_answer_304(news, client, api):
    listing = client.get("/api/v2/pages/")
    assert listing.status_code == 200
    assert cache_control(listing) == {"public", "max-age=60", "s-maxage=300"}

    assert client.get("/api/v2/pages/", HTTP_IF_NONE_MATCH=listing["ETag"]).status_code == 304
    other_query = client.get("/api/v2/pages/?type=news.NewsPage", HTTP_IF_NONE_MATCH=listing["ETag"])
    assert other_query.status_code == 200


def vary(response):
    return {name.strip().lower() for name in response.get("Vary", "").split(",") if name.strip()}


@pytest.mark.parametrize("url", ["/api/v2/pages/", "/api/v3/pages/"])
def test_public_api_answers_are_keyed_on_credentials_by_shared_caches(news, client, url):
    """A CDN must not hand the anonymous answer to an editor's token or a consumer's key."""
    response = client.get(url)
    assert response.status_code == 200
    assert "public" in cache_control(response)
    assert {"authorization", "x-api-key"} <= vary(response)
    # Pages take no credentials: their entries are not split by them.
    assert "authorization" not in vary(client.get("/en/news/tivat/"))


def test_a_signed_in_editor_gets_private_pages(news, client):
    client.force_login(get_user_model().objects.create_superuser("editor", "editor@example.org", "password"))

    response = client.get("/en/news/tivat/")

    assert cache_control(response) == {"private", "no-store"}
    assert not response.has_header("ETag")


def test_a_request_with_credentials_is_private(news, client, api):
    response = client.get("/api/v2/pages/", HTTP_AUTHORIZATION="Bearer some-token")

    assert cache_control(response) == {"private", "no-store"}


def test_a_page_with_a_form_and_its_csrf_token_is_never_shared(home_page, client):
    FormPageFactory(parent=home_page)

    first = client.get("/en/join-the-alliance/")
    assert b"csrfmiddlewaretoken" in first.content
    assert cache_control(first) == {"private", "no-store"}

    # A visitor who already holds the CSRF cookie still gets a token of their own.
    again = client.get("/en/join-the-alliance/")
    assert client.cookies.get("csrftoken")
    assert cache_control(again) == {"private", "no-store"}
    assert not again.has_header("ETag")


def test_a_visitor_with_a_session_gets_private_pages(news, client):
    page = news.get_children().get()
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret")
    form = client.get("/en/news/tivat/")
    assert {"private", "no-store"} <= cache_control(form), "the password form holds a CSRF token"

    client.post(
        f"/en/_util/authenticate_with_password/{page.get_view_restrictions().get().pk}/{page.pk}/",
        {"password": "secret", "return_url": "/en/news/tivat/"},
    )
    response = client.get("/en/news/tivat/")
    assert response.status_code == 200
    assert b"Tivat joins the Alliance" in response.content
    assert {"private", "no-store"} <= cache_control(response)
    assert "public" not in cache_control(response)

    # With a session, even an open page is kept out of shared caches.
    assert client.cookies.get("sessionid")
    assert cache_control(client.get("/en/news/")) == {"private", "no-store"}


def test_the_admin_keeps_its_own_no_cache_headers(admin_client):
    response = admin_client.get("/admin/")

    assert "public" not in cache_control(response)
    assert "no-cache" in cache_control(response) or "private" in cache_control(response)


def test_errors_and_posts_are_not_marked_cacheable(news, client):
    missing = client.get("/en/news/no-such-item/")
    assert missing.status_code == 404
    assert "public" not in cache_control(missing)

    posted = client.post("/en/news/")
    assert "public" not in cache_control(posted)
    assert not posted.has_header("ETag")


def test_without_a_shared_cache_each_process_learns_of_an_expiry_date_set_elsewhere(news, client, monkeypatch):
    """Without Redis another gunicorn worker's publish moves only that worker's own content
    version: this process looks the next expiry date up again every LOCAL_EXPIRY_TIMEOUT s."""
    monkeypatch.setattr(content_version, "LOCAL_EXPIRY_TIMEOUT", 1)
    content_version.response_cache().delete(content_version.EXPIRY_KEY)
    assert "max-age=60" in cache_control(client.get("/en/news/"))

    # What this process sees of the other worker's publish: the row, not the signals.
    page = news.get_children().get()
    Page.objects.filter(pk=page.pk).update(expire_at=timezone.now() + datetime.timedelta(seconds=30))
    time.sleep(1.1)

    ages = {
        part.partition("=")[0]: int(part.partition("=")[2])
        for part in cache_control(client.get("/en/news/"))
        if "=" in part
    }
    assert ages["max-age"] <= 30 and ages["s-maxage"] <= 30
