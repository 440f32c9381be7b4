"""Users in the groups the editorial roles migration creates, and clients
logged in as them."""

from django.contrib.auth.models import Group
from django.test import Client


def user_in(django_user_model, username, *groups):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "password")
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client
