"""Editors write news items and events through their API token with exactly
the rights they have in the admin."""

import datetime

import pytest

from django.test import Client

from wagtail.models import Page

from editorial.roles import MODERATION_TASK, MODERATION_WORKFLOW
from events.models import EventPage
from news.models import NewsPage
from tests.factories import EventPageFactory, NewsPageFactory, PersonFactory

from .conftest import bearer, editor_with, token_for

NEWS = {"date": "2025-03-01", "teaser": "Sent from outside."}


def create(client, headers, parent, page_type="news.NewsPage", action=None, **fields):
    meta = {"type": page_type, "parent_id": parent.pk}
    if action:
        meta["action"] = action
    payload = {"meta": meta, "title": "From the mobile app", **fields}
    return client.post("/api/v3/pages/", payload, content_type="application/json", **headers)


def update(client, headers, page, action=None, **fields):
    payload = {**fields, "meta": {"action": action}} if action else fields
    return client.patch(f"/api/v3/pages/{page.pk}/", payload, content_type="application/json", **headers)


@pytest.fixture
def news_editor(django_user_model, news_index):
    """May add news items and edit their own, not publish."""
    return editor_with(django_user_model, "newseditor", news_index, ["add"])


@pytest.fixture
def news_publisher(django_user_model, news_index):
    return editor_with(django_user_model, "newspublisher", news_index, ["add", "change", "publish"])


@pytest.fixture
def events_editor(django_user_model, events_index):
    return editor_with(django_user_model, "eventseditor", events_index, ["add", "change"])


def test_news_editor_token_creates_a_draft_under_the_news_index(client, news_index, news_editor):
    response = create(client, bearer(token_for(news_editor)), news_index, **NEWS)
    assert response.status_code == 201, response.content
    page = NewsPage.objects.get(title="From the mobile app")
    assert response.json()["id"] == page.pk
    assert (page.live, page.owner, page.date, page.teaser) == (
        False,
        news_editor,
        datetime.date(2025, 3, 1),
        NEWS["teaser"],
    )
    assert page.get_parent().specific == news_index
    assert page.latest_revision.user == news_editor
    assert client.get(f"/api/v3/pages/{page.pk}/").status_code == 404  # not public


def test_editor_without_publish_right_cannot_publish_on_create(client, news_index, news_editor):
    response = create(client, bearer(token_for(news_editor)), news_index, action="publish", **NEWS)
    assert response.status_code == 403
    assert response.json()["detail"] == "You do not have permission to publish this page."
    assert not NewsPage.objects.exists()


def test_publisher_token_may_publish_on_create(client, news_index, news_publisher):
    response = create(client, bearer(token_for(news_publisher)), news_index, action="publish", **NEWS)
    assert response.status_code == 201
    page = NewsPage.objects.get()
    assert page.live
    assert client.get(f"/api/v3/pages/{page.pk}/").json()["title"] == "From the mobile app"


def test_token_without_rights_on_news_gets_403_and_creates_nothing(client, news_index, events_editor):
    response = create(client, bearer(token_for(events_editor)), news_index, **NEWS)
    assert response.status_code == 403
    assert response["Content-Type"] == "application/problem+json"
    assert not NewsPage.objects.exists()


@pytest.mark.parametrize("headers", [{}, bearer("wagtail_not-a-real-token"), bearer("garbage")])
def test_anonymous_or_invalid_token_gets_401_and_creates_nothing(client, news_index, headers):
    response = create(client, headers, news_index, **NEWS)
    assert response.status_code == 401
    assert not NewsPage.objects.exists()


def test_revoked_token_gets_401(client, news_index, news_editor):
    token = token_for(news_editor)
    news_editor.api_tokens.get().revoke()
    assert create(client, bearer(token), news_index, **NEWS).status_code == 401
    assert not NewsPage.objects.exists()


