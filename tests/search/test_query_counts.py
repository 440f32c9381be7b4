"""A results page costs the same number of SQL queries however many pages
match: a fixed set, plus one query per page type shown (the specific pages of
each type are fetched together)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.models import NewsPage
from taxonomy.models import Country
from tests.factories import EventPageFactory, NewsPageFactory, ParticipantPageFactory, TopicFactory

from .conftest import result_titles

FILTERED = "/en/search/?q=Roma&topic=housing&country=AL"
# Ten queries for the search itself with three page types shown, the rest for
# the site chrome of base.html.
MAX_QUERIES = 20


def add_matching_pages(sections, topic, numbers):
    albania = Country.objects.get(code="AL")
    for n in numbers:
        for page in (
            NewsPageFactory(parent=sections.news, title=f"Roma news {n}"),
            EventPageFactory(parent=sections.events, title=f"Roma event {n}", country=albania),
            ParticipantPageFactory(parent=sections.participants, title=f"Roma city {n}", country=albania),
        ):
            page.topics.add(topic)
            if isinstance(page, NewsPage):
                page.countries.add(albania)
            page.save()


def queries_for(client, url):
    client.get(url)  # warm per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return len(captured.captured_queries), response


def test_results_page_queries_do_not_grow_with_the_results(sections, client, django_assert_max_num_queries):
    housing = TopicFactory(name="Housing", slug="housing")
    add_matching_pages(sections, housing, range(1))
    few, response = queries_for(client, FILTERED + "&type=news")
    assert len(result_titles(response)) == 1
    with django_assert_max_num_queries(MAX_QUERIES):
        assert len(result_titles(client.get(FILTERED))) == 3

    add_matching_pages(sections, housing, range(1, 15))
    many, response = queries_for(client, FILTERED + "&type=news")
    assert len(result_titles(response)) == 10  # of 15
    assert many == few
    for page in (1, 2, 4):
        with django_assert_max_num_queries(MAX_QUERIES):
            assert len(result_titles(client.get(f"{FILTERED}&page={page}"))) == 10
