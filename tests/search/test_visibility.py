"""Only published, public pages are ever found, whoever asks."""

import datetime

import pytest

from django.utils import timezone

from wagtail.models import PageViewRestriction

from tests.factories import EventPageFactory, NewsPageFactory

from .conftest import facet_counts, result_titles

# With the caches off, and on Redis as production runs (tests/conftest.py caching).
pytestmark = pytest.mark.usefixtures("caching")


@pytest.fixture
def hidden_and_public(sections):
    now = timezone.now()
    NewsPageFactory(parent=sections.news, title="Tivat public news")
    NewsPageFactory(parent=sections.news, title="Tivat draft", live=False)
    private = NewsPageFactory(parent=sections.news, title="Tivat private")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    NewsPageFactory(
        parent=sections.news, title="Tivat scheduled", live=False, go_live_at=now + datetime.timedelta(days=2)
    )
    NewsPageFactory(
        parent=sections.news,
        title="Tivat expired",
        live=False,
        expired=True,
        expire_at=now - datetime.timedelta(days=2),
    )
    # Past its expiry date, but `publish_scheduled` has not run yet.
    NewsPageFactory(parent=sections.news, title="Tivat expiring", expire_at=now - datetime.timedelta(minutes=1))
    # Below a page restricted to logged-in users.
    PageViewRestriction.objects.create(page=sections.events, restriction_type=PageViewRestriction.LOGIN)
    EventPageFactory(parent=sections.events, title="Tivat event for members")


def test_drafts_private_scheduled_and_expired_pages_are_never_found(hidden_and_public, client):
    response = client.get("/en/search/", {"q": "Tivat"})
    assert result_titles(response) == ["Tivat public news"]
    assert facet_counts(response) == {"News": 1}


def test_not_even_by_type_or_for_a_logged_in_editor(hidden_and_public, admin_client):
    for slug in ("news", "event"):
        response = admin_client.get("/en/search/", {"q": "Tivat", "type": slug})
        assert result_titles(response) == (["Tivat public news"] if slug == "news" else [])
