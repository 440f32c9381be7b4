import datetime

import icalendar
import pytest
from bs4 import BeautifulSoup

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import PageViewRestriction

from taxonomy.models import Country
from tests.factories import EventIndexPageFactory, EventPageFactory
from tests.hidden_pages import HIDDEN_TITLES, create_hidden_pages

NEXT_MONTH = timezone.localdate() + datetime.timedelta(days=30)


@pytest.fixture
def events(home_page):
    return EventIndexPageFactory(parent=home_page)


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def vevents(calendar):
    return [component for component in calendar.walk("VEVENT")]


def calendar_url(page):
    return page.url + page.reverse_subpage("calendar")


def test_event_calendar_file_describes_the_event(events, client):
    page = EventPageFactory(
        parent=events,
        title="Seminar on Roma housing",
        slug="housing-seminar",
        start_date=datetime.date(2018, 10, 11),
        end_date=datetime.date(2018, 10, 12),
        teaser="Mayors, experts, and Roma activists meet.",
        venue="Palais de l'Europe",
        city="Strasbourg",
        country=Country.objects.get(code="FR"),
    )
    page.save_revision().publish()
    assert calendar_url(page) == "/en/events/housing-seminar/calendar/"
    response = client.get(calendar_url(page))
    assert response["Content-Disposition"] == 'attachment; filename="housing-seminar.ics"'
    calendar = parse(response)
    assert calendar["VERSION"] == "2.0" and "Alliance" in str(calendar["PRODID"])
    [event] = vevents(calendar)
    page.refresh_from_db()
    assert event["SUMMARY"] == "Seminar on Roma housing"
    assert event["DESCRIPTION"] == "Mayors, experts, and Roma activists meet."
    assert event["LOCATION"] == "Palais de l'Europe, Strasbourg, France"
    assert event["URL"] == "http://testserver" + page.url
    assert event["UID"] == f"event-{page.pk}@testserver"
    assert event.decoded("DTSTART") == datetime.date(2018, 10, 11)
    # DTEND is exclusive: the day after the last day.
    assert event.decoded("DTEND") == datetime.date(2018, 10, 13)
    assert event["DTSTART"].params["VALUE"] == "DATE"
    assert event.decoded("DTSTAMP") == page.last_published_at.replace(microsecond=0)
    assert event["STATUS"] == "CONFIRMED"
    assert event["CATEGORIES"].cats == ["Seminar"]


def test_one_day_event_ends_the_next_day_and_cancelled_events_say_so(events, client):
    page = EventPageFactory(parent=events, start_date=datetime.date(2020, 3, 16), cancelled=True, city="", venue="")
    [event] = vevents(parse(client.get(calendar_url(page))))
    assert event.decoded("DTEND") == datetime.date(2020, 3, 17)
    assert event["STATUS"] == "CANCELLED"
    assert "LOCATION" not in event and "DESCRIPTION" not in event


def test_calendar_file_stays_the_same_until_the_event_changes_and_keeps_its_uid(events, client):
    page = EventPageFactory(parent=events, title="Forum", start_date=NEXT_MONTH)
    page.save_revision().publish()
    first = client.get(calendar_url(page)).content
    assert client.get(calendar_url(page)).content == first
    page.title = "Forum, new venue"
    page.save_revision().publish()
    [before] = vevents(icalendar.Calendar.from_ical(first))
    [after] = vevents(parse(client.get(calendar_url(page))))
    [in_feed] = vevents(parse(client.get("/en/feeds/events.ics")))
    assert before["UID"] == after["UID"] == in_feed["UID"] == f"event-{page.pk}@testserver"
    assert (before["SUMMARY"], after["SUMMARY"]) == ("Forum", "Forum, new venue")


def test_event_page_offers_its_calendar_file_only_while_it_is_to_come(events, client):
    dated = EventPageFactory(parent=events, start_date=NEXT_MONTH)
    undated = EventPageFactory(parent=events, start_date=None)
    past = EventPageFactory(parent=events, start_date=timezone.localdate() - datetime.timedelta(days=30))
    cancelled = EventPageFactory(parent=events, start_date=NEXT_MONTH, cancelled=True)

    link = BeautifulSoup(client.get(dated.url).content, "html.parser").select_one("main .calendar-link a")
    assert link.get_text() == "Add to calendar (.ics)" and link["href"] == calendar_url(dated)
    for page in (undated, past, cancelled):
        assert BeautifulSoup(client.get(page.url).content, "html.parser").select_one(".calendar-link") is None
    assert client.get(calendar_url(undated)).status_code == 404
    assert client.get(calendar_url(past)).status_code == 200, "the file stays, for whoever has its address"


def test_draft_events_have_no_calendar_file(events, client):
    draft = EventPageFactory(parent=events, start_date=NEXT_MONTH, live=False)
    assert client.get(calendar_url(draft)).status_code == 404


