"""The participants directory: filters, sorting and its GeoJSON."""

import datetime
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup

from wagtail.models import PageViewRestriction

from people.models import ParticipantKind, ParticipantPage
from tests.factories import CountryFactory, ParticipantIndexPageFactory, ParticipantPageFactory, TopicFactory


def names(response):
    return [a.get_text() for a in BeautifulSoup(response.content, "html.parser").select("table.participants th a")]


@pytest.fixture
def directory(home_page):
    index = ParticipantIndexPageFactory(parent=home_page)
    albania = CountryFactory(code="AL", name="Albania")
    belgium = CountryFactory(code="BE", name="Belgium")
    montenegro = CountryFactory(code="ME", name="Montenegro")
    ParticipantPageFactory(
        parent=index,
        title="Tirana",
        country=albania,
        participant_number=12,
        date_joined=datetime.date(2013, 9, 1),
        latitude=Decimal("41.3275"),
        longitude=Decimal("19.8189"),
    )
    ParticipantPageFactory(
        parent=index,
        title="Anderlecht",
        country=belgium,
        participant_number=126,
        date_joined=datetime.date(2015, 3, 20),
        latitude=Decimal("50.8365"),
        longitude=Decimal("4.3075"),
    )
    ParticipantPageFactory(
        parent=index,
        title="Tivat",
        kind=ParticipantKind.MUNICIPALITY,
        country=montenegro,
        participant_number=127,
        date_joined=datetime.date(2015, 5, 6),
    )
    ParticipantPageFactory(parent=index, title="Daugavpils", country=albania)  # no number, no date
    ParticipantPageFactory(parent=index, title="Hidden draft", country=belgium, participant_number=1, live=False)
    private = ParticipantPageFactory(parent=index, title="Private", country=belgium, participant_number=2)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    return index


@pytest.mark.parametrize(
    "query, expected",
    [
        ("", ["Tirana", "Anderlecht", "Tivat", "Daugavpils"]),
        ("?sort=number", ["Tirana", "Anderlecht", "Tivat", "Daugavpils"]),
        ("?sort=name", ["Anderlecht", "Daugavpils", "Tirana", "Tivat"]),
        ("?sort=joined", ["Tivat", "Anderlecht", "Tirana", "Daugavpils"]),
        ("?country=AL", ["Tirana", "Daugavpils"]),
        ("?country=al&sort=name", ["Daugavpils", "Tirana"]),
        ("?kind=municipality", ["Tivat"]),
        ("?kind=city&country=BE", ["Anderlecht"]),
        ("?kind=region", []),
    ],
)
def test_directory_filters_and_sorts(directory, client, query, expected):
    response = client.get(directory.url + query)
    assert response.status_code == 200
    assert names(response) == expected


def test_country_choices_are_the_countries_of_published_participants(directory, client):
    page = BeautifulSoup(client.get(directory.url).content, "html.parser")
    assert [o["value"] for o in page.select("select[name=country] option")] == ["", "AL", "BE", "ME"]


@pytest.mark.parametrize("query", ["?country=ZZ", "?kind=village", "?sort=population"])
def test_an_unknown_filter_or_sort_answers_400_with_the_form(directory, client, query):
    response = client.get(directory.url + query)
    assert response.status_code == 400
    assert "This filter cannot be applied" in response.content.decode()
    assert names(response) == []


def test_geojson_lists_published_participants_with_coordinates(directory, client):
    response = client.get("/en/data/participants.geojson")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json"
    data = response.json()
    assert data["type"] == "FeatureCollection"
    by_name = {feature["properties"]["name"]: feature for feature in data["features"]}
    assert set(by_name) == {"Tirana", "Anderlecht"}  # Tivat and Daugavpils have no coordinates
    tirana = by_name["Tirana"]
    assert tirana["geometry"] == {"type": "Point", "coordinates": [19.8189, 41.3275]}
    assert tirana["properties"]["country"] == {"code": "AL", "name": "Albania"}
    assert tirana["properties"]["participant_number"] == 12
    assert tirana["properties"]["date_joined"] == "2013-09-01"
    assert tirana["properties"]["url"] == "http://testserver/en/participants/tirana/"


