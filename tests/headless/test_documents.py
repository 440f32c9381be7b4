"""Stored documents (headless/documents.py): each public page rendered once per change of what
it shows, served to anonymous visitors in one query, and made due in the transaction of any
change that would make it show something else, then rendered again by the first request or
the worker."""

import datetime
import hashlib
import io
import time

import pytest

from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import PageViewRestriction

from headless import documents
from headless.models import DocumentGeneration, StoredDocument
from people.models import ParticipantPage
from tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    FormPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ParticipantIndexPageFactory,
    ParticipantPageFactory,
    TopicFactory,
)
from tests.queries import fetch


@pytest.fixture
def news(home_page):
    index = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=index, title="Tivat joins the Alliance", slug="tivat")
    return index


def stored(path):
    return StoredDocument.objects.rendered().filter(path=path).exists()


def publish(page):
    page.save_revision().publish()


@pytest.mark.parametrize("path", ["/en/news/tivat/", "/en/news/", "/en/"])
def test_a_stored_document_is_what_the_page_renders_served_in_one_query(news, client, path):
    rendered = client.get(path)
    assert documents.render(path)

    served = fetch(client, path)

    assert served.status_code == 200
    assert served.queries == 1
    assert served.content == rendered.content
    assert served["Content-Type"] == rendered["Content-Type"]
    assert served["Cache-Control"] == rendered["Cache-Control"]
    assert served["ETag"] == rendered["ETag"]
    assert served["Content-Security-Policy"] == rendered["Content-Security-Policy"]


def test_publishing_a_change_makes_the_documents_showing_the_page_due(news, client):
    for path in ("/en/news/tivat/", "/en/news/", "/en/"):
        documents.render(path)
    page = NewsPageFactory._meta.model.objects.get(slug="tivat")
    page.title = "Tivat, Montenegro, joins the Alliance"

    publish(page)

    assert not stored("/en/news/tivat/") and not stored("/en/news/") and not stored("/en/")
    assert b"Tivat, Montenegro, joins" in client.get("/en/news/tivat/").content
    assert b"Tivat, Montenegro, joins" in client.get("/en/news/").content


def test_a_draft_leaves_the_documents_alone(news, client):
    documents.render("/en/news/tivat/")
    page = NewsPageFactory._meta.model.objects.get(slug="tivat")
    page.title = "A draft title"

    page.save_revision()

    assert stored("/en/news/tivat/")
    assert b"A draft title" not in client.get("/en/news/tivat/").content


def test_a_new_item_deletes_the_lists_it_enters(news, client):
    documents.render("/en/news/")
    documents.render("/en/news/tivat/")

    NewsPageFactory(parent=news, title="Megara joins the Alliance", slug="megara")

    assert not stored("/en/news/")
    assert stored("/en/news/tivat/")
    assert b"Megara joins" in client.get("/en/news/").content


def test_an_unpublished_page_is_gone_at_once(news, client):
    documents.render("/en/news/tivat/")
    documents.render("/en/news/")

    NewsPageFactory._meta.model.objects.get(slug="tivat").unpublish()

    assert client.get("/en/news/tivat/").status_code == 404
    assert b"Tivat joins" not in client.get("/en/news/").content


def test_a_privacy_setting_makes_every_document_due(news, client):
    documents.render("/en/news/tivat/")
    documents.render("/en/")

    PageViewRestriction.objects.create(page=news, restriction_type=PageViewRestriction.PASSWORD, password="x")

    assert not StoredDocument.objects.rendered().exists()
    assert client.get("/en/news/tivat/").status_code == 200
    assert b"password" in client.get("/en/news/tivat/").content.lower()
    assert not StoredDocument.objects.filter(path="/en/news/tivat/").exists(), "private: nothing due there"


