"""Listings cost the same number of SQL queries whatever their length."""

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from taxonomy.models import Country
from tests.factories import (
    CreditedImageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    InterviewPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ParticipantIndexPageFactory,
    ParticipantPageFactory,
)


def queries_for(client, url):
    client.get(url)  # warm per-process caches (content types, site root)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


@pytest.fixture
def image(db):
    return CreditedImageFactory(credit="© CoE")


def add_news(index, image, count, participant=None):
    for day in range(count):
        factory = InterviewPageFactory if day % 2 else NewsPageFactory
        page = factory(parent=index, date=datetime.date(2015, 1, 1) + datetime.timedelta(days=day), lead_image=image)
        if participant:
            page.related_participants.add(participant)
            page.save()


def test_news_listing_and_home_page(home_page, image, client):
    news = NewsIndexPageFactory(parent=home_page)
    add_news(news, image, 2)
    few = queries_for(client, news.url), queries_for(client, "/en/")
    add_news(news, image, 8)
    assert (queries_for(client, news.url), queries_for(client, "/en/")) == few


def test_event_listing(home_page, client):
    events = EventIndexPageFactory(parent=home_page)
    greece = Country.objects.get(code="GR")
    EventPageFactory(parent=events, country=greece)
    few = queries_for(client, events.url)
    for day in range(9):
        EventPageFactory(parent=events, country=greece, start_date=datetime.date(2014, 5, 1 + day))
    assert queries_for(client, events.url) == few


def test_participant_listing_and_profile_news(home_page, image, client):
    participants = ParticipantIndexPageFactory(parent=home_page)
    megara = ParticipantPageFactory(parent=participants, title="Megara")
    news = NewsIndexPageFactory(parent=home_page)
    add_news(news, image, 2, participant=megara)
    few = queries_for(client, participants.url), queries_for(client, megara.url)
    for _ in range(8):
        ParticipantPageFactory(parent=participants)
    add_news(news, image, 8, participant=megara)
    assert (queries_for(client, participants.url), queries_for(client, megara.url)) == few
