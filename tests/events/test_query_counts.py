"""The events index and the participants directory, filtered or not, cost the
same number of SQL queries with 3 events or participants as with 33: at
100,000 pages a topic or country has thousands."""

import datetime

import pytest

from django.utils import timezone

from tests.browse.builders import Site, country
from tests.browse.test_query_counts import queries_for
from tests.factories import TopicFactory

URLS = [
    "/en/events/",
    "/en/events/?topic=housing",
    "/en/events/?country=al",
    "/en/events/?topic=housing&country=AL&page=2",
    "/en/participants/?topic=housing",
    "/en/participants/?topic=housing&country=AL&sort=name",
]
CODES = ["AL", "GR", "BE"]


def add_items(site, housing, start, count):
    """`count` events on housing, each on a topic of its own too, a third of
    them to come, a third undated, a third past; each in Albania, held there
    or only about it; and as many participants."""
    today = timezone.localdate()
    albania = country("AL")
    for n in range(start, start + count):
        topics = [housing, TopicFactory(name=f"Topic {n}", slug=f"topic-{n}")]
        other = country(CODES[n % 3])
        when = [today + datetime.timedelta(days=n + 1), None, today - datetime.timedelta(days=n + 1)][n % 3]
        held_in, about = (albania, [other]) if n % 2 else (other, [albania, other])
        site.event(topics=topics, country=held_in, countries=about, start_date=when)
        site.participant(topics=topics, country=albania if n % 2 else other, participant_number=n + 1)


@pytest.mark.parametrize("url", URLS)
def test_filtered_listings_cost_the_same_queries_for_3_or_33_items(home_page, client, django_assert_num_queries, url):
    site = Site(home_page)
    housing = TopicFactory(name="Housing", slug="housing")
    add_items(site, housing, 0, 3)
    client.get(url)  # warm the per-process caches (content types, site root paths)
    few = queries_for(client, url)

    add_items(site, housing, 3, 30)
    with django_assert_num_queries(few):
        response = client.get(url)
    assert response.status_code == 200
    assert "Topic 32" in response.text  # the new topics are offered
    # and the new items listed: every event is on housing and in Albania, half the participants
    item = '<article class="teaser event">' if url.startswith("/en/events/") else '<th scope="row">'
    assert response.text.count(item) >= 16
