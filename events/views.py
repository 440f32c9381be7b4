from django.utils import timezone

from headless import documents
from languages.content import listing_locale

from .calendar import calendar_response, events_calendar
from .models import EventPage


def upcoming_events(locale):
    # live() alone keeps a page whose expiry has passed until publish_scheduled
    # runs; a subscribed calendar would keep it, so leave it out now.
    return (
        EventPage.objects.filter(locale=locale)
        .live()
        .public()
        .upcoming()
        .exclude(expire_at__lte=timezone.now())
        .select_related("country")
        .defer_streamfields()
        .order_by("start_date", "pk")
    )


@documents.stored
def events_feed(request):
    """The upcoming events as an iCalendar feed to subscribe to, one per language."""
    documents.depends_on(documents.type_token(EventPage))
    documents.valid_until_tomorrow()  # an event stops being upcoming
    return calendar_response(events_calendar(upcoming_events(listing_locale(request)), request))