def test_private_event_calendar_file_is_not_served_to_anonymous_visitors(events, client, django_user_model):
    login_only = EventPageFactory(parent=events, title="Members meeting", start_date=NEXT_MONTH)
    PageViewRestriction.objects.create(page=login_only, restriction_type=PageViewRestriction.LOGIN)
    password = EventPageFactory(parent=events, title="Closed meeting", start_date=NEXT_MONTH)
    PageViewRestriction.objects.create(page=password, restriction_type=PageViewRestriction.PASSWORD, password="secret")

    to_login = client.get(calendar_url(login_only))
    assert to_login.status_code == 302 and "login" in to_login["Location"]
    asks_password = client.get(calendar_url(password))
    assert asks_password.status_code == 200 and b"BEGIN:VCALENDAR" not in asks_password.content
    assert asks_password["Content-Type"].startswith("text/html")

    client.force_login(django_user_model.objects.create_user("member", password="password"))
    [event] = vevents(parse(client.get(calendar_url(login_only))))
    assert event["SUMMARY"] == "Members meeting"


def test_events_feed_lists_the_upcoming_events(events, client):
    today = timezone.localdate()  # now, not at import: a run may cross midnight
    EventPageFactory(parent=events, title="Later forum", start_date=NEXT_MONTH + datetime.timedelta(days=5))
    EventPageFactory(parent=events, title="Running now", start_date=today - datetime.timedelta(days=1), end_date=today)
    EventPageFactory(parent=events, title="Next forum", start_date=NEXT_MONTH, country=Country.objects.get(code="GR"))
    EventPageFactory(parent=events, title="Last year", start_date=today - datetime.timedelta(days=365))
    EventPageFactory(parent=events, title="Called off", start_date=NEXT_MONTH, cancelled=True)
    EventPageFactory(parent=events, title="Date to be announced", start_date=None)

    calendar = parse(client.get("/en/feeds/events.ics"))
    assert str(calendar["X-WR-CALNAME"]) == "Events · European Alliance of Cities and Regions for Roma Inclusion"
    assert calendar["X-PUBLISHED-TTL"] == "PT12H"
    assert [str(event["SUMMARY"]) for event in vevents(calendar)] == ["Running now", "Next forum", "Later forum"]
    assert vevents(calendar)[1]["LOCATION"] == "Tirana, Greece"


def test_event_index_links_the_events_feed(events, client):
    html = BeautifulSoup(client.get(events.url).content, "html.parser")
    link = html.select_one("head link[type='text/calendar']")
    assert link["rel"] == ["alternate"] and link["href"] == "/en/feeds/events.ics"
    visible = html.select_one("main .calendar-link a")
    assert visible.get_text() == "Subscribe to the calendar" and visible["href"] == "/en/feeds/events.ics"


def test_nothing_unpublished_private_or_scheduled_is_in_the_events_feed(events, client):
    EventPageFactory(parent=events, title="Published forum", start_date=NEXT_MONTH)
    create_hidden_pages(EventPageFactory, events, start_date=NEXT_MONTH)
    response = client.get("/en/feeds/events.ics")
    assert [str(event["SUMMARY"]) for event in vevents(parse(response))] == ["Published forum"]
    assert not any(title.encode() in response.content for title in HIDDEN_TITLES.values())


def queries_for(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


def test_events_feed_costs_the_same_queries_for_3_or_15_events(events, client):
    greece = Country.objects.get(code="GR")
    for day in range(3):
        EventPageFactory(parent=events, start_date=NEXT_MONTH + datetime.timedelta(days=day), country=greece)
    few = queries_for(client, "/en/feeds/events.ics")
    for day in range(3, 15):
        EventPageFactory(parent=events, start_date=NEXT_MONTH + datetime.timedelta(days=day), country=greece)
    assert len(vevents(parse(client.get("/en/feeds/events.ics")))) == 15
    assert queries_for(client, "/en/feeds/events.ics") == few


def test_events_feed_answers_not_modified_to_a_subscriber_that_has_it(events, client):
    # Published for real, so that its DTSTAMP (when it was last published) stays put between requests.
    EventPageFactory(parent=events, start_date=NEXT_MONTH).save_revision().publish()
    first = client.get("/en/feeds/events.ics")
    assert client.get("/en/feeds/events.ics", headers={"If-None-Match": first["ETag"]}).status_code == 304


def test_footer_links_the_news_feed_and_the_events_calendar(home_page, client):
    footer = BeautifulSoup(client.get(home_page.url).content, "html.parser").select_one("footer")
    links = {a.get_text(): a["href"] for a in footer.select("nav a")}
    assert links["News (RSS)"] == "/en/feeds/news.rss"
    assert links["Events calendar (iCalendar)"] == "/en/feeds/events.ics"


def test_a_calendar_with_no_upcoming_event_still_holds_a_component(events, client):
    """RFC 5545 (3.6): a calendar holds at least one component; with no event, its time zone."""
    EventPageFactory(parent=events, title="Last year", start_date=timezone.localdate() - datetime.timedelta(days=365))

    calendar = parse(client.get("/en/feeds/events.ics"))

    assert vevents(calendar) == []
    [zone] = calendar.subcomponents
    assert zone.name == "VTIMEZONE" and str(zone["TZID"]) == "Europe/Paris"
    assert zone.walk("STANDARD"), "a time zone is valid only with its observances"