def test_geojson_takes_the_directory_filters(directory, client):
    data = client.get("/en/data/participants.geojson?country=be").json()
    assert [feature["properties"]["name"] for feature in data["features"]] == ["Anderlecht"]
    response = client.get("/en/data/participants.geojson?kind=village")
    assert response.status_code == 400
    assert "kind" in response.json()["fields"]


def test_the_map_is_fed_the_same_filters_as_the_table(directory, client):
    page = BeautifulSoup(client.get(directory.url + "?country=AL&sort=name").content, "html.parser")
    figure = page.select_one("figure.participants-map")
    assert figure["data-geojson"] == "/en/data/participants.geojson?country=AL&sort=name"
    assert figure["data-basemap"].endswith("img/europe-map.svg")


def test_the_table_comes_a_page_at_a_time_keeping_the_filters(directory, client, monkeypatch):
    from people import models

    monkeypatch.setattr(models, "PARTICIPANTS_PER_PAGE", 2)
    first = client.get(directory.url + "?sort=name")
    assert names(first) == ["Anderlecht", "Daugavpils"]
    page = BeautifulSoup(first.content, "html.parser")
    # The count is of every participant, not of those on this page.
    assert "4 participants." in page.select_one(".result-summary").get_text()
    assert page.select_one("nav.pagination a[rel=next]")["href"] == "?sort=name&page=2"
    second = client.get(directory.url + "?sort=name&page=2")
    assert names(second) == ["Tirana", "Tivat"]
    # The map shows every participant the filters select, whatever the page of the table.
    figure = BeautifulSoup(second.content, "html.parser").select_one("figure.participants-map")
    assert figure["data-geojson"] == "/en/data/participants.geojson?sort=name"
    # Past the last page: the last page, as the news listing does.
    assert names(client.get(directory.url + "?sort=name&page=9")) == ["Tirana", "Tivat"]


@pytest.fixture
def housing(directory):
    """Housing, the topic of Tirana and of the hidden draft and private participants;
    Anderlecht is on another topic."""
    housing = TopicFactory(name="Housing", slug="housing")
    education = TopicFactory(name="Education", slug="education")
    for title, topics in [
        ("Tirana", [housing, education]),
        ("Anderlecht", [education]),
        ("Hidden draft", [housing]),
        ("Private", [housing]),
    ]:
        participant = ParticipantPage.objects.get(title=title)
        participant.topics.add(*topics)
        participant.save()
    return housing


@pytest.mark.parametrize(
    "query, expected",
    [
        ("?topic=housing", ["Tirana"]),
        ("?topic=education&sort=name", ["Anderlecht", "Tirana"]),
        ("?topic=education&country=be", ["Anderlecht"]),
        ("?topic=housing&kind=municipality", []),
    ],
)
def test_directory_filters_by_topic(housing, directory, client, query, expected):
    response = client.get(directory.url + query)
    assert response.status_code == 200
    assert names(response) == expected
    assert "match" in BeautifulSoup(response.content, "html.parser").select_one(".result-summary").get_text()


def test_topic_choices_are_the_topics_of_published_participants(housing, directory, client, french):
    TopicFactory(name="Logement", slug="logement", locale=french, translation_key=housing.translation_key)
    TopicFactory(name="Antigypsyism", slug="antigypsyism")  # no participant: not offered
    page = BeautifulSoup(client.get(directory.url).content, "html.parser")
    options = [(o["value"], o.get_text()) for o in page.select("select[name=topic] option")]
    assert options == [
        ("", "All topics"),
        ("education", "Education"),
        ("housing", "Housing"),
    ]


def test_an_unknown_topic_answers_400_with_the_form(housing, directory, client):
    response = client.get(directory.url + "?topic=logement")
    assert response.status_code == 400
    assert "Topic: " in BeautifulSoup(response.content, "html.parser").select_one(".error-summary").get_text()
    assert names(response) == []


def test_geojson_takes_the_topic_filter(housing, directory, client):
    data = client.get("/en/data/participants.geojson?topic=education").json()
    assert sorted(feature["properties"]["name"] for feature in data["features"]) == ["Anderlecht", "Tirana"]
    data = client.get("/en/data/participants.geojson?topic=housing").json()
    assert [feature["properties"]["name"] for feature in data["features"]] == ["Tirana"]
    response = client.get("/en/data/participants.geojson?topic=no-such-topic")
    assert response.status_code == 400
    assert "topic" in response.json()["fields"]
