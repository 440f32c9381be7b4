"""The event and participant sections of a topic or country page: the first few
of each, how many there are, and a link to all of them on the events index or the
participants directory, narrowed the same way. Listed whole, a busy topic's past
events alone would make the page grow with the site."""

from dataclasses import dataclass
from urllib.parse import urlencode

from wagtail.models import Locale

from events.models import EventIndexPage
from headless.memo import memoized_count, memoized_slice
from languages.content import section_index
from people.models import ParticipantIndexPage

UPCOMING_SHOWN = 10
PAST_SHOWN = 10
PARTICIPANTS_SHOWN = 20


@dataclass
class Shortlist:
    items: list
    count: int
    url: str | None  # all of them, where there is such a listing

    @property
    def more(self):
        return self.count > len(self.items)


def shortlist(queryset, shown, url):
    return Shortlist(memoized_slice(queryset, 0, shown), memoized_count(queryset), url)


def listing_url(index_model, **filters):
    """The index page of `index_model` in the visitor's language, filtered."""
    index = section_index(index_model, Locale.get_active())
    if index is None:
        return None
    query = urlencode({name: value for name, value in filters.items() if value})
    return f"{index.url}?{query}" if query else index.url


def shortlists(catalogue, topic=None, country=None):
    """The template's `upcoming_events`, `past_events` and `participants`."""
    upcoming, past = catalogue.events(topic, country)
    filters = {"topic": topic.slug if topic else None, "country": country}
    events_url = listing_url(EventIndexPage, **filters)
    return {
        "upcoming_events": shortlist(upcoming, UPCOMING_SHOWN, events_url and f"{events_url}#upcoming"),
        "past_events": shortlist(past, PAST_SHOWN, events_url and f"{events_url}#past"),
        "participants": shortlist(
            catalogue.participants(topic, country), PARTICIPANTS_SHOWN, listing_url(ParticipantIndexPage, **filters)
        ),
    }
