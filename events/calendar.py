"""Events as iCalendar (RFC 5545): one event's .ics download and the feed of
upcoming events that calendar applications subscribe to."""

import datetime

import icalendar

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from operations.addresses import absolute_url, public_host

PRODID = "-//European Alliance of Cities and Regions for Roma Inclusion//Events//EN"
REFRESH_INTERVAL = datetime.timedelta(hours=12)


def new_calendar(name=None, description=None):
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if name:
        # NAME is RFC 7986; Apple, Google and Outlook read the X-WR- names.
        calendar.add("name", name)
        calendar.add("x-wr-calname", name)
    if description:
        calendar.add("description", description)
        calendar.add("x-wr-caldesc", description)
    return calendar


def hostname(request):
    """The UIDs' domain: the public host, whatever name the calendar was fetched by."""
    return public_host()[0]


def event_component(page, request, host):
    """A VEVENT for an EventPage with a start date. Events run whole days, so
    DTSTART and DTEND are DATE values and DTEND is the day after the last."""
    event = icalendar.Event()
    event.add("uid", f"event-{page.pk}@{host}")
    # Without a METHOD, DTSTAMP is when the information was last revised;
    # a stable value keeps the file the same until the page changes.
    event.add("dtstamp", page.last_published_at or page.latest_revision_created_at or timezone.now())
    if page.last_published_at:
        event.add("last-modified", page.last_published_at)
    if page.first_published_at:
        event.add("created", page.first_published_at)
    event.add("summary", page.title)
    event.add("dtstart", page.start_date)
    event.add("dtend", page.last_day + datetime.timedelta(days=1))
    if page.teaser:
        event.add("description", page.teaser)
    location = ", ".join(part for part in (page.venue, page.city, page.country and page.country.name) if part)
    if location:
        event.add("location", location)
    event.add("url", absolute_url(page.get_url(request)))
    event.add("categories", [page.get_event_type_display()])
    event.add("status", "CANCELLED" if page.cancelled else "CONFIRMED")
    return event


def calendar_response(calendar, filename=None):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def event_calendar(page, request):
    calendar = new_calendar()
    calendar.add_component(event_component(page, request, hostname(request)))
    return calendar


def events_calendar(events, request):
    calendar = new_calendar(
        name=_("Events · %(site)s") % {"site": _(settings.WAGTAIL_SITE_NAME)},
        description=_("The upcoming events of the %(site)s.") % {"site": _(settings.WAGTAIL_SITE_NAME)},
    )
    # How often subscribers should fetch the feed again (RFC 7986, and
    # Outlook's older name for it).
    calendar.add("refresh-interval", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", icalendar.vDuration(REFRESH_INTERVAL))
    host = hostname(request)
    for page in events:
        calendar.add_component(event_component(page, request, host))
    if not calendar.subcomponents:
        # RFC 5545 wants at least one component: with no upcoming event, the time zone the
        # events are given in stands alone.
        today = timezone.localdate()
        calendar.add_component(
            icalendar.Timezone.from_tzid(
                settings.TIME_ZONE, first_date=today, last_date=today + datetime.timedelta(days=366)
            )
        )
    return calendar
