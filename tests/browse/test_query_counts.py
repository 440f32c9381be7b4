"""Each browse page costs the same number of SQL queries with 2 items of each
kind as with 12, on as many topics and countries."""

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from taxonomy.models import Country
from tests.factories import TopicFactory

from .builders import country

# each page, and a text it shows only once the ten extra items are there
PAGES = {
    "/en/topics/": "Topic 11",
    "/en/topics/housing/": "North Macedonia",
    "/en/topics/housing/?country=AL": 'Upcoming events <span class="count">(6)</span>',
    "/en/countries/": "North Macedonia",
    "/en/countries/AL/": "Topic 11",
}
CODES = ["AL", "GR", "BE", "ES", "RO", "ME", "LV", "HU", "SK", "BG", "RS", "MK"]


def add_items(site, housing, start, count):
    """`count` items of each kind on housing and on a topic of their own, each
    in Albania and a country of its own, half of the events still to come."""
    today = timezone.localdate()
    albania = country("AL")
    for n in range(start, start + count):
        topics = [housing, TopicFactory(name=f"Topic {n}", slug=f"topic-{n}")]
        other = Country.objects.get(code=CODES[n])
        site.news(topics=topics, countries=[albania, other], date=datetime.date(2015, 1, 1 + n))
        site.interview(topics=topics, countries=[albania, other], date=datetime.date(2015, 2, 1 + n))
        when = today + datetime.timedelta(days=n if n % 2 else -n - 1)
        site.event(topics=topics, country=albania, countries=[other], start_date=when)
        site.participant(topics=topics, country=albania if n % 2 else other, participant_number=n + 1)


def queries_for(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize("url", PAGES)
def test_browse_pages_cost_the_same_queries_for_2_or_12_items(site, client, django_assert_num_queries, url):
    housing = TopicFactory(name="Housing", slug="housing")
    add_items(site, housing, 0, 2)
    client.get(url)  # warm the per-process caches (content types, site root paths)
    few = queries_for(client, url)

    add_items(site, housing, 2, 10)
    with django_assert_num_queries(few):
        response = client.get(url)
    assert response.status_code == 200
    assert PAGES[url] in response.text


@pytest.mark.parametrize(
    ("url", "listed_table"), [("/en/topics/housing/", "taxonomy_country"), ("/en/countries/AL/", "taxonomy_topic")]
)
def test_a_page_s_countries_or_topics_are_read_once(site, client, url, listed_table):
    # The template reads them for its `if` and again for its `for`: one queryset, read once.
    housing = TopicFactory(name="Housing", slug="housing")
    add_items(site, housing, 0, 2)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    listed = [
        q["sql"] for q in captured.captured_queries if f'FROM "{listed_table}"' in q["sql"] and "CASE" in q["sql"]
    ]
    assert len(listed) == 1, listed