def test_session_of_a_superuser_does_not_authorise_writes(client, news_index, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin", "admin@example.org", "password"))
    assert create(client, {}, news_index, **NEWS).status_code == 401
    assert not NewsPage.objects.exists()


def test_missing_or_bad_fields_answer_422_and_create_nothing(client, news_index, news_editor):
    headers = bearer(token_for(news_editor))
    missing = create(client, headers, news_index, teaser="No date")
    assert missing.status_code == 422
    assert ["body", "data", "news.NewsPage", "date"] in [error["loc"] for error in missing.json()["errors"]]
    bad = create(client, headers, news_index, date="yesterday", teaser="Bad date")
    assert bad.status_code == 422
    assert not NewsPage.objects.exists()


def test_news_item_cannot_go_under_the_events_index(client, events_index, news_index, django_user_model):
    user = editor_with(django_user_model, "everywhere", events_index.get_parent(), ["add"])
    response = create(client, bearer(token_for(user)), events_index, **NEWS)
    assert response.status_code in (403, 422)
    assert not NewsPage.objects.exists()


@pytest.mark.parametrize("page_type", ["news.InterviewPage", "home.HomePage", "people.ParticipantPage"])
def test_other_page_types_are_not_writable(client, news_index, news_publisher, page_type):
    response = create(client, bearer(token_for(news_publisher)), news_index, page_type=page_type, **NEWS)
    assert response.status_code == 422
    assert Page.objects.filter(title="From the mobile app").count() == 0


def test_events_editor_creates_an_event_draft(client, events_index, events_editor):
    response = create(
        client,
        bearer(token_for(events_editor)),
        events_index,
        page_type="events.EventPage",
        start_date="2026-05-04",
        city="Strasbourg",
        event_type="conference",
    )
    assert response.status_code == 201, response.content
    event = EventPage.objects.get()
    assert (event.live, event.start_date, event.city, event.event_type) == (
        False,
        datetime.date(2026, 5, 4),
        "Strasbourg",
        "conference",
    )


def test_update_by_an_editor_without_publish_right_leaves_the_live_page_alone(client, news_index, django_user_model):
    editor = editor_with(django_user_model, "reviser", news_index, ["add", "change"])
    page = NewsPageFactory(parent=news_index, title="Published title")
    response = update(client, bearer(token_for(editor)), page, title="Revised title")
    assert response.status_code == 200, response.content
    page.refresh_from_db()
    assert page.title == "Published title" and page.has_unpublished_changes
    assert page.get_latest_revision_as_object().title == "Revised title"
    assert client.get(f"/api/v3/pages/{page.pk}/").json()["title"] == "Published title"

    refused = update(client, bearer(token_for(editor)), page, action="publish", title="Pushed live")
    assert refused.status_code == 403
    page.refresh_from_db()
    assert page.title == "Published title"


def test_update_by_a_token_without_change_right_is_refused(client, news_index, events_index, events_editor):
    page = NewsPageFactory(parent=news_index, title="Untouched")
    response = update(client, bearer(token_for(events_editor)), page, title="Defaced")
    assert response.status_code in (403, 404)
    page.refresh_from_db()
    assert page.title == "Untouched" and not page.has_unpublished_changes


def test_update_of_an_event_by_its_editor(client, events_index, events_editor):
    event = EventPageFactory(parent=events_index, title="Seminar", start_date=datetime.date(2026, 1, 1))
    response = update(client, bearer(token_for(events_editor)), event, cancelled=True)
    assert response.status_code == 200, response.content
    event.refresh_from_db()
    assert event.get_latest_revision_as_object().cancelled is True
    assert event.get_latest_revision_as_object().start_date == datetime.date(2026, 1, 1)  # untouched


def test_interview_is_readable_though_not_writable(client, news_index):
    from tests.factories import InterviewPageFactory

    interview = InterviewPageFactory(parent=news_index, speaker=PersonFactory())
    assert client.get(f"/api/v3/pages/{interview.pk}/").json()["meta"]["type"] == "news.InterviewPage"


def submit(client, headers, page):
    return client.post(f"/api/v3/pages/{page.pk}/actions/submit/", **headers)


def test_editor_submits_a_draft_for_moderation(client, news_index, news_editor):
    headers = bearer(token_for(news_editor))
    page_id = create(client, headers, news_index, **NEWS).json()["id"]
    page = NewsPage.objects.get(pk=page_id)
    response = submit(client, headers, page)
    assert response.status_code == 200, response.content
    assert response.json() == {
        "page_id": page.pk,
        # The news index's workflow, which the editorial roles migration assigns.
        "workflow": MODERATION_WORKFLOW,
        "status": "in_progress",
        "current_task": MODERATION_TASK,
    }
    page.refresh_from_db()
    assert page.workflow_in_progress and not page.live
    again = submit(client, headers, page)
    assert again.status_code == 409
    assert again.json()["detail"].startswith("This page cannot be submitted")


def test_submit_needs_the_right_to_edit_the_page(client, news_index, events_editor):
    page = NewsPageFactory(parent=news_index, title="Someone else's", live=False)
    assert submit(client, bearer(token_for(events_editor)), page).status_code == 403
    assert submit(client, {}, page).status_code == 401
    page.refresh_from_db()
    assert not page.workflow_in_progress


@pytest.mark.parametrize(
    "fields",
    [
        {"title": "a\x00b", **NEWS},
        {"title": "x" * 300, **NEWS},
        {"date": "2025-03-01", "teaser": "nul\x00byte"},
        {"slug": "not a slug!", **NEWS},
        {"date": "2025-02-30", "teaser": "No such day"},
    ],
)
def test_bad_values_are_a_422_and_create_nothing(client, news_index, news_editor, fields):
    payload = {"title": "From the mobile app", **fields}
    response = client.post(
        "/api/v3/pages/",
        {"meta": {"type": "news.NewsPage", "parent_id": news_index.pk}, **payload},
        content_type="application/json",
        **bearer(token_for(news_editor)),
    )
    assert response.status_code == 422, response.content
    assert response["Content-Type"] == "application/problem+json"
    assert not NewsPage.objects.exists()


def test_malformed_json_is_a_4xx(client, news_index, news_editor):
    response = client.post(
        "/api/v3/pages/", "{not json", content_type="application/json", **bearer(token_for(news_editor))
    )
    assert 400 <= response.status_code < 500
    assert not NewsPage.objects.exists()


def test_token_writes_need_no_csrf_token(news_index, news_editor):
    """Scripts outside the site have no CSRF cookie: the bearer token is the credential."""
    response = create(Client(enforce_csrf_checks=True), bearer(token_for(news_editor)), news_index, **NEWS)
    assert response.status_code == 201