def test_after_a_change_the_first_request_renders_and_stores_the_page_the_next_is_served_it(news, client):
    documents.render("/en/news/tivat/")
    page = NewsPageFactory._meta.model.objects.get(slug="tivat")
    page.title = "Tivat, Montenegro, joins the Alliance"
    publish(page)  # the worker's turn never comes: the test's transaction does not commit
    assert StoredDocument.objects.due().filter(path="/en/news/tivat/").exists()

    first = client.get("/en/news/tivat/")
    assert b"Tivat, Montenegro, joins" in first.content
    assert stored("/en/news/tivat/")

    served = fetch(client, "/en/news/tivat/")
    assert served.queries == 1
    assert served.content == first.content


def test_a_due_document_of_an_unpublished_page_is_not_rendered_again(news, client):
    documents.render("/en/news/tivat/")

    NewsPageFactory._meta.model.objects.get(slug="tivat").unpublish()

    assert client.get("/en/news/tivat/").status_code == 404
    assert not StoredDocument.objects.filter(path="/en/news/tivat/").exists()


def test_a_snippet_change_deletes_the_documents_that_show_it(news, client):
    topic = TopicFactory(name="Housing", slug="housing")
    page = NewsPageFactory._meta.model.objects.get(slug="tivat")
    page.topics.add(topic)
    publish(page)
    documents.render("/en/news/tivat/")

    topic.name = "Housing and land"
    topic.save()

    assert not stored("/en/news/tivat/")
    assert b"Housing and land" in client.get("/en/news/tivat/").content


def test_a_document_is_not_served_past_the_expiry_date_of_a_page_it_shows(news, client):
    page = NewsPageFactory._meta.model.objects.get(slug="tivat")
    page.expire_at = timezone.now() + datetime.timedelta(seconds=3)
    publish(page)
    documents.render("/en/news/")
    documents.render("/en/news/tivat/")
    assert StoredDocument.objects.get(path="/en/news/").valid_until == page.expire_at

    time.sleep(max(0, (page.expire_at - timezone.now()).total_seconds()) + 0.1)

    assert b"Tivat joins" not in client.get("/en/news/").content
    assert client.get("/en/news/tivat/").status_code == 404


@pytest.mark.parametrize(
    "request_kwargs",
    [
        {"QUERY_STRING": "page=1"},
        {"HTTP_COOKIE": "sessionid=abc"},
        {"HTTP_AUTHORIZATION": "Bearer x"},
        {"HTTP_HOST": "other.example.org"},
    ],
    ids=["query string", "session", "credentials", "another host"],
)
def test_only_plain_anonymous_requests_on_the_public_address_are_served_documents(news, settings, request_kwargs):
    settings.ALLOWED_HOSTS = ["testserver", "other.example.org"]
    documents.render("/en/news/tivat/")
    StoredDocument.objects.filter(path="/en/news/tivat/").update(content=b"stored")

    response = Client().get("/en/news/tivat/", **request_kwargs)

    assert response.content != b"stored"


def test_a_rendering_overtaken_by_a_change_is_not_stored(news, monkeypatch, django_capture_on_commit_callbacks):
    render = documents.handler().get_response

    def change_meanwhile(request):
        response = render(request)
        documents.move_generation_on()
        return response

    monkeypatch.setattr(documents.handler(), "get_response", change_meanwhile)
    DocumentGeneration.objects.get_or_create(pk=1)

    with django_capture_on_commit_callbacks() as asked_again:
        assert not documents.render("/en/news/tivat/")
    assert not stored("/en/news/tivat/")
    assert len(asked_again) == 1, "overtaken at every attempt, the path is left to a task of its own"


def test_a_rendering_overtaken_once_is_begun_again_and_stored(news, monkeypatch):
    render = documents.handler().get_response
    changes = []

    def change_once(request):
        response = render(request)
        if not changes:
            changes.append(documents.move_generation_on())
        return response

    monkeypatch.setattr(documents.handler(), "get_response", change_once)
    DocumentGeneration.objects.get_or_create(pk=1)

    assert documents.render("/en/news/tivat/")
    assert stored("/en/news/tivat/") and changes


