"""The response cache: an anonymous page or API answer is rendered once and then
handed out from the cache without a database query, until anything a visitor
can see changes; nothing personal is ever stored or served from it. Every test
runs on the in-memory cache and, marked `redis`, on a real redis-server."""

import datetime
import time

import pytest

from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from wagtail.models import Locale, PageViewRestriction

from headless import documents
from taxonomy.models import Country
from tests.factories import (
    CountryFactory,
    FormPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ParticipantIndexPageFactory,
    ParticipantPageFactory,
)
from tests.queries import fetch


@pytest.fixture
def response_cache(cache_backend, settings):
    settings.RESPONSE_CACHE = True
    return cache_backend


@pytest.fixture
def news(home_page, response_cache):
    index = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=index, title="Tivat joins the Alliance", slug="tivat")
    return index


@pytest.mark.parametrize("url", ["/en/news/tivat/", "/en/news/", "/en/", "/api/v2/pages/?fields=*", "/api/v3/pages/"])
def test_the_second_anonymous_request_is_served_from_the_cache_without_a_query(news, client, url):
    first = fetch(client, url)
    second = fetch(client, url)

    assert first.status_code == second.status_code == 200
    assert (first["X-Cache"], second["X-Cache"]) == ("MISS", "HIT")
    assert second.queries == 0
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]
    assert second["Content-Type"] == first["Content-Type"]
    assert "public" in second["Cache-Control"]
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]


def test_a_cached_response_answers_a_conditional_request_with_304(news, client):
    first = client.get("/en/news/tivat/")
    client.get("/en/news/tivat/")

    again = client.get("/en/news/tivat/", HTTP_IF_NONE_MATCH=first["ETag"])

    assert again.status_code == 304
    assert again["X-Cache"] == "HIT"
    assert again.content == b""


def test_a_query_string_is_its_own_entry(news, client):
    client.get("/api/v2/pages/")

    filtered = client.get("/api/v2/pages/?type=news.NewsPage")

    assert filtered["X-Cache"] == "MISS"
    assert [item["title"] for item in filtered.json()["items"]] == ["Tivat joins the Alliance"]


def test_a_published_change_is_served_on_the_next_request(news, client):
    for url in ("/en/news/tivat/", "/en/news/", "/api/v2/pages/"):
        client.get(url)
        assert client.get(url)["X-Cache"] == "HIT"

    page = news.get_children().get().specific
    page.title = "Tivat, the newest member"
    page.save_revision().publish()

    for url in ("/en/news/tivat/", "/en/news/", "/api/v2/pages/"):
        response = client.get(url)
        assert response["X-Cache"] == "MISS"
        assert "Tivat, the newest member" in response.content.decode()


def test_an_unpublished_page_is_gone_on_the_next_request(news, client):
    client.get("/en/news/tivat/")
    assert client.get("/en/news/tivat/")["X-Cache"] == "HIT"

    news.get_children().get().specific.unpublish()

    assert client.get("/en/news/tivat/").status_code == 404
    assert "Tivat joins" not in client.get("/en/news/").content.decode()


def test_a_deleted_or_moved_page_is_gone_on_the_next_request(news, home_page, client):
    page = news.get_children().get()
    other_index = ParticipantIndexPageFactory(parent=home_page)
    client.get("/en/news/tivat/")
    client.get("/en/news/")

    page.move(other_index, pos="last-child")
    old_address = client.get("/en/news/tivat/")
    assert old_address.status_code == 301, "Wagtail's automatic redirect, not the cached page"
    assert old_address["Location"] == "/en/participants/tivat/"
    assert client.get("/en/participants/tivat/").status_code == 200

    page.refresh_from_db()
    page.delete()
    assert client.get("/en/participants/tivat/").status_code == 404


def test_a_snippet_change_is_served_on_the_next_request(home_page, response_cache, client):
    participants = ParticipantIndexPageFactory(parent=home_page)
    ParticipantPageFactory(parent=participants, title="Tivat", slug="tivat", country=CountryFactory())
    client.get("/en/participants/tivat/")
    assert client.get("/en/participants/tivat/")["X-Cache"] == "HIT"

    Country.objects.filter(code="AL").update(name="unused")  # behind the signals' back: still cached
    assert client.get("/en/participants/tivat/")["X-Cache"] == "HIT"
    albania = Country.objects.get(code="AL")
    albania.name = "Republic of Albania"
    albania.save()

    response = client.get("/en/participants/tivat/")
    assert response["X-Cache"] == "MISS"
    assert "Republic of Albania" in response.content.decode()


