"""The home page says each thing once: the site's name as its one heading and its whole title,
the participant counter, and only the lists that have something in them (else where to look)."""

import datetime

from bs4 import BeautifulSoup

from django.conf import settings
from django.utils import timezone

from tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ParticipantIndexPageFactory,
    ParticipantPageFactory,
)

SITE_NAME = settings.WAGTAIL_SITE_NAME
FRENCH_SITE_NAME = "Alliance européenne des villes et régions pour l’inclusion des Roms"


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def headings(html):
    return [h2.get_text(strip=True) for h2 in html.main.select("h2")]


def test_the_site_name_is_the_one_heading_and_the_whole_title(home_page, french, client):
    html = soup(client.get("/en/"))
    assert [h1.get_text() for h1 in html.select("h1")] == [SITE_NAME]
    assert html.title.get_text() == SITE_NAME
    assert html.get_text().count(SITE_NAME) == 1 + 1  # the heading, and the title

    translation = home_page.copy_for_translation(french)
    translation.title = FRENCH_SITE_NAME
    translation.save_revision().publish()
    html = soup(client.get("/fr/"))
    assert [h1.get_text() for h1 in html.select("h1")] == [FRENCH_SITE_NAME]
    assert html.title.get_text() == FRENCH_SITE_NAME


def test_other_pages_keep_the_site_name_after_their_own_title(home_page, client):
    NewsIndexPageFactory(parent=home_page)
    html = soup(client.get("/en/news/"))
    assert html.title.get_text() == f"News · {SITE_NAME}"
    assert [h1.get_text() for h1 in html.select("h1")] == ["News"]
    assert html.select_one("header a.site-name").get_text() == SITE_NAME


def test_the_participant_counter_is_shown_once(home_page, client):
    index = ParticipantIndexPageFactory(parent=home_page)
    ParticipantPageFactory(parent=index, title="Megara")
    home = client.get("/en/").text
    assert home.count("cities and regions from") == 1
    assert "<strong>1</strong> cities and regions from <strong>1</strong> country" in home
    # Every other page keeps it in its sidebar.
    assert client.get("/en/participants/").text.count("cities and regions from") == 1


def test_with_no_event_to_come_the_home_page_points_to_the_past_ones(home_page, client):
    events = EventIndexPageFactory(parent=home_page)
    EventPageFactory(parent=events, title="CAHROM in Athens", start_date=datetime.date(2018, 5, 24))

    html = soup(client.get("/en/"))

    assert "Upcoming events" not in headings(html)
    section = html.select_one("#events").find_parent("section")
    assert section.p.get_text() == "No event is planned at the moment. See the past events."
    assert section.a["href"] == "/en/events/#past"
    assert "CAHROM in Athens" not in html.main.get_text()


def test_upcoming_events_are_listed_without_an_empty_state(home_page, client):
    events = EventIndexPageFactory(parent=home_page)
    EventPageFactory(parent=events, title="CAHROM in Athens", start_date=datetime.date(2018, 5, 24))
    EventPageFactory(
        parent=events, title="Seminar in Tirana", start_date=timezone.localdate() + datetime.timedelta(30)
    )

    html = soup(client.get("/en/"))

    assert headings(html) == ["Upcoming events"]
    assert [h3.get_text(strip=True) for h3 in html.main.select(".teaser h3")] == ["Seminar in Tirana"]
    assert "No event is planned" not in html.get_text()


def test_a_home_page_with_nothing_to_list_shows_no_empty_section(home_page, client):
    EventIndexPageFactory(parent=home_page)
    NewsIndexPageFactory(parent=home_page)

    html = soup(client.get("/en/"))

    assert headings(html) == []
    assert not html.main.select("section")


def test_latest_news_are_listed(home_page, client):
    news = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=news, title="Tivat joins the Alliance")

    html = soup(client.get("/en/"))

    assert headings(html) == ["Latest news"]
    assert "Tivat joins the Alliance" in html.main.get_text()


def test_the_past_events_link_is_french_under_fr(home_page, french, client):
    events = EventIndexPageFactory(parent=home_page)
    event = EventPageFactory(parent=events, start_date=datetime.date(2018, 5, 24))
    for page in (home_page, events, event):
        translation = page.copy_for_translation(french)
        translation.save_revision().publish()

    section = soup(client.get("/fr/")).select_one("#events").find_parent("section")

    assert section.h2.get_text() == "Événements"
    assert section.p.get_text() == "Aucun événement n’est prévu pour le moment. Voir les événements passés."
    assert section.a["href"] == "/fr/events/#past"
