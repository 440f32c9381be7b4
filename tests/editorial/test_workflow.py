"""The moderation workflow end to end, through the editor's own forms: an
editor submits, cannot publish; a moderator is told, and approves or sends
the page back with a comment."""

import pytest

from django.core import mail

from wagtail.models import Page, TaskState, WorkflowState

from editorial.roles import MODERATION_WORKFLOW

from .conftest import edit_form_data


def current_task_state(page):
    return WorkflowState.objects.get(
        base_content_type__isnull=False, object_id=str(page.pk), status="in_progress"
    ).current_task_state


def submit(client, page, title):
    data = edit_form_data(client, page, title=title, **{"action-submit": "Submit to Moderators"})
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:2000]


@pytest.mark.parametrize("page_fixture", ["news_page", "event_page"])
# The page comes from a fixture looked up at run time, which pytest-django cannot see: mark
# the database use, or the test is ordered after the transactional ones that empty it.
@pytest.mark.django_db
def test_news_and_events_are_under_the_moderation_workflow(page_fixture, request):
    page = request.getfixturevalue(page_fixture)
    assert page.get_workflow().name == MODERATION_WORKFLOW


def test_an_editor_cannot_publish(editor_client, news_page):
    data = edit_form_data(editor_client, news_page, title="Published by an editor?", **{"action-publish": "Publish"})
    response = editor_client.post(f"/admin/pages/{news_page.pk}/edit/", data)
    assert response.status_code == 302
    news_page.refresh_from_db()
    assert news_page.title != "Published by an editor?"
    assert news_page.has_unpublished_changes, "kept as a draft"
    assert news_page.get_latest_revision().content["title"] == "Published by an editor?"


def test_an_editor_cannot_open_the_publish_or_unpublish_views(editor_client, news_page):
    assert editor_client.post(f"/admin/pages/{news_page.pk}/unpublish/").status_code == 302
    news_page.refresh_from_db()
    assert news_page.live


def test_a_moderator_can_publish_directly(moderator_client, news_page):
    data = edit_form_data(
        moderator_client, news_page, title="Published by a moderator", **{"action-publish": "Publish"}
    )
    response = moderator_client.post(f"/admin/pages/{news_page.pk}/edit/", data)
    assert response.status_code == 302
    news_page.refresh_from_db()
    assert news_page.title == "Published by a moderator"
    assert not news_page.has_unpublished_changes


def test_submitted_page_reaches_the_moderators_dashboard_and_inbox(
    editor_client, moderator, moderator_client, news_page
):
    submit(editor_client, news_page, "Tivat joins the Alliance")
    news_page.refresh_from_db()
    assert news_page.title != "Tivat joins the Alliance", "not published by submitting"
    task_state = current_task_state(news_page)
    assert task_state.status == TaskState.STATUS_IN_PROGRESS
    dashboard = moderator_client.get("/admin/")
    assert "Awaiting your review" in dashboard.text
    assert "Tivat joins the Alliance" in dashboard.text
    to_moderator = [message for message in mail.outbox if moderator.email in message.to]
    assert to_moderator, "the moderator is e-mailed"
    assert "Tivat joins the Alliance" in to_moderator[0].subject + to_moderator[0].body


def test_a_moderator_approves_and_the_page_goes_live(editor_client, moderator_client, news_page):
    submit(editor_client, news_page, "Tivat joins the Alliance")
    task_state = current_task_state(news_page)
    response = moderator_client.post(
        f"/admin/pages/workflow/action/{news_page.pk}/approve/{task_state.pk}/", {"comment": ""}
    )
    assert response.status_code in (200, 302)
    news_page.refresh_from_db()
    assert news_page.title == "Tivat joins the Alliance"
    assert news_page.live and not news_page.has_unpublished_changes
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_APPROVED


def test_a_moderator_rejects_with_a_comment_and_the_editor_is_told(
    editor, editor_client, moderator_client, event_page
):
    submit(editor_client, event_page, "Seminar in Tirana (draft)")
    task_state = current_task_state(event_page)
    mail.outbox.clear()
    response = moderator_client.post(
        f"/admin/pages/workflow/action/{event_page.pk}/reject/{task_state.pk}/",
        {"comment": "Please add the venue and the speakers."},
    )
    assert response.status_code in (200, 302)
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_REJECTED
    assert task_state.get_comment() == "Please add the venue and the speakers."
    event_page.refresh_from_db()
    assert event_page.title == "Seminar in Tirana", "nothing published"
    workflow_state = task_state.workflow_state
    assert workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    to_editor = [message for message in mail.outbox if editor.email in message.to]
    assert to_editor, "the editor is e-mailed"
    assert "Please add the venue and the speakers." in to_editor[0].body
    edit_view = editor_client.get(f"/admin/pages/{event_page.pk}/edit/")
    assert "Please add the venue and the speakers." in edit_view.text


def test_an_editor_cannot_approve_their_own_submission(editor_client, news_page):
    submit(editor_client, news_page, "Self-approved?")
    task_state = current_task_state(news_page)
    response = editor_client.post(f"/admin/pages/workflow/action/{news_page.pk}/approve/{task_state.pk}/", {})
    assert response.status_code in (302, 403)
    news_page.refresh_from_db()
    assert news_page.title != "Self-approved?"
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_IN_PROGRESS


def test_pages_outside_news_and_events_keep_wagtails_default_moderation(home_page):
    assert Page.objects.get(pk=home_page.pk).get_workflow().name == "Moderators approval"


def test_the_demo_news_and_events_are_moderated(demo_site):
    for slug in ("news", "events"):
        index = demo_site.get_children().get(slug=slug)
        assert index.get_workflow().name == MODERATION_WORKFLOW
        assert index.get_children().first().get_workflow().name == MODERATION_WORKFLOW
