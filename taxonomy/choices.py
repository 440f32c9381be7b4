"""The topics and countries a listing's filter form offers.

Read from the taxonomy tables, not from the pages being listed: one query
each, whatever the number of pages (collecting the values the pages carry
means scanning them, which is what grows slow at 100,000 pages). A topic or
country no page carries yet is offered too, and answers with an empty list."""

from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from .models import Country, Topic


def filter_topics():
    """{slug: Topic} of the topics pages are filed under, alphabetical in the
    visitor's language (slugs stay the default language's)."""
    # a topic coined from punctuation alone has an empty slug, hence no address
    return {topic.slug: topic for topic in Topic.objects.in_default_locale().exclude(slug="").order_by_local_name()}


def filter_countries():
    """{code: Country}, each country once, named in the visitor's language."""
    return {country.code: country for country in Country.objects.in_locale(Locale.get_active()).order_by("name")}


def topic_choices(topics):
    return [("", _("All topics"))] + [(slug, topic.local_name) for slug, topic in topics.items()]


def country_choices(countries):
    return [("", _("All countries"))] + [(code, country.name) for code, country in countries.items()]
