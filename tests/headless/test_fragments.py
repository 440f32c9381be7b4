"""Sections of a page rendered once per content version ({% memo %}): the teasers and
counts of topic, country, home and listing pages. The same page with them as without;
a change on the next request; a preview never reading or leaving one."""

import datetime

import pytest
from bs4 import BeautifulSoup

from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from news.models import NewsPage
from tests.browse.builders import Site, country
from tests.factories import TopicFactory


@pytest.fixture
def site(home_page, cache_backend, settings):
    settings.MEMOIZE_FIGURES = True
    site = Site(home_page)
    housing = TopicFactory(name="Housing", slug="housing")
    for n in range(3):
        site.news(title=f"News {n}", topics=[housing], countries=[country("AL")], date=datetime.date(2024, 1, 1 + n))
    site.event(title="Seminar", topics=[housing], country=country("AL"), start_date=datetime.date(2015, 1, 1))
    site.participant(title="Tirana", topics=[housing], country=country("AL"))
    return site


PAGES = ["/en/", "/en/news/", "/en/news/?page=1", "/en/events/", "/en/topics/housing/", "/en/countries/AL/"]


def rendered(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return response.text, len(captured)


@pytest.mark.parametrize("url", PAGES)
def test_a_page_with_its_sections_memoized_is_the_page_without(site, client, settings, url):
    first, first_queries = rendered(client, url)
    again, again_queries = rendered(client, url)
    settings.MEMOIZE_FIGURES = False
    afresh, _ = rendered(client, url)
    assert again == first == afresh
    assert again_queries < first_queries


@pytest.mark.parametrize("url", ["/en/", "/en/news/", "/en/topics/housing/", "/en/countries/AL/"])
def test_a_change_to_a_teaser_shows_on_the_next_request(site, client, url):
    assert "News 2" in client.get(url).text
    page = NewsPage.objects.get(title="News 2")
    page.title = "News 2, corrected"
    page.save_revision().publish()
    assert "News 2, corrected" in client.get(url).text


def test_the_sections_are_kept_per_language(site, client):
    english = client.get("/en/topics/housing/").text
    assert "Upcoming events" in english
    french = client.get("/fr/topics/housing/").text
    assert "Upcoming events" not in french


def home_news_titles(html):
    return [
        a.text
        for a in BeautifulSoup(html, "html.parser").select(
            "#latest-news ~ article h3 a, section[aria-labelledby=latest-news] h3 a"
        )
    ]


def test_a_preview_neither_reads_nor_leaves_a_section(site, home_page, client):
    # The preview's made-up request comes in on the site's own host: the live page first, so.
    live = home_news_titles(client.get("/en/", HTTP_HOST="localhost").text)
    assert len(live) == 3
    home_page.news_count = 1  # a draft showing fewer news items
    preview = home_news_titles(home_page.make_preview_request().render().content.decode())
    assert preview == live[:1]
    assert home_news_titles(client.get("/en/", HTTP_HOST="localhost").text) == live


def test_outside_a_request_the_section_is_rendered(db, settings):
    settings.MEMOIZE_FIGURES = True
    template = Template('{% load fragments %}{% memo "part" n %}<b>{{ n }}</b>{% endmemo %}')
    assert template.render(Context({"n": 1})) == "<b>1</b>"
    assert template.render(Context({"n": 2})) == "<b>2</b>"
    request = RequestFactory().get("/")
    assert template.render(Context({"n": 3, "request": request})) == "<b>3</b>"
    assert template.render(Context({"n": 4, "request": request})) == "<b>4</b>"  # its parts are in its key


def test_a_memo_needs_a_name():
    from django.template import TemplateSyntaxError

    with pytest.raises(TemplateSyntaxError, match="needs a name"):
        Template("{% load fragments %}{% memo %}x{% endmemo %}")


def test_a_news_or_event_page_is_the_same_memoized_and_follows_an_edit(site, client, settings):
    from events.models import EventPage

    for page in (NewsPage.objects.get(title="News 1"), EventPage.objects.get(title="Seminar")):
        first, first_queries = rendered(client, page.url)
        again, again_queries = rendered(client, page.url)
        settings.MEMOIZE_FIGURES = False
        assert rendered(client, page.url)[0] == again == first
        settings.MEMOIZE_FIGURES = True
        assert again_queries < first_queries
        page.title = f"{page.title}, corrected"
        page.save_revision().publish()
        assert f"<h1>{page.title}</h1>" in client.get(page.url).text
