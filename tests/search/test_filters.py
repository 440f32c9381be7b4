from urllib.parse import parse_qs, urlsplit

import pytest

from taxonomy.models import Country
from tests.factories import (
    EventPageFactory,
    FormPageFactory,
    InterviewPageFactory,
    NewsPageFactory,
    ParticipantPageFactory,
    TopicFactory,
)

from .conftest import facet_counts, result_titles, soup


def params_of(href):
    return {name: values[0] for name, values in parse_qs(urlsplit(href).query).items()}


@pytest.fixture
def roma_pages(sections):
    """Pages of every type mentioning "Roma", filed under topics and countries."""
    housing = TopicFactory(name="Housing", slug="housing")
    education = TopicFactory(name="Education", slug="education")
    albania, greece = Country.objects.get(code="AL"), Country.objects.get(code="GR")

    def filed(page, topics=(), countries=()):
        page.topics.add(*topics)
        if countries:
            page.countries.add(*countries)
        page.save_revision().publish()
        return page

    filed(NewsPageFactory(parent=sections.news, title="Roma housing in Tirana"), [housing], [albania])
    filed(NewsPageFactory(parent=sections.news, title="Roma pupils in Athens"), [education], [greece])
    filed(InterviewPageFactory(parent=sections.news, title="Roma housing, an interview"), [housing], [greece])
    filed(EventPageFactory(parent=sections.events, title="Roma housing seminar", country=albania), [housing])
    filed(EventPageFactory(parent=sections.events, title="Roma school forum"), [education], [albania])
    filed(ParticipantPageFactory(parent=sections.participants, title="Roma city Elbasan", country=albania), [housing])
    FormPageFactory(parent=sections.news.get_parent(), title="Roma: join the Alliance")
    return housing, education


def test_facets_count_each_type_and_link_to_the_narrowed_search(roma_pages, client):
    response = client.get("/en/search/", {"q": "Roma"})
    assert facet_counts(response) == {
        "News": 2,
        "Interviews and statements": 1,
        "Events": 2,
        "Participants": 1,
        "Other pages": 1,
    }
    links = {link.get_text(" ", strip=True): params_of(link["href"]) for link in soup(response).select(".facets a")}
    assert links["Events (2)"] == {"q": "Roma", "type": "event"}


@pytest.mark.parametrize(
    ("slug", "titles"),
    [
        ("news", {"Roma housing in Tirana", "Roma pupils in Athens"}),
        ("interview", {"Roma housing, an interview"}),
        ("event", {"Roma housing seminar", "Roma school forum"}),
        ("participant", {"Roma city Elbasan"}),
        ("page", {"Roma: join the Alliance"}),
    ],
)
def test_type_filter(roma_pages, client, slug, titles):
    response = client.get("/en/search/", {"q": "Roma", "type": slug})
    assert set(result_titles(response)) == titles
    # The facets still count every type, the chosen one marked as current.
    facets = facet_counts(response)
    assert facets.pop("All types") == 7
    assert sum(facets.values()) == 7
    assert soup(response).select_one(".facets a[aria-current]")["href"].endswith(f"type={slug}")


def test_topic_filter_covers_news_events_and_participants(roma_pages, client):
    response = client.get("/en/search/", {"q": "Roma", "topic": "housing"})
    assert set(result_titles(response)) == {
        "Roma housing in Tirana",
        "Roma housing, an interview",
        "Roma housing seminar",
        "Roma city Elbasan",
    }
    assert facet_counts(response) == {"News": 1, "Interviews and statements": 1, "Events": 1, "Participants": 1}


def test_country_filter_takes_the_venue_the_countries_and_the_participant_country(roma_pages, client):
    response = client.get("/en/search/", {"q": "Roma", "country": "al"})
    assert set(result_titles(response)) == {
        "Roma housing in Tirana",
        "Roma housing seminar",
        "Roma school forum",
        "Roma city Elbasan",
    }
    assert soup(response).select_one("select[name=country] option[selected]")["value"] == "AL"


def test_filters_combine(roma_pages, client):
    response = client.get("/en/search/", {"q": "Roma", "topic": "housing", "country": "AL", "type": "event"})
    assert result_titles(response) == ["Roma housing seminar"]
    filters = soup(response).select(".active-filters li")
    assert [f.contents[0].strip() for f in filters] == ["Events", "Housing", "Albania"]
    assert params_of(filters[1].a["href"]) == {"q": "Roma", "type": "event", "country": "AL"}


def test_no_results_with_filters_offers_to_remove_them_and_to_browse(roma_pages, client):
    response = client.get("/en/search/", {"q": "Roma", "topic": "education", "type": "participant"})
    html = soup(response)
    assert response.status_code == 200
    assert "Nothing matches your search with these filters" in html.select_one(".no-results").get_text()
    hrefs = [a["href"] for a in html.select(".no-results a")]
    assert params_of(hrefs[0]) == {"q": "Roma"}
    assert "/en/topics/" in hrefs and "/en/countries/" in hrefs


def test_pagination_links_keep_the_query_and_the_filters(sections, client):
    housing = TopicFactory(name="Housing", slug="housing")
    for n in range(12):
        page = NewsPageFactory(parent=sections.news, title=f"Roma housing report {n}")
        page.topics.add(housing)
        page.save()
    EventPageFactory(parent=sections.events, title="Roma housing event")

    response = client.get("/en/search/", {"q": "Roma housing", "type": "news", "topic": "housing"})
    assert len(result_titles(response)) == 10
    next_link = soup(response).select_one(".pagination a[rel=next]")
    assert params_of(next_link["href"]) == {"q": "Roma housing", "type": "news", "topic": "housing", "page": "2"}

    second = client.get("/en/search/" + next_link["href"])
    assert len(result_titles(second)) == 2
    assert soup(second).title.get_text().startswith("Search results for “Roma housing” (page 2)")
    assert params_of(soup(second).select_one(".pagination a[rel=prev]")["href"])["page"] == "1"


@pytest.mark.parametrize(
    ("params", "parameter", "says"),
    [
        ({"type": "podcast"}, "type", "There is no type “podcast”"),
        ({"topic": "no-such-topic"}, "topic", "There is no topic “no-such-topic”"),
        ({"country": "ZZ"}, "country", "There is no country with the code “ZZ”"),
        ({"country": "Albania"}, "country", "There is no country with the code “ALBANIA”"),
        ({"topic": "a\x00b"}, "topic", "There is no topic"),
        ({"country": "x" * 5000}, "country", "There is no country with the code “XXXX"),
    ],
)
def test_bad_filter_values_are_a_readable_400_naming_the_parameter(roma_pages, client, params, parameter, says):
    response = client.get("/en/search/", {"q": "Roma", **params})
    assert response.status_code == 400
    summary = soup(response).select_one(".error-summary[role=alert]").get_text(" ", strip=True)
    assert f"The {parameter} parameter" in summary
    assert says in summary
    assert len(summary) < 300  # a long bad value is cut short
    assert soup(response).select_one("main form[role=search] input[name=q]")["value"] == "Roma"


def test_bad_filter_value_without_a_query_is_a_400_too(db, client):
    assert client.get("/en/search/", {"type": "nonsense"}).status_code == 400
