"""The events index narrowed by topic and by country from the query string:
the address the topic and country pages link to for their full lists."""

import datetime

import pytest
from bs4 import BeautifulSoup

from django.utils import timezone

from events.models import EVENTS_PER_PAGE
from tests.browse.builders import HIDDEN, country, hide
from tests.factories import CountryFactory, EventIndexPageFactory, EventPageFactory, TopicFactory

TODAY = timezone.localdate()
SOON = TODAY + datetime.timedelta(days=30)
LONG_AGO = TODAY - datetime.timedelta(days=400)


def page(response):
    return BeautifulSoup(response.content, "html.parser")


def listed(response, section):
    """The titles of the events a section of the index lists, in order."""
    found = page(response).select_one(f"section[aria-labelledby={section}]")
    return [a.get_text() for a in found.select("article h3 a")] if found else []


def all_listed(response):
    return {section: listed(response, section) for section in ("upcoming", "unscheduled", "past")}


@pytest.fixture
def events(site, housing, education):
    albania, greece, belgium = country("AL"), country("GR"), country("BE")
    site.event(title="Housing in Tirana", topics=[housing], country=albania, start_date=SOON)
    # in Albania only through the countries it is about, and in Greece twice over
    site.event(
        title="Housing in Athens", topics=[housing], country=greece, countries=[albania, greece], start_date=SOON
    )
    site.event(title="Schools in Tirana", topics=[education], country=albania, start_date=LONG_AGO)
    site.event(title="Housing and schools", topics=[housing, education], countries=[belgium], start_date=LONG_AGO)
    site.event(title="Housing, date to come", topics=[housing], country=albania, start_date=None)
    site.event(title="Untagged in Brussels", country=belgium, start_date=SOON)
    return site.event_index


@pytest.mark.parametrize(
    "query, expected",
    [
        (
            "",
            {
                "upcoming": ["Housing in Athens", "Housing in Tirana", "Untagged in Brussels"],
                "unscheduled": ["Housing, date to come"],
                "past": ["Housing and schools", "Schools in Tirana"],
            },
        ),
        (
            "?topic=housing",
            {
                "upcoming": ["Housing in Athens", "Housing in Tirana"],
                "unscheduled": ["Housing, date to come"],
                "past": ["Housing and schools"],
            },
        ),
        (
            "?country=AL",
            {
                "upcoming": ["Housing in Athens", "Housing in Tirana"],
                "unscheduled": ["Housing, date to come"],
                "past": ["Schools in Tirana"],
            },
        ),
        ("?country=gr", {"upcoming": ["Housing in Athens"], "unscheduled": [], "past": []}),
        (
            "?topic=education&country=al",
            {"upcoming": [], "unscheduled": [], "past": ["Schools in Tirana"]},
        ),
        (
            "?topic=housing&country=BE",
            {"upcoming": [], "unscheduled": [], "past": ["Housing and schools"]},
        ),
        ("?topic=education&country=GR", {"upcoming": [], "unscheduled": [], "past": []}),
    ],
)
def test_the_index_lists_the_events_on_the_topic_in_the_country(events, client, query, expected):
    response = client.get(events.url + query)
    assert response.status_code == 200
    assert all_listed(response) == expected


def test_an_event_in_a_country_twice_over_is_listed_once(events, client):
    # Athens: held in Greece and about Greece (and about Albania, under housing twice over)
    response = client.get(events.url + "?country=GR&topic=housing")
    assert listed(response, "upcoming") == ["Housing in Athens"]
    assert response.content.decode().count(">Housing in Athens<") == 1


def test_the_summary_says_what_is_shown_and_links_back_to_everything(events, client):
    summary = page(client.get(events.url + "?topic=housing&country=al")).select_one(".result-summary")
    assert " ".join(summary.get_text().split()) == "Showing the events on Housing in Albania. Show all events."
    assert summary.select_one("a")["href"] == events.url

    summary = page(client.get(events.url + "?topic=housing")).select_one(".result-summary")
    assert "Showing the events on Housing." in summary.get_text()
    summary = page(client.get(events.url + "?country=BE")).select_one(".result-summary")
    assert "Showing the events in Belgium." in summary.get_text()
    assert page(client.get(events.url)).select_one(".result-summary") is None


