import pytest

from django.contrib.auth.models import Group, Permission

from wagtail.models import APIToken, GroupPagePermission

from apiv3.models import ConsumerKey
from tests.factories import EventIndexPageFactory, NewsIndexPageFactory


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def events_index(home_page):
    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def consumer_key(db):
    """A consumer key's plaintext, as the consumer holds it."""
    return ConsumerKey.create_key(name="Roma network app", rate_limit=100)[1]


def editor_with(django_user_model, username, page, permissions):
    """A user who may reach the admin and holds ``permissions`` (add, change,
    publish) on ``page`` and below, through a group of their own."""
    group = Group.objects.create(name=f"{username} group")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in permissions:
        GroupPagePermission.objects.create(
            group=group, page=page, permission=Permission.objects.get(codename=f"{codename}_page")
        )
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "password")
    user.groups.add(group)
    return user


def token_for(user):
    return APIToken.create_token(user=user, name=f"{user.username}'s script")[1]


def bearer(key):
    return {"HTTP_AUTHORIZATION": f"Bearer {key}"}
