"""What a visitor can browse by topic and by country, and how much of it there is.

A page is visible when it is live, outside every private section and not past
its expiry date (an expired page stays live until `publish_scheduled` runs).
Counts are grouped queries, one per kind of content (events by country take
three), annotated on the topics or countries as constants: a listing costs the
same few queries however many topics, countries and pages there are, and each
query reads the pages once rather than once per topic or country."""

import math
from collections import Counter
from functools import reduce
from operator import or_

from django.contrib.humanize.templatetags.humanize import intcomma
from django.db.models import Count, F, IntegerField, Q, Value
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail.models import Locale, Page

from events.models import EventPage
from headless.expiry import unexpired
from news.models import NewsItemPage
from people.models import ParticipantPage
from taxonomy.models import Country, Topic

# Each kind of content: the annotation holding its count (named apart from
# the reverse relations Country and Topic already have), and how to say that
# count in the visitor's language (one ngettext per kind, so each language
# applies its own plural rules).
KINDS = {
    "news": ("news_count", lambda n: ngettext("%(count)s news item", "%(count)s news items", n)),
    "interviews": ("interview_count", lambda n: ngettext("%(count)s interview", "%(count)s interviews", n)),
    "events": ("event_count", lambda n: ngettext("%(count)s event", "%(count)s events", n)),
    "participants": ("participant_count", lambda n: ngettext("%(count)s participant", "%(count)s participants", n)),
}

CLOUD_STEPS = 5


def tagged(topic):
    # news, events and participants all name their topic through-model `topic_items`
    return Q(topic_items__tag=topic)


# What a count is grouped by: a topic is named by its pk (pages carry the
# default language's topics), a country by its code (pages may point to
# another language's copy of it).
GROUP_KEYS = {"topic": "pk", "country": "code"}


def country_fields(model):
    """The fields naming the countries a page of `model` concerns: an event is in the
    country it takes place in as well as the ones it is about."""
    if model is EventPage:
        return ["country", "countries"]
    if model is ParticipantPage:
        return ["country"]
    return ["countries"]


def country_ids(code):
    """Every language's copy of the country with this code: pages may point to any.
    Filtering on these ids rather than joining the countries by code lets PostgreSQL
    estimate from its statistics how many pages match; joined, it guessed an average
    country's share, 20 times too few for the largest, and sorted them all."""
    return list(Country.objects.filter(code=code.upper()).values_list("pk", flat=True))


def grouped(pages, lookup):
    """{value of `lookup`: how many of `pages` have it}, in one query."""
    rows = pages.order_by().values(lookup).annotate(n=Count("pk", distinct=True)).values_list(lookup, "n")
    return {key: n for key, n in rows if key is not None}


def as_constant(model, key, counts):
    """An annotation giving each row of `model` its count from `counts` ({key value: n}).
    Raw SQL: as a Case of When expressions, Django spent some 90 ms a topic page resolving,
    hashing and compiling the five annotations of 46 branches each."""
    counts = {value: n for value, n in counts.items() if n}
    if not counts:
        return Value(0, output_field=IntegerField())
    field = model._meta.pk if key == "pk" else model._meta.get_field(key)
    column = f'"{model._meta.db_table}"."{field.column}"'
    branches = " ".join("WHEN %s THEN %s" for _ in counts)
    params = [part for value, n in counts.items() for part in (value, n)]
    return RawSQL(f"CASE {column} {branches} ELSE 0 END", params, output_field=IntegerField())


