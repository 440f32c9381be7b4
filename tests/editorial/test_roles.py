"""Each role can do its job and no more."""

import pytest

from django.contrib.auth.models import Group

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import GroupPagePermission, Locale
from wagtail.permissions import policy_registry

from editorial.translators import apply_translator_roles
from tests.factories import PersonFactory
from tests.users import logged_in, user_in


def test_the_roles_exist(db):
    assert {"Editors", "Moderators", "Translators (French)", "Participants"} <= set(
        Group.objects.values_list("name", flat=True)
    )


def test_an_editor_writes_and_submits_but_cannot_publish(editor, news_page):
    assert news_page.get_parent().permissions_for_user(editor).can_add_subpage()
    permissions = news_page.permissions_for_user(editor)
    assert permissions.can_edit()
    assert permissions.can_submit_for_moderation()
    assert permissions.can_lock()
    assert not permissions.can_publish()
    assert not permissions.can_unpublish()
    assert not permissions.can_delete()
    assert not permissions.can_unlock()


def test_a_moderator_publishes_and_unlocks(moderator, news_page):
    permissions = news_page.permissions_for_user(moderator)
    assert permissions.can_edit()
    assert permissions.can_publish()
    assert permissions.can_unpublish()
    assert permissions.can_unlock()


def test_a_french_translator_keeps_off_the_english_pages(translator, news_page):
    assert translator.groups.get().name == "Translators (French)"
    permissions = news_page.permissions_for_user(translator)
    assert not permissions.can_edit()
    assert not permissions.can_publish()
    assert not news_page.get_parent().permissions_for_user(translator).can_add_subpage()


def test_a_french_translator_writes_and_submits_the_french_pages_but_does_not_publish(translator, news_page):
    french = Locale.objects.get(language_code="fr")
    for page in news_page.get_ancestors(inclusive=True)[1:]:  # the home page first
        french_page = page.specific.copy_for_translation(french)
    permissions = french_page.permissions_for_user(translator)
    assert permissions.can_edit()
    assert permissions.can_submit_for_moderation()
    assert not permissions.can_publish()
    assert not permissions.can_unpublish()


def test_editors_and_moderators_work_in_every_language(editor, moderator, news_page):
    french = Locale.objects.get(language_code="fr")
    for page in news_page.get_ancestors(inclusive=True)[1:]:  # the home page first
        french_page = page.specific.copy_for_translation(french)
    editing = french_page.permissions_for_user(editor)
    assert editing.can_edit() and editing.can_submit_for_moderation()
    assert not editing.can_publish()
    assert french_page.permissions_for_user(moderator).can_publish()
    # After a migrate too, for a language translated before they were granted.
    french_home = french_page.get_ancestors().get(depth=2)
    GroupPagePermission.objects.filter(page=french_home, group__name__in=["Editors", "Moderators"]).delete()
    moderator = type(moderator).objects.get(pk=moderator.pk)  # without the permissions it holds in memory
    assert not french_page.permissions_for_user(moderator).can_publish()
    apply_translator_roles()
    moderator = type(moderator).objects.get(pk=moderator.pk)
    assert french_page.permissions_for_user(moderator).can_publish()


def test_no_role_but_the_administrators_creates_a_site(editor, moderator, home_page):
    root = home_page.get_parent()
    for user in (editor, moderator):
        assert not root.permissions_for_user(user).can_add_subpage()


def test_editors_and_moderators_write_people_and_topics_but_do_not_delete_them(editor, moderator):
    for user in (editor, moderator):
        for model in ("people.person", "taxonomy.topic"):
            assert user.has_perm(model.replace(".", ".add_"))
            assert user.has_perm(model.replace(".", ".change_"))
            assert not user.has_perm(model.replace(".", ".delete_"))


def test_editors_upload_images_and_documents(editor, translator):
    image_policy = policy_registry.get_by_type(get_image_model())
    document_policy = policy_registry.get_by_type(get_document_model())
    assert image_policy.user_has_permission(editor, "add")
    assert document_policy.user_has_permission(editor, "add")
    assert not image_policy.user_has_permission(translator, "add")
    assert image_policy.user_has_permission(translator, "choose")


@pytest.mark.parametrize("url", ["/admin/users/", "/admin/groups/", "/admin/sites/", "/admin/workflows/list/"])
def test_only_administrators_manage_users_sites_and_workflows(editor_client, moderator_client, url):
    for client in (editor_client, moderator_client):
        response = client.get(url)
        assert response.status_code in (302, 403), f"{url} answered {response.status_code}"


def test_an_editor_opens_the_people_snippets_but_cannot_delete_one(editor_client):
    person = PersonFactory()
    assert editor_client.get("/admin/snippets/people/person/").status_code == 200
    assert editor_client.get(f"/admin/snippets/people/person/edit/{person.pk}/").status_code == 200
    response = editor_client.post(f"/admin/snippets/people/person/delete/{person.pk}/")
    assert response.status_code in (302, 403)
    assert type(person).objects.filter(pk=person.pk).exists()


def test_a_participant_cannot_edit_the_public_site(django_user_model, news_page):
    participant = user_in(django_user_model, "participant-pavel", "Participants")
    assert not news_page.permissions_for_user(participant).can_edit()
    response = logged_in(participant).get(f"/admin/pages/{news_page.pk}/edit/")
    assert response.status_code in (302, 403)
    assert get_document_model().objects.count() == 0
