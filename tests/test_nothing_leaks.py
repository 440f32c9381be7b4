"""Drafts, private pages and scheduled pages never reach a visitor: not in a
listing, a filter's choices, a profile, the home page, open data, topic or
country pages, search, feeds or the sitemap."""

import datetime

import pytest

from django.utils import timezone

from wagtail.models import PageViewRestriction

from tests.factories import (
    CountryFactory,
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ParticipantIndexPageFactory,
    ParticipantPageFactory,
    TopicFactory,
)

SECRET = "Hidden"


def make_hidden(page, how):
    """Turn a published page into one a visitor must not see."""
    if how == "draft":
        page.unpublish()
    elif how == "login":
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    elif how == "password":
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="x")
    elif how == "scheduled":
        page.unpublish()
        page.go_live_at = timezone.now() + datetime.timedelta(days=7)
        page.save_revision().publish()  # Wagtail keeps it unpublished until go_live_at
        page.refresh_from_db()
        assert not page.live


@pytest.fixture
def site_with_hidden_pages(home_page, request):
    how = request.param
    secret_country = CountryFactory(code="LV", name="Latvia")
    secret_topic = TopicFactory(name="Secret topic", slug="secret-topic")
    news = NewsIndexPageFactory(parent=home_page)
    events = EventIndexPageFactory(parent=home_page)
    participants = ParticipantIndexPageFactory(parent=home_page)

    visible_participant = ParticipantPageFactory(parent=participants, title="Tivat", country=CountryFactory())
    NewsPageFactory(parent=news, title="Visible news")
    EventPageFactory(parent=events, title="Visible event", start_date=datetime.date(2099, 1, 1))

    hidden_participant = ParticipantPageFactory(
        parent=participants, title=f"{SECRET} participant", country=secret_country, latitude=56, longitude=26
    )
    hidden_participant.topics.add(secret_topic)
    hidden_participant.save_revision().publish()
    hidden_news = NewsPageFactory(parent=news, title=f"{SECRET} news", date=datetime.date(2020, 1, 1))
    hidden_news.countries.add(secret_country)
    hidden_news.topics.add(secret_topic)
    hidden_news.related_participants.add(visible_participant)
    hidden_news.save_revision().publish()
    hidden_event = EventPageFactory(parent=events, title=f"{SECRET} event", start_date=datetime.date(2099, 1, 2))
    hidden_event.countries.add(secret_country)
    hidden_event.topics.add(secret_topic)
    hidden_event.save_revision().publish()
    for page in (hidden_participant, hidden_news, hidden_event):
        make_hidden(page, how)
    return {"participant": visible_participant}


CHANNELS = [
    "/",
    "/news/",
    "/news/?year=2015",
    "/events/",
    "/participants/",
    "/participants/tivat/",
    "/data/participants.geojson",
]


@pytest.mark.parametrize("site_with_hidden_pages", ["draft", "login", "password", "scheduled"], indirect=True)
@pytest.mark.parametrize("url", CHANNELS)
def test_hidden_pages_appear_nowhere(site_with_hidden_pages, client, url):
    response = client.get(url)
    assert response.status_code == 200
    body = response.content.decode()
    assert SECRET not in body
    # Nor do they lend their taxonomy or year to the filters.
    assert "Latvia" not in body
    assert "Secret topic" not in body
    assert "2020" not in body
