"""The filters of /api/v2/pages/ beyond Wagtail's own.

Several values of one filter mean OR, given comma-separated or by repeating the
parameter (`country=AL,RO` or `country=AL&country=RO`); different filters AND.
Each filter narrows through `pk__in` subqueries on the page types that carry
what it asks about, so that no page is listed twice and any queryset (all pages,
one type, several types) can be narrowed the same way.

Country codes and topic slugs are turned into ids before they go into the SQL: on
`country_id IN (…)` PostgreSQL estimates from its statistics how many pages match.
Joined to the country table by code, it guessed an average country's share, 20 times
too few for the largest, and chose to sort every match (200 ms at 100,000 pages)
rather than walk the path index to the first 20 (1 ms)."""

import datetime
import re
from functools import reduce
from operator import or_
from types import SimpleNamespace

from rest_framework.filters import BaseFilterBackend

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from taggit.managers import TaggableManager
from wagtail.api.v2.filters import SearchFilter as WagtailSearchFilter
from wagtail.api.v2.utils import parse_boolean
from wagtail.models import Locale, Page

from events.models import EventPage, EventPageTopic
from news.models import InterviewKind, InterviewPage, NewsItemPage, NewsItemTopic
from people.models import ParticipantKind, ParticipantPage, ParticipantPageTopic, Person
from taxonomy.models import Country, Topic

from .errors import MAX_INT, ParameterError, parse_int

# Where each page type records the countries, topics and people it concerns.
COUNTRY_LOOKUPS = [
    (NewsItemPage, "countries"),
    (EventPage, "country"),
    (EventPage, "countries"),
    (ParticipantPage, "country"),
]
TOPIC_THROUGH_MODELS = [NewsItemTopic, EventPageTopic, ParticipantPageTopic]
PERSON_LOOKUPS = [
    (NewsItemPage, "related_people"),
    (InterviewPage, "speaker"),
    (EventPage, "speakers__person"),
    (ParticipantPage, "mayor"),
    (ParticipantPage, "contact_person"),
]
KINDS = {value: label for value, label in [*ParticipantKind.choices, *InterviewKind.choices]}

FILTER_PARAMETERS = frozenset(
    [
        "country",
        "topic",
        "tag",
        "person",
        "date_from",
        "date_to",
        "upcoming",
        "starts_after",
        "starts_before",
        "kind",
        "updated_since",
        "facets",
    ]
)

WORD = re.compile(r"\w+")

# `order` names and what they sort by; "date" is each type's own date (a news
# item's, an event's start, a participant's joining).
ORDERS = ["date", "title", "participant_number", "start_date", "first_published_at", "last_published_at", "id"]
SEARCH_ORDERS = ["title", "first_published_at", "last_published_at", "id"]


def values_of(request, name):
    values = []
    for raw in request.GET.getlist(name):
        values.extend(value.strip() for value in raw.split(",") if value.strip())
    if not values:
        raise ParameterError(name, f"{name} needs a value.")
    return values


def any_of(pairs, listed=Page):
    """Q matching the pages of any (model, lookup-Q) pair, leaving out the pairs whose
    model cannot hold a page of the `listed` type: with `type=news.NewsPage`, a country
    is looked up among news items only, not also among events and participants, which
    at 100,000 pages turned a 20-item listing into a join of every page type."""
    pairs = [(model, condition) for model, condition in pairs if related_types(model, listed)]
    if not pairs:
        return Q(pk__in=[])
    return reduce(or_, (Q(pk__in=model.objects.filter(condition).values("pk")) for model, condition in pairs))


def related_types(one, other):
    return issubclass(one, other) or issubclass(other, one)


def parse_date(name, value):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise ParameterError(name, f"{name} must be a date as YYYY-MM-DD, not “{value}”.") from None


def parse_timestamp(name, value):
    try:
        moment = parse_datetime(value)
    except ValueError:
        moment = None
    if moment is None:
        try:
            day = datetime.date.fromisoformat(value)
        except ValueError:
            raise ParameterError(
                name, f"{name} must be an ISO 8601 timestamp such as 2025-01-31T12:00:00Z, not “{value}”."
            ) from None
        moment = datetime.datetime.combine(day, datetime.time())
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment, datetime.UTC)
    try:
        return moment.astimezone(datetime.UTC)
    except OverflowError:
        raise ParameterError(name, f"{name} is out of the range of dates.") from None


