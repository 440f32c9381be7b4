"""The site's own words (chrome, listings, search, errors) in the visitor's
language, with dates and numbers written that language's way; and a French
catalogue that stays complete as the code changes."""

import datetime
import shutil
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup

from django.conf import settings
from django.core.management import call_command

from tests.browse.builders import country

LOCALE = Path(settings.BASE_DIR) / "locale"


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def text(element):
    return element.get_text(" ", strip=True)


@pytest.fixture
def housing_in_greece(site, housing):
    """Two news items, one interview and one upcoming event about housing in Greece."""
    greece = country("GR")
    site.news(topics=[housing], countries=[greece])
    site.news(topics=[housing], countries=[greece])
    site.interview(topics=[housing], countries=[greece])
    next_summer = datetime.date(datetime.date.today().year + 1, 8, 14)
    site.event(topics=[housing], countries=[greece], title="Housing seminar", start_date=next_summer)
    return next_summer


def chrome(html):
    return {
        "skip link": text(html.select_one(".skip-link")),
        "search button": text(html.select_one(".header-search button")),
        "search label": text(html.select_one(".header-search label")),
        "menu": [text(a) for a in html.select("header nav:not(.language-switcher) li a")][-2:],
        "breadcrumbs": [text(li) for li in html.select(".breadcrumbs li")],
    }


def test_the_site_chrome_is_french_under_fr(housing_in_greece, client):
    response = client.get("/fr/topics/")
    assert response.status_code == 200
    assert response["Content-Language"] == "fr"
    html = soup(response)
    assert chrome(html) == {
        "skip link": "Aller au contenu",
        "search button": "Rechercher",
        "search label": "Rechercher sur le site",
        "menu": ["Thèmes", "Pays"],
        "breadcrumbs": ["Accueil", "Thèmes"],
    }
    assert html.h1.get_text() == "Thèmes"
    assert html.select_one("header .site-name").get_text() == (
        "Alliance européenne des villes et régions pour l’inclusion des Roms"
    )


def test_the_site_chrome_stays_english_under_en(housing_in_greece, client):
    html = soup(client.get("/en/topics/"))
    assert chrome(html) == {
        "skip link": "Skip to content",
        "search button": "Search",
        "search label": "Search the site",
        "menu": ["Topics", "Countries"],
        "breadcrumbs": ["Home", "Topics"],
    }
    assert (
        html.select_one("header .site-name").get_text() == "European Alliance of Cities and Regions for Roma Inclusion"
    )


def test_topic_page_counts_are_pluralised_the_french_way(housing_in_greece, client):
    html = soup(client.get("/fr/topics/housing/"))
    assert [text(li) for li in html.select(".breadcrumbs li")] == ["Accueil", "Thèmes", "Housing"]
    countries = html.select_one("ul.related-countries li")
    # French: "1 entretien" and "1 événement" singular, "2 actualités" plural, joined with "et".
    assert "2 actualités, 1 entretien et 1 événement" in text(countries)
    assert text(html.select_one("#news-heading")) == "Actualités et entretiens (3)"

    english = soup(client.get("/en/topics/housing/"))
    assert "2 news items, 1 interview and 1 event" in text(english.select_one("ul.related-countries li"))


def test_topic_cloud_counts_items_in_french(housing_in_greece, client):
    cloud = soup(client.get("/fr/topics/")).select_one("ul.tag-cloud")
    assert text(cloud.select_one(".visually-hidden")) == "(4 contenus)"


def test_an_event_date_has_a_french_month_name_under_fr(housing_in_greece, client):
    year = housing_in_greece.year
    french = soup(client.get("/fr/topics/housing/")).select_one("#upcoming-heading").find_parent("section")
    assert french.select_one("time").get_text() == f"14 août {year}"
    english = soup(client.get("/en/topics/housing/")).select_one("#upcoming-heading").find_parent("section")
    assert english.select_one("time").get_text() == f"14 August {year}"


def test_numbers_are_grouped_the_french_way_under_fr(site, client):
    site.participant(title="Tivat", slug="tivat", country=country("ME"), population=14111)
    french = client.get("/fr/participants/tivat/")
    assert french.status_code == 200
    # Django's French format groups thousands with a no-break space.
    assert "14\xa0111 habitants" in french.text
    assert "14,111 inhabitants" in client.get("/en/participants/tivat/").text


