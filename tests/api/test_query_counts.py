"""A listing costs the same number of queries for 2 items as for 20, with every
field selected: what the fields read is fetched with the pages."""

import itertools
import json
from types import SimpleNamespace

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.browse.builders import Site
from tests.factories import CountryFactory, CreditedImageFactory, PersonFactory, TopicFactory

NUMBERS = itertools.count()
TYPES = ["news.NewsPage", "news.InterviewPage", "events.EventPage", "people.ParticipantPage"]


@pytest.fixture
def taxonomy(db):
    return SimpleNamespace(
        albania=CountryFactory(code="AL", name="Albania"),
        romania=CountryFactory(code="RO", name="Romania"),
        housing=TopicFactory(name="Housing", slug="housing"),
        education=TopicFactory(name="Education", slug="education"),
    )


def fill(site, taxonomy, count):
    """`count` more pages of each type, each with every relation filled."""
    for _ in range(count):
        n = next(NUMBERS)
        image = CreditedImageFactory(file__width=900, file__height=700)
        person = PersonFactory()
        participant = site.participant(
            topics=[taxonomy.housing], title=f"Town {n}", country=taxonomy.albania, mayor=person, lead_image=image
        )
        participant.partners.create(name="CSO Young Roma")
        participant.save()
        event = site.event(
            topics=[taxonomy.housing], countries=[taxonomy.romania], title=f"Event {n}", lead_image=image
        )
        event.speakers.create(person=person, role="Speaker")
        event.organisers.create(name="Congress", participant=participant)
        event.save()
        body = json.dumps([{"type": "paragraph", "value": "<p>Text</p>"}])
        site.news(
            topics=[taxonomy.education],
            countries=[taxonomy.albania, taxonomy.romania],
            title=f"News {n}",
            lead_image=image,
            related_people=[person],
            related_participants=[participant],
            related_event=event,
            body=body,
        )
        site.interview(
            topics=[taxonomy.housing], countries=[taxonomy.albania], title=f"Interview {n}", speaker=person, body=body
        )


def count_queries(client, **params):
    client.get("/api/v2/pages/", params)  # renditions are created on first use
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/api/v2/pages/", params)
    assert response.status_code == 200
    return len(queries), len(response.json()["items"])


@pytest.mark.parametrize("type_", TYPES)
def test_listing_with_every_field_costs_the_same_for_2_or_12_items(client, home_page, taxonomy, type_):
    site = Site(home_page)
    fill(site, taxonomy, 2)
    few, shown_few = count_queries(client, type=type_, fields="*", limit=20)
    fill(site, taxonomy, 10)
    many, shown_many = count_queries(client, type=type_, fields="*", limit=20)
    assert (shown_few, shown_many) == (2, 12)
    assert many == few


def test_listing_of_all_pages_costs_the_same_whatever_the_limit(client, home_page, taxonomy):
    fill(Site(home_page), taxonomy, 5)
    few, _ = count_queries(client, fields="*", limit=2)
    many, shown = count_queries(client, fields="*", limit=20)
    assert shown == 20 and many == few


def test_facets_cost_a_fixed_number_of_queries(client, home_page, taxonomy):
    site = Site(home_page)
    fill(site, taxonomy, 2)
    few, _ = count_queries(client, facets="country,topic,type", limit=20)
    fill(site, taxonomy, 5)
    many, _ = count_queries(client, facets="country,topic,type", limit=20)
    assert many == few