class ContentFilter(BaseFilterBackend):
    """country, topic, tag, person, date_from, date_to, upcoming, starts_after,
    starts_before, kind and updated_since."""

    def filter_queryset(self, request, queryset, view):
        view.listed_model = queryset.model
        for name in FILTER_PARAMETERS - {"facets"}:
            if name in request.GET:
                queryset = queryset.filter(getattr(self, name)(request, name, view))
        return queryset

    def country(self, request, name, view):
        codes = {code.upper() for code in values_of(request, name)}
        # Every language's copy of each country: pages may point to any of them.
        countries = list(Country.objects.filter(code__in=codes).values_list("pk", "code"))
        if unknown := sorted(codes - {code for _, code in countries}):
            raise ParameterError(name, f"Unknown country code: {', '.join(unknown)}. Use ISO 3166-1 alpha-2, e.g. AL.")
        ids = [pk for pk, _ in countries]
        return any_of([(model, Q(**{f"{lookup}__in": ids})) for model, lookup in COUNTRY_LOOKUPS], view.listed_model)

    def topic(self, request, name, view):
        slugs = {slug.lower() for slug in values_of(request, name)}
        # A topic is named by its default-language slug; its translations share the slug,
        # and translated pages carry the translations.
        topics = list(Topic.objects.filter(slug__in=slugs).values_list("pk", "slug", "locale__language_code"))
        known = {slug for _, slug, language in topics if language == settings.LANGUAGE_CODE}
        if unknown := sorted(slugs - known):
            raise ParameterError(name, f"Unknown topic: {', '.join(unknown)}. The topics/ endpoint lists them.")
        ids = [pk for pk, slug, _ in topics if slug in known]
        throughs = [
            through
            for through in TOPIC_THROUGH_MODELS
            if related_types(through._meta.get_field("content_object").related_model, view.listed_model)
        ]
        if not throughs:
            return Q(pk__in=[])
        return reduce(
            or_,
            (Q(pk__in=through.objects.filter(tag_id__in=ids).values("content_object_id")) for through in throughs),
        )

    tag = topic

    def person(self, request, name, view):
        ids = {parse_int(name, value, minimum=1) for value in values_of(request, name)}
        known = set(Person.objects.filter(pk__in=ids).values_list("pk", flat=True))
        if unknown := sorted(ids - known):
            raise ParameterError(name, f"No person with the id {', '.join(map(str, unknown))}.")
        return any_of([(model, Q(**{f"{lookup}__in": ids})) for model, lookup in PERSON_LOOKUPS], view.listed_model)

    def single(self, request, name):
        values = values_of(request, name)
        if len(values) > 1:
            raise ParameterError(name, f"{name} takes one value.")
        return values[0]

    def date_from(self, request, name, view):
        day = parse_date(name, self.single(request, name))
        return Q(pk__in=NewsItemPage.objects.filter(date__gte=day).values("pk"))

    def date_to(self, request, name, view):
        day = parse_date(name, self.single(request, name))
        return Q(pk__in=NewsItemPage.objects.filter(date__lte=day).values("pk"))

    def starts_after(self, request, name, view):
        day = parse_date(name, self.single(request, name))
        return Q(pk__in=EventPage.objects.filter(start_date__gte=day).values("pk"))

    def starts_before(self, request, name, view):
        day = parse_date(name, self.single(request, name))
        return Q(pk__in=EventPage.objects.filter(start_date__lte=day).values("pk"))

    def upcoming(self, request, name, view):
        value = self.single(request, name)
        try:
            upcoming = parse_boolean(value)
        except ValueError:
            raise ParameterError(name, f"{name} must be true or false, not “{value}”.") from None
        upcoming_ids = EventPage.objects.upcoming().values("pk")
        if upcoming:
            return Q(pk__in=upcoming_ids)
        return Q(pk__in=EventPage.objects.exclude(pk__in=upcoming_ids).values("pk"))

    def kind(self, request, name, view):
        kinds = set(values_of(request, name))
        if unknown := sorted(kinds - set(KINDS)):
            raise ParameterError(name, f"Unknown kind: {', '.join(unknown)}. Use one of {', '.join(KINDS)}.")
        return any_of([(ParticipantPage, Q(kind__in=kinds)), (InterviewPage, Q(kind__in=kinds))], view.listed_model)

    def updated_since(self, request, name, view):
        view.updated_since = parse_timestamp(name, self.single(request, name))
        return Q(last_published_at__gte=view.updated_since)


