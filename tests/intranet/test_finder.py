"""The partner finder: participants and the projects they share, by topic,
country and kind; bad values are a 400 naming the parameter."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import ParticipantPageFactory

from .conftest import SECRET, IntranetProjectPageFactory, PartnerFinderPageFactory


@pytest.fixture
def finder(intranet):
    return PartnerFinderPageFactory(parent=intranet)


def names(response):
    soup = BeautifulSoup(response.text, "html.parser")
    return [heading.get_text(strip=True) for heading in soup.select(".partner-results h3")]


def test_without_criteria_every_participant_is_listed_with_its_projects(member_client, finder, project, policy):
    response = member_client.get(finder.url)
    assert response.status_code == 200
    assert names(response) == ["Megara", "Tivat"]
    assert project.title in response.text


def test_by_topic_of_the_participant_or_of_its_projects(member_client, finder, project, participants, topic):
    project.topics.add(topic)
    project.save_revision().publish()
    assert names(member_client.get(finder.url, {"topic": topic.slug})) == ["Megara"]
    tivat = participants["tivat"]
    tivat.topics.add(topic)
    tivat.save_revision().publish()
    assert names(member_client.get(finder.url, {"topic": topic.slug})) == ["Megara", "Tivat"]


def test_by_country_and_kind(member_client, finder, participants):
    assert names(member_client.get(finder.url, {"country": "ME"})) == ["Tivat"]
    assert names(member_client.get(finder.url, {"country": "gr"})) == ["Megara"]
    assert names(member_client.get(finder.url, {"kind": "municipality"})) == ["Tivat"]
    assert names(member_client.get(finder.url, {"kind": "region"})) == []


def test_by_name_or_project_and_partners_wanted(member_client, finder, project, participants):
    assert names(member_client.get(finder.url, {"q": "mediators"})) == ["Megara"]
    assert names(member_client.get(finder.url, {"q": "tiv"})) == ["Tivat"]
    assert names(member_client.get(finder.url, {"looking_for_partners": "on"})) == []
    project.looking_for_partners = True
    project.save_revision().publish()
    response = member_client.get(finder.url, {"looking_for_partners": "on"})
    assert names(response) == ["Megara"]
    assert "looking for partners" in response.text


def test_a_draft_project_is_not_found(member_client, finder, intranet, participants):
    IntranetProjectPageFactory(parent=intranet, participant=participants["tivat"], title="Draft plan", live=False)
    response = member_client.get(finder.url)
    assert "Draft plan" not in response.text


@pytest.mark.parametrize(
    "params, message",
    [
        ({"topic": "no-such-topic"}, "There is no topic with this name."),
        ({"country": "XX"}, "There is no country with this code."),
        ({"kind": "village"}, "Choose a city, a municipality or a region."),
        ({"q": "x" * 101}, "at most 100 characters"),
    ],
)
def test_bad_values_are_a_400_naming_the_problem(params, message, member_client, finder, participants):
    response = member_client.get(finder.url, params)
    assert response.status_code == 400
    assert message in response.text


def test_the_finder_is_private(client, finder):
    response = client.get(finder.url, {"kind": "city"})
    assert response.status_code == 302
    assert SECRET not in response.text


def test_the_query_count_does_not_grow_with_the_results(
    member_client, finder, intranet, participants, django_assert_max_num_queries
):
    def build(first, count):
        for n in range(first, first + count):
            participant = ParticipantPageFactory(
                parent=participants["megara"].get_parent(),
                title=f"Participant {n}",
                slug=f"participant-{n}",
                country=participants["megara"].country,
            )
            IntranetProjectPageFactory(parent=intranet, participant=participant)

    build(0, 2)
    member_client.get(finder.url)
    with django_assert_max_num_queries(40) as first:
        assert member_client.get(finder.url).status_code == 200
    build(2, 10)
    with django_assert_max_num_queries(len(first.captured_queries)):
        response = member_client.get(finder.url)
    assert len(names(response)) == 14
