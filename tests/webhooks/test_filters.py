"""A webhook can ask for some page types, countries or topics only."""

import json

from django.contrib.contenttypes.models import ContentType

from events.models import EventPage
from tests.factories import (
    CountryFactory,
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ParticipantIndexPageFactory,
    ParticipantPageFactory,
    TopicFactory,
)

from .conftest import run_worker


def published_ids(receiver):
    return sorted(json.loads(request["body"])["page"]["id"] for request in receiver.requests)


def publish(*pages):
    for page in pages:
        page.save_revision().publish()


def test_page_type_filter(home_page, receiver, database_tasks, make_webhook):
    make_webhook(receiver.url, page_types=[ContentType.objects.get_for_model(EventPage)])
    event = EventPageFactory(parent=EventIndexPageFactory(parent=home_page), live=False)
    news = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), live=False)

    publish(event, news)
    run_worker()

    assert published_ids(receiver) == [event.pk]


def test_country_filter_reads_country_lists_and_a_participants_country(
    home_page, receiver, database_tasks, make_webhook
):
    albania = CountryFactory(code="AL", name="Albania")
    romania = CountryFactory(code="RO", name="Romania")
    make_webhook(receiver.url, countries=[albania])
    news = NewsIndexPageFactory(parent=home_page)
    albanian_news = NewsPageFactory(parent=news, live=False, countries=[albania, romania])
    romanian_news = NewsPageFactory(parent=news, live=False, countries=[romania])
    unfiled_news = NewsPageFactory(parent=news, live=False)
    participants = ParticipantIndexPageFactory(parent=home_page)
    tirana = ParticipantPageFactory(parent=participants, live=False, country=albania)
    cluj = ParticipantPageFactory(parent=participants, live=False, country=romania)

    publish(albanian_news, romanian_news, unfiled_news, tirana, cluj)
    run_worker()

    assert published_ids(receiver) == sorted([albanian_news.pk, tirana.pk])


def test_topic_filter(home_page, receiver, database_tasks, make_webhook):
    housing = TopicFactory(name="Housing", slug="housing")
    education = TopicFactory(name="Education", slug="education")
    make_webhook(receiver.url, topics=[housing])
    news = NewsIndexPageFactory(parent=home_page)
    about_housing = NewsPageFactory(parent=news, live=False)
    about_housing.topics.add(housing)
    about_education = NewsPageFactory(parent=news, live=False)
    about_education.topics.add(education)

    publish(about_housing, about_education)
    run_worker()

    assert published_ids(receiver) == [about_housing.pk]


def test_filters_combine(home_page, receiver, database_tasks, make_webhook):
    albania = CountryFactory(code="AL", name="Albania")
    housing = TopicFactory(name="Housing", slug="housing")
    make_webhook(receiver.url, countries=[albania], topics=[housing])
    news = NewsIndexPageFactory(parent=home_page)
    both = NewsPageFactory(parent=news, live=False, countries=[albania])
    both.topics.add(housing)
    country_only = NewsPageFactory(parent=news, live=False, countries=[albania])

    publish(both, country_only)
    run_worker()

    assert published_ids(receiver) == [both.pk]