def test_forms_and_missing_pages_are_not_stored(home_page, news):
    FormPageFactory(parent=home_page, title="Join the Alliance", slug="join")

    assert not documents.render("/en/join/"), "a form embeds a CSRF token: private"
    assert not documents.render("/en/no-such-page/")
    assert not StoredDocument.objects.exists()


def test_the_worker_stores_the_pages_a_change_made_due_once_it_commits(news, django_capture_on_commit_callbacks):
    documents.render("/en/news/")
    with django_capture_on_commit_callbacks(execute=True):
        NewsPageFactory(parent=news, title="Megara joins the Alliance", slug="megara")

    assert stored("/en/news/") and stored("/en/news/megara/")
    assert b"Megara joins" in StoredDocument.objects.get(path="/en/news/").content


def test_a_participant_change_that_leaves_the_counter_as_it_was_keeps_the_other_documents(home_page, news):
    participants = ParticipantIndexPageFactory(parent=home_page)
    ParticipantPageFactory(parent=participants, title="Tivat", slug="tivat-me")
    documents.render("/en/news/tivat/")
    page = ParticipantPage.objects.get(slug="tivat-me")

    page.title = "Tivat (Montenegro)"
    publish(page)
    assert stored("/en/news/tivat/")

    ParticipantPageFactory(parent=participants, title="Megara", slug="megara")
    assert not stored("/en/news/tivat/")


def test_a_document_past_its_date_is_rendered_again_by_the_next_request(news, client):
    documents.render("/en/news/tivat/")
    StoredDocument.objects.filter(path="/en/news/tivat/").update(
        valid_until=timezone.now() - datetime.timedelta(seconds=1), content=b"stale"
    )

    first = client.get("/en/news/tivat/")

    assert first.content != b"stale"
    stored_again = StoredDocument.objects.get(path="/en/news/tivat/")
    assert stored_again.content != b"stale" and stored_again.valid_until is None


def test_a_published_translation_replaces_the_fallback_document(news, client, french):
    documents.render("/fr/news/tivat/")
    assert b"Tivat joins" in client.get("/fr/news/tivat/").content

    english = NewsPageFactory._meta.model.objects.get(slug="tivat")
    translation = english.copy_for_translation(french, copy_parents=True)
    translation.title = "Tivat rejoint l'Alliance"
    publish(translation)
    for ancestor in translation.get_ancestors().filter(depth__gt=1).specific():
        if not ancestor.live:
            publish(ancestor)

    assert not stored("/fr/news/tivat/")
    assert b"Tivat rejoint" in client.get("/fr/news/tivat/").content


LISTING = "/api/v2/pages/?type=news.NewsPage&fields=*"


def test_a_listing_of_one_type_with_all_fields_serves_the_stored_items(news, client):
    live = client.get(LISTING).json()
    page = NewsPageFactory._meta.model.objects.get(slug="tivat")
    assert documents.render(documents.Item.key(page))

    with CaptureQueriesContext(connection) as queries:
        served = client.get(LISTING).json()

    assert served == live
    assert any("headless_storeddocument" in query["sql"] for query in queries.captured_queries)
    assert not any('"news_newspage"."body"' in query["sql"] for query in queries.captured_queries)


def test_a_stored_item_is_made_due_by_a_change_and_not_used_for_other_fields(news, client):
    page = NewsPageFactory._meta.model.objects.get(slug="tivat")
    documents.render(documents.Item.key(page))
    StoredDocument.objects.filter(path=documents.Item.key(page)).update(content=b'{"id": %d, "stale": true}' % page.pk)
    assert client.get(LISTING).json()["items"][0] == {"id": page.pk, "stale": True}, "served as stored"

    assert "stale" not in client.get(LISTING + "&rich_text_format=html").json()["items"][0]
    assert "stale" not in client.get("/api/v2/pages/?type=news.NewsPage&fields=title").json()["items"][0]
    page.title = "Tivat, Montenegro, joins the Alliance"
    publish(page)
    assert client.get(LISTING).json()["items"][0]["title"] == "Tivat, Montenegro, joins the Alliance"


