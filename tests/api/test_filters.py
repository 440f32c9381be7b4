"""The pages endpoint's filters: one value, several values (OR, comma-separated
or repeated), several filters (AND), ordering, paging and facets."""

import pytest

from wagtail.models import Locale

from tests.api.conftest import titles

ALBANIA = ["Housing in Albania", "Interview with Juliana Hoxha", "Seminar in Tirana", "Tirana"]
ROMANIA = ["Cluj", "Interview with Juliana Hoxha", "Meeting in Bucharest", "Schools in Romania"]


def test_country_finds_every_page_type_concerning_it(api, content):
    assert titles(api("pages/", country="AL")) == ALBANIA


def test_country_is_case_insensitive(api, content):
    assert titles(api("pages/", country="al")) == ALBANIA


@pytest.mark.parametrize("params", [{"country": "AL,RO"}, {"country": ["AL", "RO"]}])
def test_several_countries_mean_any_of_them(api, content, params):
    assert titles(api("pages/", **params)) == sorted(set(ALBANIA) | set(ROMANIA))


def test_different_filters_combine(api, content):
    assert titles(api("pages/", country="AL", topic="housing", type="news.NewsPage")) == ["Housing in Albania"]


@pytest.mark.parametrize("params", [{"country": "AL"}, {"topic": "housing"}, {"person": None}])
def test_a_typed_listing_looks_its_filters_up_in_its_own_type_only(client, content, params):
    """With type=news.NewsPage, a country (or topic, person) is not also looked up
    among events and participants: at 100,000 pages those joins made a 20-item listing slow."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    if "person" in params:
        params = {"person": content.warmisham.pk}
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/api/v2/pages/", {"type": "news.NewsPage", **params}).status_code == 200
    listing = " ".join(query["sql"] for query in queries.captured_queries if "news_newspage" in query["sql"])
    assert listing
    for other_types_table in ["events_eventpage_countries", "events_eventpagetopic", "people_participantpage"]:
        assert other_types_table not in listing


def test_a_filter_no_listed_type_can_match_lists_nothing(api, content):
    assert api("pages/", type="news.NewsPage", kind="city")["items"] == []
    assert api("pages/", type="events.EventPage", kind="city")["items"] == []


def test_topic_and_its_alias_tag(api, content):
    expected = ["Housing in Albania", "Interview with Juliana Hoxha", "Seminar in Tirana", "Tirana"]
    assert titles(api("pages/", topic="housing")) == expected
    assert titles(api("pages/", tag="housing")) == expected
    assert titles(api("pages/", topic="housing,education")) == sorted(
        [*expected, "Meeting in Bucharest", "Schools in Romania"]
    )


def test_pages_filed_under_a_translated_topic_or_country_are_found(api, content):
    """Translated pages carry the French copies of topics and countries, which keep the
    slug and code: the filters look every copy up, not only the default language's."""
    french = Locale.objects.get_or_create(language_code="fr")[0]
    logement = content.housing.copy_for_translation(french)
    logement.name = "Logement"
    logement.save()
    albanie = content.albania.copy_for_translation(french)
    albanie.name = "Albanie"
    albanie.save()
    content.site.news(topics=[logement], countries=[albanie], title="Le logement en Albanie")

    assert "Le logement en Albanie" in titles(api("pages/", topic="housing"))
    assert "Le logement en Albanie" in titles(api("pages/", country="AL", type="news.NewsPage"))
    # The slug names the default language's topic: the French copy's name is no filter value.
    assert api("pages/", expect=400, topic="logement")["parameter"] == "topic"


def test_person_finds_pages_naming_them(api, content):
    assert titles(api("pages/", person=content.warmisham.pk)) == ["Housing in Albania", "Tirana"]
    assert titles(api("pages/", person=content.hoxha.pk)) == ["Interview with Juliana Hoxha"]


def test_news_date_range(api, content):
    assert titles(api("pages/", date_from="2019-01-01")) == ["Housing in Albania", "Interview with Juliana Hoxha"]
    assert titles(api("pages/", date_from="2016-01-01", date_to="2019-12-31")) == [
        "Interview with Juliana Hoxha",
        "Schools in Romania",
    ]


def test_upcoming_and_past_events(api, content):
    assert titles(api("pages/", upcoming="true")) == ["Seminar in Tirana"]
    assert titles(api("pages/", upcoming="false", type="events.EventPage")) == ["Meeting in Bucharest"]


def test_event_start_range(api, content):
    assert titles(api("pages/", starts_after="2018-01-01", starts_before="2018-12-31")) == ["Meeting in Bucharest"]


def test_participant_kind(api, content):
    assert titles(api("pages/", kind="region")) == ["Cluj"]
    assert titles(api("pages/", kind="city,region")) == ["Cluj", "Tirana"]


def test_locale(api, content):
    assert api("pages/", locale="en", type="people.ParticipantPage")["meta"]["total_count"] == 2


def test_search(api, content):
    assert "Schools in Romania" in titles(api("pages/", search="Schools"))


def test_search_combines_with_filters(api, content):
    assert titles(api("pages/", search="Seminar", type="events.EventPage", country="AL")) == ["Seminar in Tirana"]


def order_of(body):
    return [item["title"] for item in body["items"]]


def test_order_by_date_across_types(api, content):
    body = api("pages/", type="news.NewsPage,news.InterviewPage", order="-date")
    assert order_of(body) == ["Housing in Albania", "Interview with Juliana Hoxha", "Schools in Romania"]


def test_order_by_title_and_participant_number(api, content):
    assert order_of(api("pages/", type="people.ParticipantPage", order="-title")) == ["Tirana", "Cluj"]
    assert order_of(api("pages/", type="people.ParticipantPage", order="participant_number")) == ["Cluj", "Tirana"]


def test_limit_offset_and_total_count(api, content):
    body = api("pages/", type="news.NewsPage,news.InterviewPage", order="date", limit=1, offset=1)
    assert body["meta"]["total_count"] == 3
    assert order_of(body) == ["Interview with Juliana Hoxha"]


def test_facets_count_the_current_filter(api, content):
    facets = api("pages/", topic="housing", facets="country,topic,type")["meta"]["facets"]
    assert facets["country"] == [
        {"code": "AL", "name": "Albania", "count": 4},
        {"code": "RO", "name": "Romania", "count": 1},
    ]
    assert facets["topic"] == [
        {"slug": "housing", "name": "Housing", "count": 4},
        {"slug": "education", "name": "Education", "count": 1},
    ]
    assert {facet["type"]: facet["count"] for facet in facets["type"]} == {
        "news.NewsPage": 1,
        "news.InterviewPage": 1,
        "events.EventPage": 1,
        "people.ParticipantPage": 1,
    }


def test_no_facets_unless_asked(api, content):
    assert "facets" not in api("pages/")["meta"]


def test_wagtail_field_filters_still_work(api, content):
    assert titles(api("pages/", type="people.ParticipantPage", participant_number="110")) == ["Cluj"]