class Catalogue:
    def __init__(self, locale=None):
        """`locale`: list only the pages in this language (the site's views
        pass the visitor's); None counts every language's copy."""
        self.page_locale = locale
        self.today = timezone.localdate()
        self.known_ids = {}

    @cached_property
    def locale(self):
        """The locale whose copy of each country names it."""
        return Locale.get_active()

    def country(self, code):
        return Country.objects.in_locale(self.locale).filter(code=code.upper()).first()

    # -- pages ----------------------------------------------------------------

    @cached_property
    def private(self):
        """The private sections, read once for all the catalogue lists (`public()` reads them
        for each list)."""
        return Page.objects.all().private_q()

    def visible(self, model):
        pages = model.objects.live().exclude(self.private).filter(unexpired())
        return pages if self.page_locale is None else pages.filter(locale=self.page_locale)

    def of_kind(self, kind):
        if kind == "news":
            return self.visible(NewsItemPage).filter(interviewpage__isnull=True)
        if kind == "interviews":
            return self.visible(NewsItemPage).filter(interviewpage__isnull=False)
        if kind == "events":
            return self.visible(EventPage)
        return self.visible(ParticipantPage)

    def ids_of(self, country):
        """country_ids(country), looked up once per catalogue: a country page narrows its
        news, events and participants to the same country."""
        if country is None:
            return None
        if country not in self.known_ids:
            self.known_ids[country] = country_ids(country)
        return self.known_ids[country]

    @staticmethod
    def narrow(pages, topic=None, country=None, ids=None):
        """Pages about `topic` (a Topic) in `country` (a code; `ids`, its copies' ids, if
        looked up already); through subqueries, so that no page is listed twice."""
        model = pages.model
        if topic is not None:
            pages = pages.filter(pk__in=model.objects.filter(tagged(topic)).values("pk"))
        if country is not None:
            ids = country_ids(country) if ids is None else ids
            # One subquery per field: OR-ed inside one, an event's own country and the ones
            # it is about were joined for every event (60 ms at 100,000 pages, not 2).
            pages = pages.filter(
                reduce(
                    or_,
                    (
                        Q(pk__in=model.objects.filter(**{f"{field}__in": ids}).values("pk"))
                        for field in country_fields(model)
                    ),
                )
            )
        return pages

    def news(self, topic=None, country=None):
        """News items and interviews, newest first."""
        return self.narrow(self.visible(NewsItemPage), topic, country, self.ids_of(country)).stream()

    def events(self, topic=None, country=None):
        """(upcoming, past): upcoming keeps the events whose date is still to be
        announced and the cancelled ones (marked as such), so every event
        counted is listed."""
        events = self.narrow(self.visible(EventPage), topic, country, self.ids_of(country)).select_related("country")
        past = events.past(self.today).order_by("-start_date", "-pk")
        upcoming = events.not_past(self.today).order_by(F("start_date").asc(nulls_last=True), "pk")
        return upcoming, past

    def participants(self, topic=None, country=None):
        return (
            self.narrow(self.visible(ParticipantPage), topic, country, self.ids_of(country))
            .select_related("country")
            .order_by(F("participant_number").asc(nulls_last=True), "title", "pk")
        )

    # -- topics and countries with their counts -------------------------------

    def counts(self, kind, by, topic=None, country=None, only=None):
        """{topic pk or country code: visible pages of `kind` about it}, the
        pages narrowed to `topic` and `country`, the keys to `only` if given."""
        pages = self.narrow(self.of_kind(kind), topic, country, self.ids_of(country))
        if by == "topic":
            lookups = ["topic_items__tag"]
        else:
            lookups = [f"{field}__code" for field in country_fields(pages.model)]
        if only is not None:
            about_them = reduce(or_, (Q(**{f"{lookup}__in": only}) for lookup in lookups))
            pages = pages.filter(pk__in=pages.model.objects.filter(about_them).values("pk"))
        if len(lookups) == 1:
            return grouped(pages, lookups[0])
        # An event is in its own country and in the ones it is about; counted
        # once where those agree: |A ∪ B| = |A| + |B| − |A ∩ B|.
        own, about = lookups
        both = grouped(pages.filter(countries__code=F("country__code")), own)
        counts = Counter(grouped(pages, own))
        counts.update(grouped(pages, about))
        counts.subtract(both)
        return dict(counts)

    def with_counts(self, queryset, by, topic=None, country=None, only=None, keep_empty=False):
        """Annotate each kind's count of visible pages about each topic or
        country (`by`) of `queryset`, then their `total`; those with none are
        left out unless `keep_empty`."""
        key = GROUP_KEYS[by]
        totals = Counter()
        annotations = {}
        for kind, (name, _say) in KINDS.items():
            counts = self.counts(kind, by, topic, country, only)
            totals.update(counts)
            annotations[name] = as_constant(queryset.model, key, counts)
        queryset = queryset.annotate(**annotations, total=as_constant(queryset.model, key, totals))
        if keep_empty:
            return queryset
        return queryset.filter(**{f"{key}__in": [value for value, n in totals.items() if n > 0]})

    def topics(self, country=None, slug=None):
        """Topics carried by at least one visible page (in the country with
        this code), alphabetical in the visitor's language, with their counts;
        `slug`: only that one. Pages carry default-language topics only; the
        translations name them."""
        topics = Topic.objects.in_default_locale()
        only = None
        if slug is not None:
            topics = topics.filter(slug=slug)
            only = list(topics.values_list("pk", flat=True))
        # a topic coined from punctuation alone has an empty slug, hence no page
        topics = self.with_counts(topics.exclude(slug=""), "topic", country=country, only=only)
        return topics.order_by_local_name()

    def topic(self, slug):
        return self.topics(slug=slug).first()

    def countries(self, topic=None, code=None):
        """Countries at least one visible page (about `topic`) concerns,
        alphabetical, with their counts; `code`: only that one. Matched by
        code, so pages filed under another locale's copy of a country count too."""
        countries = Country.objects.in_locale(self.locale)
        only = None
        if code is not None:
            countries = countries.filter(code=code)
            only = [code]
        return self.with_counts(countries, "country", topic=topic, only=only).order_by("name")

    def country_with_counts(self, code):
        return self.countries(code=code).first()


def cloud_weights(items, steps=CLOUD_STEPS):
    """Set `weight` (1 to `steps`) on each item from its `total`, on a log
    scale so that one busy topic does not flatten all the others."""
    items = list(items)
    if not items:
        return items
    low = math.log(min(item.total for item in items))
    high = math.log(max(item.total for item in items))
    for item in items:
        if high == low:
            item.weight = (steps + 1) // 2
        else:
            item.weight = 1 + round((steps - 1) * (math.log(item.total) - low) / (high - low))
    return items


def describe_counts(item):
    """ "3 news items, 1 interview and 2 events" for an annotated topic or
    country, in the active language."""
    parts = []
    for name, say in KINDS.values():
        count = getattr(item, name)
        if count:
            parts.append(say(count) % {"count": intcomma(count)})
    if len(parts) > 1:
        # Translators: the list of counts, e.g. "3 news items, 1 interview and 2 events".
        return _("%(items)s and %(last)s") % {"items": ", ".join(parts[:-1]), "last": parts[-1]}
    return parts[0] if parts else _("nothing yet")
