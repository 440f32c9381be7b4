"""How countries and topics appear in the API: as small structured objects
({code, name} and {slug, name}) wherever a page carries them, and as the
countries/ and topics/ endpoints' own fields."""

from rest_framework.fields import Field, IntegerField

from wagtail.api import APIField


def country_data(country):
    return {"code": country.code, "name": country.name}


def topic_data(topic, language_code=None):
    """The slug is the default language's in every language (the `topic=`
    filters take it); the name is `language_code`'s where translated."""
    return {"slug": topic.slug, "name": topic.text_in(language_code).name}


class CountryField(Field):
    """A single country (a foreign key)."""

    def to_representation(self, country):
        return country_data(country)


class CountriesField(Field):
    """Several countries (a many-to-many field), in name order."""

    def to_representation(self, manager):
        return [country_data(country) for country in sorted(manager.all(), key=lambda c: c.name)]


class TopicsField(Field):
    """A page's topics, named in the page's language whatever the request's,
    read through its `topic_items` so that a listing can prefetch them
    (`topic_items__tag`) in one query."""

    def get_attribute(self, page):
        return page

    def to_representation(self, page):
        code = page.locale.language_code
        topics = [topic_data(item.tag, code) for item in page.topic_items.all()]
        return sorted(topics, key=lambda topic: topic["name"])


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