def test_the_search_page_is_french_under_fr(home_page, client):
    response = client.get("/fr/search/")
    assert response.status_code == 200
    html = soup(response)
    assert html.h1.get_text() == "Rechercher"
    assert text(html.select_one(".search-form button")) == "Rechercher"
    assert text(html.select_one(".search-filters legend")) == "Affiner votre recherche"
    assert [text(label) for label in html.select(".search-form label")] == [
        "Rechercher sur le site",
        "Type",
        "Thème",
        "Pays",
    ]
    assert text(html.select_one("select[name=topic] option")) == "Tous les thèmes"
    assert html.title.get_text().startswith("Rechercher · Alliance européenne")


def test_a_search_error_is_french_under_fr(home_page, client):
    response = client.get("/fr/search/", {"q": "logement", "type": "nope"})
    assert response.status_code == 400
    html = soup(response)
    assert html.title.get_text().startswith("Erreur : vérifiez votre recherche")
    summary = html.select_one(".error-summary")
    assert text(summary.h2) == "Votre recherche n’a pas pu être effectuée"
    assert text(summary.li) == (
        "Le paramètre type : Il n’existe aucun type « nope ». "
        "Utilisez l’un des suivants : news, interview, event, participant, page."
    )

    english = soup(client.get("/en/search/", {"q": "housing", "type": "nope"}))
    assert text(english.select_one(".error-summary li")).startswith("The type parameter : There is no type “nope”.")


def test_search_results_are_counted_in_french(home_page, client):
    html = soup(client.get("/fr/search/", {"q": "xylophone"}))
    # French treats 0 as singular.
    assert text(html.select_one("[role=status]")) == "0 résultat pour « xylophone »."
    assert "Rien ne correspond à votre recherche" in text(html.select_one(".no-results"))


def test_the_404_page_is_french_under_fr(home_page, client):
    response = client.get("/fr/no-such-page/")
    assert response.status_code == 404
    html = soup(response)
    assert html.select_one("main h1").get_text() == "Page introuvable"
    assert html.select_one("main a")["href"] == "/fr/"


def test_the_news_feed_is_titled_in_french_under_fr(home_page, client):
    response = client.get("/fr/feeds/news.json")
    assert response.status_code == 200
    feed = response.json()
    assert feed["title"] == "Actualités · Alliance européenne des villes et régions pour l’inclusion des Roms"
    assert feed["language"] == "fr"
    assert client.get("/en/feeds/news.json").json()["title"] == (
        "News · European Alliance of Cities and Regions for Roma Inclusion"
    )


def test_every_french_message_is_translated_after_makemessages(tmp_path, monkeypatch):
    """makemessages run on a copy of the code: a string marked for translation
    without a French translation, or a changed one left fuzzy, fails here."""
    project = Path(settings.BASE_DIR)
    copy = tmp_path / "project"
    shutil.copytree(
        project,
        copy,
        ignore=shutil.ignore_patterns(
            ".venv", ".git", "node_modules", "static", "staticfiles", "media", "tools", "tests", "*.sqlite3*"
        ),
    )
    monkeypatch.chdir(copy)
    monkeypatch.setattr(settings, "LOCALE_PATHS", [copy / "locale"])
    call_command("makemessages", locale=["fr"], verbosity=0)

    catalogue = polib.pofile(copy / "locale" / "fr" / "LC_MESSAGES" / "django.po")
    assert len(catalogue) > 200
    assert [entry.msgid for entry in catalogue.untranslated_entries()] == []
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []
    assert [entry.msgid for entry in catalogue.obsolete_entries()] == []
    assert catalogue.metadata["Language"] == "fr"
    assert catalogue.metadata["Plural-Forms"] == "nplurals=2; plural=(n > 1);"


def test_the_french_catalogue_is_compiled_and_the_romani_one_exists():
    for language in ("fr", "rom"):
        assert (LOCALE / language / "LC_MESSAGES" / "django.mo").exists()
    romani = polib.pofile(LOCALE / "rom" / "LC_MESSAGES" / "django.po")
    assert romani.metadata["Language"] == "rom"
    assert romani.metadata["Plural-Forms"] == "nplurals=2; plural=(n != 1);"
    # Nothing invented: every Romani message falls back to English until translated.
    assert romani.translated_entries() == []
    compiled = polib.mofile(LOCALE / "fr" / "LC_MESSAGES" / "django.mo")
    source = polib.pofile(LOCALE / "fr" / "LC_MESSAGES" / "django.po")
    assert {entry.msgid for entry in compiled} >= {entry.msgid for entry in source.translated_entries()}
