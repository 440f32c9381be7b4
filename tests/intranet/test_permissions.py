"""Participants write their own authority's intranet pages and nothing else."""

from django.urls import reverse

from tests.factories import NewsIndexPageFactory, NewsPageFactory
from tests.users import logged_in


def test_a_participant_adds_pages_to_the_intranet(member, intranet):
    permissions = intranet.permissions_for_user(member)
    assert permissions.can_add_subpage()
    assert not permissions.can_edit()
    assert not permissions.can_publish()


def test_a_participant_edits_their_authoritys_page(member, member_client, project):
    assert project.permissions_for_user(member).can_edit()
    assert member_client.get(reverse("wagtailadmin_pages:edit", args=[project.pk])).status_code == 200


def test_a_participant_cannot_edit_another_authoritys_page(member, member_client, policy):
    permissions = policy.permissions_for_user(member)
    assert not permissions.can_edit()
    assert not permissions.can_delete()
    response = member_client.get(reverse("wagtailadmin_pages:edit", args=[policy.pk]))
    assert response.status_code in (302, 403)
    response = member_client.post(reverse("wagtailadmin_pages:edit", args=[policy.pk]), {"title": "Taken over"})
    policy.refresh_from_db()
    assert policy.title != "Taken over"


def test_a_participant_does_not_publish_even_their_own_page(member, project):
    permissions = project.permissions_for_user(member)
    assert not permissions.can_publish()
    assert permissions.can_submit_for_moderation()


def test_a_participant_cannot_touch_the_public_site(member, home_page, intranet):
    news = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page))
    for page in (home_page, news, news.get_parent()):
        permissions = page.permissions_for_user(member)
        assert not permissions.can_edit()
        assert not permissions.can_add_subpage()
    client = logged_in(member)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[news.pk])).status_code in (302, 403)
