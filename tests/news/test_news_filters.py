"""The news listing filtered by topic, country, type and year, from the URL."""

import datetime

import pytest
from bs4 import BeautifulSoup

from news.models import InterviewKind
from tests.factories import (
    CountryFactory,
    InterviewPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    TopicFactory,
)


def titles(response):
    return [a.get_text() for a in BeautifulSoup(response.content, "html.parser").select("article.teaser h3 a")]


@pytest.fixture
def news(home_page):
    index = NewsIndexPageFactory(parent=home_page)
    albania = CountryFactory(code="AL", name="Albania")
    romania = CountryFactory(code="RO", name="Romania")
    housing = TopicFactory(name="Housing", slug="housing")
    education = TopicFactory(name="Education", slug="education")

    tivat = NewsPageFactory(parent=index, title="Tivat joins", date=datetime.date(2015, 5, 6))
    tivat.countries.add(albania)
    tivat.topics.add(housing)
    tivat.save_revision().publish()
    hoxha = InterviewPageFactory(parent=index, title="Hoxha interview", date=datetime.date(2015, 5, 20))
    hoxha.countries.add(albania)
    hoxha.topics.add(education)
    hoxha.save_revision().publish()
    frecon = InterviewPageFactory(
        parent=index, title="Frécon statement", kind=InterviewKind.STATEMENT, date=datetime.date(2014, 4, 8)
    )
    frecon.countries.add(romania)
    frecon.topics.add(housing)
    frecon.save_revision().publish()
    draft = NewsPageFactory(parent=index, title="Draft about housing", live=False, date=datetime.date(2013, 1, 1))
    draft.topics.add(housing)
    draft.save_revision()
    return index


FILTERED = [
    ("", ["Hoxha interview", "Tivat joins", "Frécon statement"]),
    ("?topic=housing", ["Tivat joins", "Frécon statement"]),
    ("?country=AL", ["Hoxha interview", "Tivat joins"]),
    ("?country=al", ["Hoxha interview", "Tivat joins"]),
    ("?type=news", ["Tivat joins"]),
    ("?type=interview", ["Hoxha interview"]),
    ("?type=statement", ["Frécon statement"]),
    ("?year=2014", ["Frécon statement"]),
    ("?topic=housing&country=AL", ["Tivat joins"]),
    ("?topic=housing&year=2015&type=news", ["Tivat joins"]),
    ("?topic=education&country=RO", []),
]


@pytest.mark.parametrize("query, expected", FILTERED)
def test_filters_combine_from_the_query_string(news, client, query, expected):
    response = client.get(news.url + query)
    assert response.status_code == 200
    assert titles(response) == expected


def test_filter_choices_offer_only_what_published_news_carries(news, client):
    page = BeautifulSoup(client.get(news.url).content, "html.parser")
    options = {select["name"]: [o["value"] for o in select.select("option")] for select in page.select("form select")}
    assert options["topic"] == ["", "education", "housing"]
    assert options["country"] == ["", "AL", "RO"]
    assert options["year"] == ["", "2015", "2014"]  # not 2013: that item is a draft
    assert page.select_one("label[for=id_topic]").get_text() == "Topic"


@pytest.mark.parametrize("query", ["?topic=nope", "?country=ZZ", "?type=podcast", "?year=1850", "?year=abc"])
def test_a_filter_value_that_does_not_exist_answers_400_with_the_form(news, client, query):
    response = client.get(news.url + query)
    assert response.status_code == 400
    page = BeautifulSoup(response.content, "html.parser")
    assert "This filter cannot be applied" in page.select_one(".error-summary").get_text()
    assert page.select_one("form.filters select[name=topic]")
    assert titles(response) == []


def test_pagination_keeps_the_filters(news, client):
    index = news
    for day in range(12):
        page = NewsPageFactory(parent=index, date=datetime.date(2016, 1, 1) + datetime.timedelta(days=day))
        page.topics.add("housing")
        page.save_revision().publish()
    response = client.get(index.url + "?topic=housing")
    next_link = BeautifulSoup(response.content, "html.parser").select_one(".pagination a[rel=next]")["href"]
    assert next_link == "?topic=housing&page=2"
    second = client.get(index.url + next_link)
    assert len(titles(second)) == 4  # 14 housing items, 10 a page
    assert titles(second)[-2:] == ["Tivat joins", "Frécon statement"]
    assert client.get(index.url + "?topic=housing&page=abc").status_code == 200