def test_an_unpublished_page_leaves_the_listing_with_its_item(news, client):
    page = NewsPageFactory._meta.model.objects.get(slug="tivat")
    documents.render(documents.Item.key(page))

    page.unpublish()

    assert client.get(LISTING).json()["items"] == []
    assert not stored(documents.Item.key(page))


def test_a_list_is_valid_until_the_next_page_of_its_set_expires_even_one_it_does_not_show(home_page, news):
    home_page.news_count = 1
    home_page.save()
    older = NewsPageFactory._meta.model.objects.get(slug="tivat")
    older.expire_at = timezone.now() + datetime.timedelta(minutes=2)  # before tomorrow, the date events change
    publish(older)
    NewsPageFactory(parent=news, title="Megara joins the Alliance", slug="megara", date=datetime.date(2020, 1, 1))

    documents.render("/en/")

    home = StoredDocument.objects.get(path="/en/")
    assert b"Megara joins" in home.content and b"Tivat joins" not in home.content
    assert home.valid_until is not None and home.valid_until <= older.expire_at


@pytest.mark.parametrize("path", ["/en/feeds/news.rss", "/en/feeds/news.json"])
def test_a_feed_is_stored_and_a_new_item_makes_it_due(news, client, path):
    rendered = client.get(path)
    assert documents.render(path)
    served = fetch(client, path)
    assert served.queries == 1
    assert served.content == rendered.content and served["Content-Type"] == rendered["Content-Type"]

    NewsPageFactory(parent=news, title="Megara joins the Alliance", slug="megara")

    assert not stored(path)
    assert b"Megara joins" in client.get(path).content


def test_the_events_calendar_is_stored_until_an_event_stops_being_upcoming(home_page, client):
    EventPageFactory(
        parent=EventIndexPageFactory(parent=home_page),
        title="Seminar in Strasbourg",
        start_date=timezone.localdate() + datetime.timedelta(days=30),
    )
    assert documents.render("/en/feeds/events.ics")

    calendar = StoredDocument.objects.get(path="/en/feeds/events.ics")
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    assert calendar.valid_until <= timezone.make_aware(datetime.datetime.combine(tomorrow, datetime.time.min))
    assert b"Seminar in Strasbourg" in fetch(client, "/en/feeds/events.ics").content


def test_a_request_waits_for_another_process_rendering_the_same_due_page(news, client, monkeypatch):
    path = "/en/news/tivat/"
    documents.render(path)
    page = NewsPageFactory._meta.model.objects.get(slug="tivat")
    page.title = "Tivat, Montenegro, joins the Alliance"
    publish(page)
    lock = "documents-rendering:" + hashlib.sha256(path.encode()).hexdigest()
    assert caches["default"].add(lock, "another process")
    render, rendered_here = documents.render, []
    monkeypatch.setattr(documents, "render", lambda path: rendered_here.append(path) or render(path))
    # The other process stores it while this request waits.
    monkeypatch.setattr(documents, "pause", lambda: render(path))

    response = client.get(path)

    assert b"Tivat, Montenegro, joins" in response.content
    assert rendered_here == [], "served what the other process stored"


def test_store_documents_stores_every_live_page_its_item_the_browse_pages_and_the_feeds(news, home_page):
    page = NewsPageFactory._meta.model.objects.get(slug="tivat")
    page.topics.add(TopicFactory(name="Housing", slug="housing"))
    publish(page)
    out = io.StringIO()

    call_command("store_documents", "--progress-every", "1000", stdout=out)

    for path in (
        "/en/",
        "/en/news/",
        "/en/news/tivat/",
        documents.Item.key(page),
        "/en/topics/",
        "/en/topics/housing/",
    ):
        assert stored(path), path
    for path in ("/en/feeds/news.rss", "/en/feeds/news.atom", "/en/feeds/news.json", "/en/feeds/events.ics"):
        assert stored(path), path
    assert not StoredDocument.objects.filter(path__contains="/feeds/news/topic/").exists()
    assert "stored" in out.getvalue()
