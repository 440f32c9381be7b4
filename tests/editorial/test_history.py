"""Revisions with comparison and rollback, locking, comments and the audit log
are on for every page type."""

import pytest

from django.apps import apps
from django.urls import reverse

from wagtail.admin.panels import CommentPanel
from wagtail.models import Page, PageLogEntry

from tests.users import logged_in, user_in

from .conftest import edit_form_data


def page_types():
    return [model for model in apps.get_models() if issubclass(model, Page) and model is not Page]


def panels(panel):
    yield panel
    for child in getattr(panel, "children", []):
        yield from panels(child)


@pytest.mark.parametrize("model", page_types(), ids=lambda model: model.__name__)
def test_every_page_type_keeps_comments_in_its_editor(model):
    edit_handler = model.get_edit_handler()
    assert any(isinstance(panel, CommentPanel) for panel in panels(edit_handler)), model.__name__
    assert "comments" in edit_handler.get_form_class().formsets


def revise(client, page, title):
    data = edit_form_data(client, page, title=title)
    assert client.post(f"/admin/pages/{page.pk}/edit/", data).status_code == 302
    return page.get_latest_revision()


@pytest.mark.parametrize("page_fixture", ["news_page", "event_page"])
# The page comes from a fixture looked up at run time, which pytest-django cannot see: mark
# the database use, or the test is ordered after the transactional ones that empty it.
@pytest.mark.django_db
def test_history_compare_and_rollback_open(page_fixture, request, moderator_client):
    page = request.getfixturevalue(page_fixture)
    first = page.get_latest_revision()
    second = revise(moderator_client, page, "A second version")
    history = moderator_client.get(reverse("wagtailadmin_pages:history", args=[page.pk]))
    assert history.status_code == 200
    assert "Draft saved" in history.text or "Edited" in history.text
    compare = moderator_client.get(
        reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, first.pk, second.pk])
    )
    assert compare.status_code == 200
    assert "A second version" in compare.text
    revert = moderator_client.get(reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, first.pk]))
    assert revert.status_code == 200
    assert f'value="{first.content["title"]}"' in revert.text


def test_rolling_back_publishes_the_old_version(moderator_client, news_page):
    first = news_page.get_latest_revision()
    original_title = news_page.title
    data = edit_form_data(moderator_client, news_page, title="Wrong title", **{"action-publish": "Publish"})
    moderator_client.post(f"/admin/pages/{news_page.pk}/edit/", data)
    news_page.refresh_from_db()
    assert news_page.title == "Wrong title"
    old = moderator_client.get(reverse("wagtailadmin_pages:revisions_revert", args=[news_page.pk, first.pk]))
    assert old.status_code == 200
    data = edit_form_data(moderator_client, news_page, title=original_title, **{"action-publish": "Publish"})
    data["revision"] = str(first.pk)
    moderator_client.post(f"/admin/pages/{news_page.pk}/edit/", data)
    news_page.refresh_from_db()
    assert news_page.title == original_title
    assert PageLogEntry.objects.filter(page=news_page, action="wagtail.publish").count() >= 2


def test_a_locked_page_cannot_be_changed_by_another_editor(
    editor_client, django_user_model, moderator_client, news_page
):
    assert editor_client.post(reverse("wagtailadmin_pages:lock", args=[news_page.pk])).status_code == 302
    news_page.refresh_from_db()
    assert news_page.locked
    other = logged_in(user_in(django_user_model, "editor-bogdan", "Editors"))
    data = edit_form_data(other, news_page, title="Overwritten")
    other.post(f"/admin/pages/{news_page.pk}/edit/", data)
    assert news_page.get_latest_revision().content["title"] != "Overwritten"
    assert other.post(reverse("wagtailadmin_pages:unlock", args=[news_page.pk])).status_code == 302
    news_page.refresh_from_db()
    assert news_page.locked, "an editor cannot unlock someone else's lock"
    moderator_client.post(reverse("wagtailadmin_pages:unlock", args=[news_page.pk]))
    news_page.refresh_from_db()
    assert not news_page.locked


def test_the_audit_log_records_edits_locks_and_publishing(moderator_client, news_page):
    revise(moderator_client, news_page, "Audited title")
    moderator_client.post(reverse("wagtailadmin_pages:lock", args=[news_page.pk]))
    actions = set(PageLogEntry.objects.filter(page=news_page).values_list("action", flat=True))
    assert {"wagtail.create", "wagtail.publish", "wagtail.edit", "wagtail.lock"} <= actions


def test_administrators_see_the_site_history(admin_client, news_page):
    response = admin_client.get(reverse("wagtailadmin_reports:site_history"))
    assert response.status_code == 200
    assert news_page.title in response.text


def test_a_comment_is_saved_with_the_page(moderator, moderator_client, news_page):
    data = edit_form_data(moderator_client, news_page)
    data.update(
        {
            "comments-TOTAL_FORMS": "1",
            "comments-INITIAL_FORMS": "0",
            "comments-0-id": "",
            "comments-0-contentpath": "title",
            "comments-0-text": "Check the spelling of Tivat.",
            "comments-0-resolved": "",
            "comments-0-replies-TOTAL_FORMS": "0",
            "comments-0-replies-INITIAL_FORMS": "0",
        }
    )
    assert moderator_client.post(f"/admin/pages/{news_page.pk}/edit/", data).status_code == 302
    [comment] = news_page.wagtail_admin_comments.all()
    assert comment.text == "Check the spelling of Tivat."
    assert comment.user == moderator