class FieldsFilter(BaseFilterBackend):
    """Wagtail's filter on a type's own fields (`?type=news.NewsPage&date=2015-05-06`),
    with each value checked against its field so that a bad one is a 400
    naming it, and the names the view's own filters take (`own_filters`) left to them."""

    def filter_queryset(self, request, queryset, view):
        model = queryset.model
        own = getattr(view, "own_filters", frozenset())
        fields = set(view.get_available_fields(model, db_fields_only=True)) - {"locale"} - own
        for name, value in request.GET.items():
            if name not in fields:
                continue
            field = model._meta.get_field(name)
            if isinstance(field, TaggableManager):
                for tag in value.split(","):
                    queryset = queryset.filter(pk__in=model.objects.filter(**{f"{name}__name": tag}).values("pk"))
                continue
            try:
                if field.get_internal_type() == "BooleanField":
                    value = parse_boolean(value)
                elif field.is_relation:
                    value = field.related_model._meta.pk.to_python(value)
                else:
                    value = field.to_python(value)
                    # the field's own limits: digits of a decimal (no NaN), an integer's range, a text's length
                    field.run_validators(value)
                if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_INT:
                    raise ValueError("out of range")
            except (ValidationError, ValueError, TypeError):
                raise ParameterError(name, f"“{value}” is not a valid value for {name}.") from None
            queryset = queryset.filter(pk__in=model.objects.filter(**{name: value}).values("pk"))
        return queryset


class LocaleFilter(BaseFilterBackend):
    def filter_queryset(self, request, queryset, view):
        if "locale" not in request.GET:
            return queryset
        codes = values_of(request, "locale")
        locales = Locale.objects.filter(language_code__in=codes)
        if unknown := sorted(set(codes) - {locale.language_code for locale in locales}):
            raise ParameterError("locale", f"Unknown locale: {', '.join(unknown)}.")
        return queryset.filter(pk__in=queryset.model.objects.filter(locale__in=locales).values("pk"))


def date_expression(model):
    if issubclass(model, NewsItemPage):
        return F("date")
    if issubclass(model, EventPage):
        return F("start_date")
    if issubclass(model, ParticipantPage):
        return F("date_joined")
    if model._meta.model_name == "page":
        return Coalesce("newsitempage__date", "eventpage__start_date", "participantpage__date_joined")
    return F("first_published_at")


class OrderingFilter(BaseFilterBackend):
    """`order=date,-title`: a leading minus reverses; empty values sort last."""

    def filter_queryset(self, request, queryset, view):
        if "order" not in request.GET:
            return queryset
        model = queryset.model
        terms = values_of(request, "order")
        if "search" in request.GET:
            # the search backend sorts on indexed page fields only
            if unsortable := [term for term in terms if term.removeprefix("-") not in SEARCH_ORDERS]:
                raise ParameterError(
                    "order", f"Search results cannot be ordered by {unsortable[0]}; use {', '.join(SEARCH_ORDERS)}."
                )
            return queryset.order_by(*terms)
        ordering = []
        for term in terms:
            name = term.removeprefix("-")
            if name not in ORDERS:
                raise ParameterError("order", f"Cannot order by “{name}”. Use one of {', '.join(ORDERS)}.")
            if name == "date":
                queryset = queryset.annotate(order_date=date_expression(model))
                expression = F("order_date")
            elif name in {"participant_number", "start_date"}:
                owner = ParticipantPage if name == "participant_number" else EventPage
                if issubclass(model, owner):
                    expression = F(name)
                elif model._meta.model_name == "page":
                    expression = F(f"{owner._meta.model_name}__{name}")
                else:
                    raise ParameterError("order", f"{model.__name__} has no {name} to order by.")
            else:
                expression = F(name)
            ordering.append(
                expression.desc(nulls_last=True) if term.startswith("-") else expression.asc(nulls_last=True)
            )
        return queryset.order_by(*ordering, "pk")


class SearchFilter(WagtailSearchFilter):
    """Wagtail's search on the words of the query only: punctuation means
    operators to some backends (SQLite's FTS5 fails on a lone `&`)."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        words = WORD.findall(request.GET["search"])
        if not words:
            return queryset.none()
        query = request.GET.copy()
        query["search"] = " ".join(words)
        return super().filter_queryset(SimpleNamespace(GET=query), queryset, view)
