"""A page and its translation are one thing in two languages: each list of a
language shows its own copy, once."""

import datetime
from decimal import Decimal

import pytest

from django.utils import timezone

from wagtail.models import Locale

from people.models import participant_counter
from tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    ParticipantIndexPageFactory,
    ParticipantPageFactory,
)


@pytest.fixture
def translated(home_page):
    french = Locale.objects.get(language_code="fr")
    events = EventIndexPageFactory(parent=home_page)
    event = EventPageFactory(
        parent=events, title="Seminar in Tirana", start_date=timezone.localdate() + datetime.timedelta(days=30)
    )
    participants = ParticipantIndexPageFactory(parent=home_page)
    tivat = ParticipantPageFactory(
        parent=participants, title="Tivat", latitude=Decimal("42.430000"), longitude=Decimal("18.700000")
    )
    for page in (home_page, events, event, participants, tivat):
        copy = page.specific.copy_for_translation(french)
        if page.pk in (event.pk, tivat.pk):
            copy.title = {event.pk: "Séminaire à Tirana", tivat.pk: "Tivat (fr)"}[page.pk]
        copy.save_revision().publish()
    return {"event": event, "tivat": tivat}


def test_the_events_calendar_has_each_event_once_per_language(translated, client):
    english = client.get("/en/feeds/events.ics").content.decode()
    french = client.get("/fr/feeds/events.ics").content.decode()
    assert english.count("BEGIN:VEVENT") == french.count("BEGIN:VEVENT") == 1
    assert "Seminar in Tirana" in english and "Séminaire" not in english
    assert "Séminaire à Tirana" in french


def test_the_participants_geojson_has_each_participant_once_per_language(translated, client):
    english = client.get("/en/data/participants.geojson").json()["features"]
    french = client.get("/fr/data/participants.geojson").json()["features"]
    assert [feature["properties"]["name"] for feature in english] == ["Tivat"]
    assert [feature["properties"]["name"] for feature in french] == ["Tivat (fr)"]


def test_the_counter_counts_a_translated_participant_once(translated):
    assert participant_counter()["participants"] == 1


def test_the_main_menu_lists_the_pages_of_the_visitors_language(home_page, client):
    from tests.factories import NewsIndexPageFactory

    french = Locale.objects.get(language_code="fr")
    news = NewsIndexPageFactory(parent=home_page, title="News", show_in_menus=True)
    home_page.copy_for_translation(french).save_revision().publish()
    actualites = news.copy_for_translation(french)
    actualites.title = "Actualités"
    actualites.save_revision().publish()

    def menu(url):
        html = client.get(url).content.decode()
        nav = html[html.index('<header class="site-header">') :]
        return nav[: nav.index("</nav>")]

    assert ">Actualités</a>" in menu("/fr/") and ">News</a>" not in menu("/fr/")
    assert ">News</a>" in menu("/en/") and "Actualités" not in menu("/en/")
