"""The topics and countries a listing's filter form offers.

Read from the taxonomy tables, kept to those the listing's visible pages carry
(`carried`: the catalogue's counts, browse/catalogue.py), so that a topic or
country filed only on drafts or private pages is not given away."""

from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from .models import Country, Topic


def filter_topics(carried):
    """{slug: Topic} of the topics with a pk in `carried`, alphabetical in the
    visitor's language (slugs stay the default language's)."""
    topics = Topic.objects.in_default_locale().filter(pk__in=list(carried))
    # a topic coined from punctuation alone has an empty slug, hence no address
    return {topic.slug: topic for topic in topics.exclude(slug="").order_by_local_name()}


def filter_countries(carried):
    """{code: Country} of the countries with a code in `carried`, each once, named in
    the visitor's language."""
    countries = Country.objects.in_locale(Locale.get_active()).filter(code__in=list(carried))
    return {country.code: country for country in countries.order_by("name")}


def topic_choices(topics):
    return [("", _("All topics"))] + [(slug, topic.local_name) for slug, topic in topics.items()]


def country_choices(countries):
    return [("", _("All countries"))] + [(code, country.name) for code, country in countries.items()]