def test_a_page_made_private_is_never_served_from_the_cache(news, client):
    client.get("/en/news/tivat/")
    assert client.get("/en/news/tivat/")["X-Cache"] == "HIT"

    PageViewRestriction.objects.create(page=news.get_children().get(), restriction_type=PageViewRestriction.LOGIN)

    response = client.get("/en/news/tivat/")
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_a_signed_in_editor_bypasses_the_cache_and_is_never_stored(news, client):
    client.get("/en/news/tivat/")
    editor = Client()
    editor.force_login(get_user_model().objects.create_superuser("editor", "editor@example.org", "password"))

    for _ in range(2):
        response = fetch(editor, "/en/news/tivat/")
        assert not response.has_header("X-Cache")
        assert response.queries > 0
        assert "private" in response["Cache-Control"]

    # What the editor was shown went nowhere: anonymous visitors still get their own copy.
    assert client.get("/en/news/tivat/")["X-Cache"] == "HIT"


def test_an_editor_s_view_of_a_page_is_never_handed_to_a_visitor(news, client):
    editor = Client()
    editor.force_login(get_user_model().objects.create_superuser("editor", "editor@example.org", "password"))
    editor.get("/en/news/tivat/")

    assert client.get("/en/news/tivat/")["X-Cache"] == "MISS"


def test_a_login_restricted_page_is_never_stored(news, client, member_client):
    page = news.get_children().get()
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    assert member_client.get("/en/news/tivat/").status_code == 200
    assert member_client.get("/en/news/tivat/").status_code == 200

    response = client.get("/en/news/tivat/")
    assert response.status_code == 302
    assert response["X-Cache"] == "MISS"


def test_a_draft_is_never_served(home_page, response_cache, client):
    index = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=index, slug="draft", live=False)

    for _ in range(2):
        assert client.get("/en/news/draft/").status_code == 404


def test_forms_posts_and_credentials_are_never_stored(home_page, response_cache, client):
    FormPageFactory(parent=home_page)
    for _ in range(2):
        form = client.get("/en/join-the-alliance/")
        assert form["X-Cache"] == "MISS", "the form holds the visitor's own CSRF token"

    posted = client.post("/en/join-the-alliance/", {})
    assert not posted.has_header("X-Cache")

    for _ in range(2):
        with_credentials = client.get("/api/v2/pages/", HTTP_AUTHORIZATION="Bearer some-token")
        assert not with_credentials.has_header("X-Cache")
    assert client.get("/api/v2/pages/")["X-Cache"] == "MISS"


def test_each_language_has_its_own_entry(news, home_page, client):
    french = Locale.objects.get(language_code="fr")
    home_page.copy_for_translation(french).save_revision().publish()
    english = client.get("/en/")
    client.get("/en/")

    response = client.get("/fr/")

    assert response["X-Cache"] == "MISS"
    assert response["Content-Language"] == "fr"
    assert response.content != english.content
    assert client.get("/fr/")["X-Cache"] == "HIT"


def test_the_api_in_another_language_is_its_own_entry(news, home_page, client):
    french = Locale.objects.get(language_code="fr")
    home_page.copy_for_translation(french).save_revision().publish()
    client.get("/api/v2/pages/?locale=en")

    response = client.get("/api/v2/pages/?locale=fr")

    assert response["X-Cache"] == "MISS"
    assert {item["meta"]["locale"] for item in response.json()["items"]} == {"fr"}


