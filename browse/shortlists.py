"""The event and participant sections of a topic or country page: the first few
of each, how many there are, and a link to all of them on the events index or the
participants directory, narrowed the same way. Listed whole, a busy topic's past
events alone would make the page grow with the site."""

from functools import lru_cache
from urllib.parse import urlencode

from django.utils.functional import cached_property

from wagtail.models import Locale

from events.models import EventIndexPage
from headless.memo import memoized_count, memoized_slice
from languages.content import section_index
from people.models import ParticipantIndexPage

UPCOMING_SHOWN = 10
PAST_SHOWN = 10
PARTICIPANTS_SHOWN = 20


class Shortlist:
    """Worked out when first read, its query included: a page rendered from its memoized
    fragment (headless/templatetags/fragments.py) reads none of it, and building the three
    querysets took a tenth of a topic page's time."""

    def __init__(self, queryset, shown, url):
        self.find_queryset = queryset
        self.shown = shown
        self.find_url = url

    @cached_property
    def queryset(self):
        return self.find_queryset()

    @cached_property
    def items(self):
        return memoized_slice(self.queryset, 0, self.shown)

    @cached_property
    def count(self):
        return memoized_count(self.queryset)

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
    events = lru_cache(maxsize=None)(lambda: catalogue.events(topic, country))  # (upcoming, past), once
    filters = {"topic": topic.slug if topic else None, "country": country}

    def events_url(anchor):
        url = listing_url(EventIndexPage, **filters)
        return url and f"{url}#{anchor}"

    return {
        "upcoming_events": Shortlist(lambda: events()[0], UPCOMING_SHOWN, lambda: events_url("upcoming")),
        "past_events": Shortlist(lambda: events()[1], PAST_SHOWN, lambda: events_url("past")),
        "participants": Shortlist(
            lambda: catalogue.participants(topic, country),
            PARTICIPANTS_SHOWN,
            lambda: listing_url(ParticipantIndexPage, **filters),
        ),
    }
