"""The event and participant sections of a topic or country page: the first few
of each, how many there are, and a link to all of them on the events index or the
participants directory, narrowed the same way. Listed whole, a busy topic's past
events alone would make the page grow with the site."""

import functools
from urllib.parse import urlencode

from django.utils.functional import cached_property

from wagtail.models import Locale

from events.models import EventIndexPage
from languages.content import section_index
from people.models import ParticipantIndexPage

UPCOMING_SHOWN = 10
PAST_SHOWN = 10
PARTICIPANTS_SHOWN = 20


class Shortlist:
    """The first `shown` of `queryset` and how many there are, each read once; `url`, called
    only when the list is cut short, gives the listing of all of them."""

    def __init__(self, queryset, shown, url):
        self.queryset = queryset
        self.shown = shown
        self.find_url = url

    @cached_property
    def items(self):
        return list(self.queryset[: self.shown])

    @cached_property
    def count(self):
        return self.queryset.count()

    @cached_property
    def url(self):
        """All of them, where there is such a listing."""
        return self.find_url()

    @property
    def more(self):
        return self.count > len(self.items)


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

    @functools.cache  # both event lists link to it
    def events_index_url():
        return listing_url(EventIndexPage, **filters)

    def events_url(anchor):
        url = events_index_url()
        return url and f"{url}#{anchor}"

    return {
        "upcoming_events": Shortlist(upcoming, UPCOMING_SHOWN, lambda: events_url("upcoming")),
        "past_events": Shortlist(past, PAST_SHOWN, lambda: events_url("past")),
        "participants": Shortlist(
            catalogue.participants(topic, country),
            PARTICIPANTS_SHOWN,
            lambda: listing_url(ParticipantIndexPage, **filters),
        ),
    }