def test_an_empty_section_says_nothing_matches(events, client):
    html = client.get(events.url + "?topic=education&country=GR").content.decode()
    assert "No upcoming event matches these filters." in html
    assert "No past event matches these filters." in html


def test_the_form_offers_the_topics_and_countries_of_published_events_with_the_choice_selected(events, client):
    TopicFactory(name="Antigypsyism", slug="antigypsyism")  # on no event: not offered
    form = page(client.get(events.url + "?topic=housing&country=al")).select_one("form.filters")
    assert form["method"] == "get"
    topics = form.select("select[name=topic] option")
    assert [(o["value"], o.get_text()) for o in topics] == [
        ("", "All topics"),
        ("education", "Education"),
        ("housing", "Housing"),
    ]
    assert form.select_one("select[name=topic] option[selected]")["value"] == "housing"
    codes = [o["value"] for o in form.select("select[name=country] option")]
    assert codes[0] == "" and {"AL", "GR", "BE"} <= set(codes)
    assert "LV" not in codes  # no event there
    assert len(codes) == len(set(codes))
    assert form.select_one("select[name=country] option[selected]")["value"] == "AL"


@pytest.mark.parametrize(
    "query, field",
    [("?topic=no-such-topic", "Topic"), ("?country=ZZ", "Country"), ("?topic=housing&country=XX", "Country")],
)
def test_an_unknown_topic_or_country_answers_400_with_the_form(events, client, query, field):
    response = client.get(events.url + query)
    assert response.status_code == 400
    alert = page(response).select_one(".error-summary")
    assert "This filter cannot be applied" in alert.get_text()
    assert alert.select_one("li").get_text().startswith(f"{field}: ")
    assert alert.select_one("a")["href"] == events.url
    assert all_listed(response) == {"upcoming": [], "unscheduled": [], "past": []}
    assert page(response).select_one("select[name=topic]") is not None


def test_a_topic_translation_is_not_a_filter_of_its_own(events, client, housing, french):
    # pages carry the default language's topic; its French row only names it
    TopicFactory(name="Logement", slug="logement", locale=french, translation_key=housing.translation_key)
    assert client.get(events.url + "?topic=logement").status_code == 400


@pytest.mark.parametrize("how", HIDDEN)
def test_hidden_events_are_never_listed_filtered(site, housing, client, how):
    site.event(title="Shown", topics=[housing], country=country("AL"), start_date=SOON)
    hide(site.event(title="Hidden ahead", topics=[housing], country=country("AL"), start_date=SOON), how)
    hide(site.event(title="Hidden past", topics=[housing], countries=[country("AL")], start_date=LONG_AGO), how)
    hide(site.event(title="Hidden undated", topics=[housing], country=country("AL"), start_date=None), how)
    response = client.get(site.event_index.url + "?topic=housing&country=AL")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Shown" in html
    assert "Hidden" not in html


def test_the_past_events_pages_keep_the_filters(site, housing, education, client):
    for n in range(EVENTS_PER_PAGE + 5):
        site.event(
            title=f"Housing {n:02}",
            topics=[housing],
            country=country("AL"),
            start_date=LONG_AGO - datetime.timedelta(days=n),
        )
    site.event(title="Schools", topics=[education], country=country("AL"), start_date=LONG_AGO)
    url = site.event_index.url
    first = client.get(url + "?topic=housing&country=al")
    older = page(first).select_one(".pagination a[rel=next]")["href"]
    assert older == "?topic=housing&country=al&page=2#past"
    second = client.get(url + older)
    assert second.status_code == 200
    assert listed(second, "past") == [f"Housing {n:02}" for n in range(EVENTS_PER_PAGE, EVENTS_PER_PAGE + 5)]
    newer = page(second).select_one(".pagination a[rel=prev]")["href"]
    assert newer == "?topic=housing&country=al&page=1#past"
    assert "Schools" not in second.content.decode()


