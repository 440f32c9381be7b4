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


def test_a_memoized_search_reads_no_page_and_shows_a_change_at_once(sections, client, settings):
    # The facets, the ids and the page of hits (titles and snippets highlighted) are memoized per
    # content version and language: the second identical search reads no page (Wagtail still
    # looks up the request's site).
    settings.MEMOIZE_FIGURES = True
    news = NewsPageFactory(parent=sections.news, title="Roma housing in Tirana")
    url = "/en/search/?q=roma"
    first = client.get(url)
    with CaptureQueriesContext(connection) as captured:
        second = client.get(url)
    assert second.content == first.content
    assert result_titles(second) == ["Roma housing in Tirana"]
    sql = [query["sql"] for query in captured.captured_queries]
    assert not [query for query in sql if 'FROM "wagtailcore_site"' not in query], sql

    news.title = "Roma housing in Tirana, a year on"
    news.save_revision().publish()
    assert result_titles(client.get(url)) == ["Roma housing in Tirana, a year on"]
    assert result_titles(client.get("/fr/search/?q=roma")) == ["Roma housing in Tirana, a year on"]


def test_each_filtered_search_is_memoized_apart(sections, client, settings):
    # The searched pages are built once per process and known to the memos by the language's
    # root, the topic, the country and the type (search/results.py): no two may share results.
    settings.MEMOIZE_FIGURES = True
    housing = TopicFactory(name="Housing", slug="housing")
    TopicFactory(name="Health", slug="health")
    add_matching_pages(sections, housing, range(1))
    NewsPageFactory(parent=sections.news, title="Roma news elsewhere")
    expected = {
        "/en/search/?q=Roma": ["Roma news elsewhere", "Roma news 0", "Roma event 0", "Roma city 0"],
        "/en/search/?q=Roma&topic=housing": ["Roma news 0", "Roma event 0", "Roma city 0"],
        "/en/search/?q=Roma&topic=health": [],
        "/en/search/?q=Roma&country=AL": ["Roma news 0", "Roma event 0", "Roma city 0"],
        "/en/search/?q=Roma&type=news": ["Roma news elsewhere", "Roma news 0"],
        "/en/search/?q=Roma&type=event": ["Roma event 0"],
        "/en/search/?q=Roma&type=participant": ["Roma city 0"],
        "/en/search/?q=Roma&topic=housing&type=participant": ["Roma city 0"],
    }
    for _ in range(2):
        for url, titles in expected.items():
            assert sorted(result_titles(client.get(url))) == sorted(titles), url
