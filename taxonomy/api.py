"""How countries and topics appear in the API: as small structured objects
({code, name} and {slug, name}) wherever a page carries them, and as the
countries/ and topics/ endpoints' own fields."""

from rest_framework.fields import Field, IntegerField

from wagtail.api import APIField


def country_data(country):
    return {"code": country.code, "name": country.name}


def topic_data(topic):
    return {"slug": topic.slug, "name": topic.name}


class CountryField(Field):
    """A single country (a foreign key)."""

    def to_representation(self, country):
        return country_data(country)


class CountriesField(Field):
    """Several countries (a many-to-many field), in name order."""

    def to_representation(self, manager):
        return [country_data(country) for country in sorted(manager.all(), key=lambda c: c.name)]


class TopicsField(Field):
    """A page's topics, read through its `topic_items` so that a listing can
    prefetch them (`topic_items__tag`) in one query."""

    def __init__(self, **kwargs):
        kwargs.setdefault("source", "topic_items")
        super().__init__(**kwargs)

    def to_representation(self, manager):
        return [topic_data(item.tag) for item in sorted(manager.all(), key=lambda item: item.tag.name)]


class PageCountsField(Field):
    """How many published pages of each kind carry a country or topic, from the
    counts the endpoint annotates."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, item):
        return {
            "news": item.news_count,
            "interviews": item.interview_count,
            "events": item.event_count,
            "participants": item.participant_count,
        }


PAGE_COUNT_FIELDS = [
    APIField("page_count", serializer=IntegerField(source="total", read_only=True)),
    APIField("page_counts", serializer=PageCountsField(read_only=True)),
]

COUNTRY_API_FIELDS = [APIField("code"), APIField("name"), APIField("is_member_state"), *PAGE_COUNT_FIELDS]

TOPIC_API_FIELDS = [APIField("slug"), APIField("name"), APIField("description"), *PAGE_COUNT_FIELDS]