def test_the_upcoming_and_undated_events_are_paged_apart_from_the_past_ones(site, housing, client):
    """A busy calendar is not listed whole: each list pages on its own parameter, and paging one
    keeps the filters and the page the others are at."""
    for n in range(EVENTS_PER_PAGE + 3):
        site.event(title=f"Soon {n:02}", topics=[housing], start_date=SOON + datetime.timedelta(days=n))
        site.event(title=f"Undated {n:02}", topics=[housing], start_date=None)
        site.event(title=f"Past {n:02}", topics=[housing], start_date=LONG_AGO - datetime.timedelta(days=n))
    url = site.event_index.url
    first = client.get(url + "?topic=housing&page=2")
    assert listed(first, "upcoming") == [f"Soon {n:02}" for n in range(EVENTS_PER_PAGE)]
    assert listed(first, "unscheduled") == [f"Undated {n:02}" for n in range(EVENTS_PER_PAGE)]
    assert listed(first, "past") == [f"Past {n:02}" for n in range(EVENTS_PER_PAGE, EVENTS_PER_PAGE + 3)]
    later = page(first).select_one("section[aria-labelledby=upcoming] .pagination a[rel=next]")
    assert later.get_text() == "Later"
    assert later["href"] == "?topic=housing&page=2&upcoming_page=2#upcoming"
    second = client.get(url + later["href"])
    assert listed(second, "upcoming") == [f"Soon {n:02}" for n in range(EVENTS_PER_PAGE, EVENTS_PER_PAGE + 3)]
    assert listed(second, "past") == listed(first, "past")
    sooner = page(second).select_one("section[aria-labelledby=upcoming] .pagination a[rel=prev]")
    assert sooner["href"] == "?topic=housing&page=2&upcoming_page=1#upcoming"
    undated = page(first).select_one("section[aria-labelledby=unscheduled] .pagination a[rel=next]")["href"]
    assert undated == "?topic=housing&page=2&unscheduled_page=2#unscheduled"
    assert listed(client.get(url + undated), "unscheduled") == [
        f"Undated {n:02}" for n in range(EVENTS_PER_PAGE, EVENTS_PER_PAGE + 3)
    ]


def test_a_page_number_out_of_range_shows_a_page_of_the_list(site, housing, client):
    site.event(title="Soon", topics=[housing], start_date=SOON)
    for value in ("0", "99", "x", ""):
        response = client.get(site.event_index.url + f"?upcoming_page={value}")
        assert response.status_code == 200
        assert listed(response, "upcoming") == ["Soon"]


@pytest.fixture
def french_events(home_page, housing, french):
    """An English index and its French copy, each with its events; French topic and country names."""
    TopicFactory(name="Logement", slug="logement", locale=french, translation_key=housing.translation_key)
    albania = country("AL")
    CountryFactory(code="AL", name="Albanie", locale=french, translation_key=albania.translation_key)
    index = EventIndexPageFactory(parent=home_page)
    tirana = EventPageFactory(parent=index, title="Housing in Tirana", country=albania, start_date=SOON)
    tirana.topics.add(housing)
    tirana.save_revision().publish()
    EventPageFactory(parent=index, title="Untagged", country=albania, start_date=SOON)
    for original in (home_page, index, tirana):
        copy = original.specific.copy_for_translation(french)
        if original.pk == tirana.pk:
            copy.title = "Logement à Tirana"
        copy.save_revision().publish()
    return index.get_translation(french)


def test_the_french_index_filters_the_french_events_by_the_english_slug(french_events, client):
    response = client.get("/fr/events/?topic=housing&country=al")
    assert response.status_code == 200
    assert listed(response, "upcoming") == ["Logement à Tirana"]
    html = page(response)
    assert ("housing", "Logement") in [(o["value"], o.get_text()) for o in html.select("select[name=topic] option")]
    summary = " ".join(html.select_one(".result-summary").get_text().split())
    assert summary.startswith("Seuls les événements du thème « Logement » concernant ce pays (Albanie) sont affichés.")
    assert listed(client.get("/en/events/?topic=housing"), "upcoming") == ["Housing in Tirana"]
    assert client.get("/fr/events/?topic=logement").status_code == 400