def test_a_cors_answer_is_kept_per_origin(news, client, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://app.example.org"]
    allowed = client.get("/api/v2/pages/", HTTP_ORIGIN="https://app.example.org")
    assert allowed["Access-Control-Allow-Origin"] == "https://app.example.org"

    for _ in range(2):
        other = client.get("/api/v2/pages/", HTTP_ORIGIN="https://elsewhere.example.org")
        assert not other.has_header("Access-Control-Allow-Origin")
        no_origin = client.get("/api/v2/pages/")
        assert not no_origin.has_header("Access-Control-Allow-Origin")

    again = client.get("/api/v2/pages/", HTTP_ORIGIN="https://app.example.org")
    assert again["X-Cache"] == "HIT"
    assert again["Access-Control-Allow-Origin"] == "https://app.example.org"


def test_nothing_is_cached_when_the_setting_is_off(news, client, settings):
    settings.RESPONSE_CACHE = False

    for _ in range(2):
        response = client.get("/en/news/tivat/")
        assert not response.has_header("X-Cache")


def test_an_editor_s_preview_is_never_stored_for_visitors(news, client):
    """Wagtail renders a preview by sending a made-up request for the page's own address through
    the middleware; without the editor's cookies (none are copied when there is no original
    request) it looks anonymous."""
    page = news.get_children().get().specific
    page.title = "Tivat joins the Alliance (draft)"

    preview = page.make_preview_request()
    assert "(draft)" in preview.content.decode()
    assert not preview.has_header("X-Cache")

    for _ in range(2):
        public = client.get("/en/news/tivat/", HTTP_HOST="localhost")
        assert public.status_code == 200
        assert "(draft)" not in public.content.decode()


EXPIRING_URLS = [
    "/en/",
    "/en/news/",
    "/api/v2/pages/?type=news.NewsPage",
    "/api/v3/pages/",
    "/en/feeds/news.rss",
    "/sitemap.xml",
]


def max_age(response):
    directives = dict(part.strip().partition("=")[::2] for part in response["Cache-Control"].split(","))
    return int(directives["max-age"]), int(directives["s-maxage"])


def test_no_cache_serves_a_page_once_its_expiry_date_has_passed(news, client):
    """The editor set the expiry date ahead, as the admin requires; nothing runs the scheduler."""
    expiring = NewsPageFactory(parent=news, title="Gone at the deadline", slug="gone-at-the-deadline")
    deadline = timezone.now() + datetime.timedelta(seconds=5)
    expiring.expire_at = deadline
    expiring.save_revision().publish()

    before = {}
    for url in EXPIRING_URLS:
        client.get(url)
        before[url] = client.get(url)
        assert before[url]["X-Cache"] == "HIT", url
        assert b"gone-at-the-deadline" in before[url].content, url
        # Neither a browser nor a CDN may keep it past the deadline.
        assert max(max_age(before[url])) <= 5, url
    assert timezone.now() < deadline, "the machine was too slow to check the answers before the deadline"

    time.sleep((deadline - timezone.now()).total_seconds() + 0.2)
    for url in EXPIRING_URLS:
        after = client.get(url, HTTP_IF_NONE_MATCH=before[url]["ETag"])
        assert after.status_code == 200, url
        assert after["X-Cache"] == "MISS", url
        assert b"gone-at-the-deadline" not in after.content, url
    assert client.get("/en/news/gone-at-the-deadline/").status_code == 404


def test_a_hit_tells_caches_only_the_seconds_left_before_the_next_expiry(news, client):
    expiring = NewsPageFactory(parent=news, title="Expires later", slug="expires-later")
    expiring.expire_at = timezone.now() + datetime.timedelta(seconds=40)
    expiring.save_revision().publish()

    stored = client.get("/en/news/")
    time.sleep(1.1)
    hit = client.get("/en/news/")

    assert hit["X-Cache"] == "HIT"
    assert max_age(stored)[0] <= 40
    assert max_age(hit)[0] < max_age(stored)[0]
    assert max_age(hit)[1] < 40


def test_static_files_never_reach_the_response_cache(news, client):
    for _ in range(2):
        response = client.get("/static/css/site.css")
        assert response.status_code == 200
        assert not response.has_header("X-Cache")


def test_a_publish_leaves_the_cached_answers_of_the_pages_it_did_not_change(news, client):
    index = news
    NewsPageFactory(parent=index, title="Megara joins the Alliance", slug="megara")
    # Pages stored as the worker stores them: their answers are kept under their own versions.
    for path in ("/en/news/tivat/", "/en/news/megara/", "/en/news/"):
        assert documents.render(path)
        client.get(path)
        assert client.get(path)["X-Cache"] == "HIT"

    page = NewsPageFactory._meta.model.objects.get(slug="tivat")
    page.title = "Tivat, the newest member"
    page.save_revision().publish()

    assert client.get("/en/news/megara/")["X-Cache"] == "HIT", "a page the change did not touch"
    for path in ("/en/news/tivat/", "/en/news/"):
        response = client.get(path)
        assert response["X-Cache"] == "MISS"
        assert "Tivat, the newest member" in response.content.decode()


def test_a_stored_page_s_answer_is_kept_no_longer_than_the_page_is_valid(news, client):
    page = NewsPageFactory._meta.model.objects.get(slug="tivat")
    page.expire_at = timezone.now() + datetime.timedelta(seconds=3)
    page.save_revision().publish()
    assert documents.render("/en/news/")
    client.get("/en/news/")
    assert client.get("/en/news/")["X-Cache"] == "HIT"

    time.sleep(max(0, (page.expire_at - timezone.now()).total_seconds()) + 0.1)

    assert "Tivat joins" not in client.get("/en/news/").content.decode()


def test_a_privacy_change_makes_every_stored_page_s_answer_unreachable(news, client):
    assert documents.render("/en/news/tivat/")
    client.get("/en/news/tivat/")
    assert client.get("/en/news/tivat/")["X-Cache"] == "HIT"

    PageViewRestriction.objects.create(page=news, restriction_type=PageViewRestriction.PASSWORD, password="x")

    assert "password" in client.get("/en/news/tivat/").content.decode().lower()
