import datetime

import pytest

from django.core.exceptions import ValidationError

from events.models import EventPage, EventStatus
from tests.factories import EventIndexPageFactory, EventPageFactory

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
