import datetime

import pytest
from bs4 import BeautifulSoup

from django.core.exceptions import ValidationError

from events.models import EventPage, EventStatus
from tests.factories import EventIndexPageFactory, EventPageFactory, NewsIndexPageFactory, NewsPageFactory

TODAY = datetime.date(2018, 10, 11)


@pytest.fixture
def events(home_page):
    return EventIndexPageFactory(parent=home_page)


def test_status_follows_the_dates(events):
    one_day = EventPageFactory(parent=events, start_date=TODAY)
    several_days = EventPageFactory(parent=events, start_date=TODAY - datetime.timedelta(days=3), end_date=TODAY)
    past = EventPageFactory(parent=events, start_date=datetime.date(2014, 5, 14), end_date=datetime.date(2014, 5, 16))
    cancelled = EventPageFactory(parent=events, start_date=TODAY, cancelled=True)
    unscheduled = EventPageFactory(parent=events, start_date=None)

    assert one_day.status_on(TODAY) == EventStatus.UPCOMING
    assert several_days.status_on(TODAY) == EventStatus.UPCOMING
    assert one_day.status_on(TODAY + datetime.timedelta(days=1)) == EventStatus.PAST
    assert past.status_on(TODAY) == EventStatus.PAST
    assert cancelled.status_on(TODAY) == EventStatus.CANCELLED
    assert unscheduled.status_on(TODAY) == EventStatus.UNSCHEDULED

    upcoming = set(EventPage.objects.upcoming(today=TODAY))
    assert upcoming == {one_day, several_days}
    assert set(EventPage.objects.past(today=TODAY)) == {past}


def test_an_event_cannot_end_before_it_starts(events):
    event = EventPageFactory.build(start_date=TODAY, end_date=TODAY - datetime.timedelta(days=1))
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "end_date" in error.value.message_dict


def test_index_lists_upcoming_and_past_events(events, client):
    EventPageFactory(parent=events, title="Future forum", start_date=datetime.date(2099, 1, 1))
    EventPageFactory(parent=events, title="CAHROM 2014", start_date=datetime.date(2014, 5, 14))
    EventPageFactory(parent=events, title="Draft seminar", start_date=datetime.date(2099, 1, 2), live=False)
    response = client.get(events.url)
    assert response.status_code == 200
    upcoming, past = response.text.split('id="past"')
    assert "Future forum" in upcoming and "CAHROM 2014" in past
    assert "Draft seminar" not in response.text


def test_index_shows_cancelled_and_undated_events_and_pages_the_archive(events, client):
    EventPageFactory(parent=events, title="Called-off forum", start_date=datetime.date(2099, 3, 1), cancelled=True)
    EventPageFactory(parent=events, title="28th Congress Session", start_date=None)
    for year in range(1990, 2015):
        EventPageFactory(parent=events, title=f"Seminar of {year}", start_date=datetime.date(year, 6, 1))
    page = BeautifulSoup(client.get(events.url).content, "html.parser")
    upcoming = page.select_one("section[aria-labelledby=upcoming]").get_text()
    assert "Called-off forum" in upcoming and "Cancelled" in upcoming
    assert "28th Congress Session" in page.select_one("section[aria-labelledby=unscheduled]").get_text()
    past = [h3.get_text() for h3 in page.select("section[aria-labelledby=past] h3")]
    assert past[:2] == ["Seminar of 2014", "Seminar of 2013"] and len(past) == 20
    second = BeautifulSoup(client.get(events.url + "?page=2").content, "html.parser")
    assert [h3.get_text() for h3 in second.select("section[aria-labelledby=past] h3")] == [
        f"Seminar of {year}" for year in range(1994, 1989, -1)
    ]


def test_an_event_page_lists_the_published_news_about_it(events, home_page, client):
    event = EventPageFactory(parent=events, title="Seminar in Tirana", start_date=datetime.date(2018, 10, 11))
    news = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=news, title="Mayors meet in Tirana", related_event=event)
    NewsPageFactory(parent=news, title="Draft report", related_event=event, live=False)
    page = BeautifulSoup(client.get(event.url).content, "html.parser")
    assert [h3.get_text() for h3 in page.select("section[aria-labelledby=event-news] h3")] == ["Mayors meet in Tirana"]
