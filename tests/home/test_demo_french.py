"""The demo's French site: loaded with the English one, read in French
wherever a newcomer looks, its forms filling the English forms' columns, and
safe to load again."""

import pytest
from bs4 import BeautifulSoup

from wagtail.contrib.forms.models import FormSubmission
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page
from wagtail_localize.models import String, StringTranslation, Translation

from events.models import EventPage
from home.demo.french import FRENCH
from home.demo.loader import DemoLoader
from home.models import FormPage
from languages.slugs import title_slug
from news.models import InterviewPage, NewsPage
from people.models import ParticipantPage, Person
from taxonomy.models import Country, Topic


@pytest.fixture
def demo_site(bilingual_demo_site):
    return bilingual_demo_site


def english(model, **lookup):
    return model.objects.get(locale__language_code="en", **lookup)


def french(model, **lookup):
    """The French version of the English page or item `lookup` finds: a French page has a slug
    of its own."""
    return english(model, **lookup).get_translation(Locale.objects.get(language_code="fr"))


def text(response):
    assert response.status_code == 200
    return " ".join(BeautifulSoup(response.content, "html.parser").get_text(" ").split())


def test_the_french_site_reads_in_french(demo_site, client):
    home = text(client.get("/fr/"))
    assert "Alliance européenne des villes et régions pour l’inclusion des Roms" in home
    assert "L’« Alliance » lutte contre la discrimination à l’égard des Roms" in home  # the mission
    assert "Le terme « Roms et Gens du voyage » est utilisé au Conseil de l’Europe" in home  # terminology box
    assert "Rejoindre l’Alliance" in home and "Coopérer en tant qu’ONG" in home

    # The sections have French addresses too; the English ones under /fr/ lead there.
    assert client.get("/fr/news/")["Location"] == "/fr/actualites/"
    news = text(client.get("/fr/actualites/"))
    assert "Actualités" in news
    for title in [
        "La municipalité de Tivat est le 127e participant de l’Alliance",
        "La ville grecque de Mégare est le nouveau participant de l’Alliance",
        "Juliana Hoxha : « Les Roms doivent prendre part à la définition des priorités. »",
    ]:
        assert title in news

    megara_news = french(NewsPage, slug="the-greek-city-of-megara-is-the-newest-alliance-participant")
    assert megara_news.url == "/fr/actualites/la-ville-grecque-de-megare-est-le-nouveau-participant-de-l-alliance/"
    response = client.get(megara_news.url)
    assert '<html lang="fr">' in response.content.decode()
    assert "Créé en 2014, un nouveau « Centre d’aide aux Roms et aux groupes vulnérables »" in text(response)

    interview = french(InterviewPage, slug__startswith="interview-with-dobrica-milovanovic")
    assert "Membre du Congrès" in text(client.get(interview.url))  # the speaker's role

    megara = french(ParticipantPage, slug="megara")
    response = client.get(megara.url)
    assert '<html lang="fr">' in response.content.decode()
    page = text(response)
    assert "Mégare" in page and "Programme de logement" in page
    assert "Grèce" in page  # the country, in its French row
    assert megara.mayor.role == "Maire de Mégare"  # the French person

    # Topics: in French on the page, the catalogue and the topic's own page;
    # the addresses keep the English slugs.
    assert '<a href="/fr/topics/housing/">Logement</a>' in response.content.decode()
    topics = text(client.get("/fr/topics/"))
    for name in ["Logement", "Santé", "Fonds européens", "Emploi"]:
        assert name in topics
    assert "European funds" not in topics
    assert "<h1>Logement</h1>" in client.get("/fr/topics/housing/").content.decode()
    assert french(Topic, slug="european-funds").name == "Fonds européens"

    events = text(client.get("/fr/evenements/"))
    assert "Événements" in events
    for title in [
        "28e session du Congrès",  # date to be announced
        "Séminaire sur l’inclusion des Roms au niveau local",
        "15e réunion du Comité ad hoc d’experts sur les questions relatives aux Roms et aux Gens du voyage (CAHROM)",
        "Forum de l’ARE sur l’égalité des chances",
    ]:
        assert title in events
    assert "Seminar on Roma Inclusion" not in events
    seminar = french(EventPage, slug="seminar-roma-inclusion-local-level-tirana-2018")
    page = text(client.get(seminar.url))
    assert "s’est adressé aux maires albanais" in page  # the description
    assert "11 octobre 2018" in page
    assert "Pays Albanie" in page  # its countries, named in French though the page keeps the English rows
    assert "Coorganisateur: Congrès des pouvoirs locaux et régionaux" in page  # the organisers
    assert "Coorganisateur: Ville de Tirana" in page
    # The speaker's role at the event
    assert "John Warmisham, Porte-parole du Congrès sur les questions relatives aux Roms" in page
    assert "City of Tirana" not in page and "Congress Spokesperson" not in page

    tivat = text(client.get(french(ParticipantPage, slug="tivat").url))
    assert "CSO Young Roma: Le plan d’action local, élaboré en 2011 avec l’Association des Égyptiens" in tivat
    assert "created 2011 in cooperation" not in tivat  # the partner's description, in French

    countries = text(client.get("/fr/countries/"))
    for name in ["Grèce", "Monténégro", "Lettonie", "Belgique", "Roumanie"]:
        assert name in countries
    assert french(Country, code="DE").name == "Allemagne"
    assert (
        Country.objects.filter(locale__language_code="fr").count()
        == Country.objects.filter(locale__language_code="en").count()
    )

    # Every French page has its address from its French title; the English page's address under
    # /fr/ leads to it.
    for page in Page.objects.filter(locale__language_code="fr", depth__gt=2):
        assert page.slug == title_slug(page.title), page.url_path
    assert french(FormPage, slug="join-the-alliance").url == "/fr/rejoindre-l-alliance/"
    response = client.get("/fr/news/the-greek-city-of-megara-is-the-newest-alliance-participant/")
    assert response.status_code == 302 and response["Location"] == megara_news.url

    # Every French text of the dataset found its English segment: none was
    # left behind by a change of the English dataset.
    strings = set(String.objects.values_list("data", flat=True))
    assert [source for source in FRENCH if source not in strings] == []


def test_the_french_join_form_fills_the_english_columns(demo_site, client):
    english_form = english(FormPage, slug="join-the-alliance")
    french_form = french(FormPage, slug="join-the-alliance")
    page = text(client.get(french_form.url))
    for label in ["Nom de la collectivité locale ou régionale", "Type de collectivité", "Pays", "Courriel"]:
        assert label in page
    assert "Albanie" in page

    fields = french_form.get_form_fields()
    assert [f.clean_name for f in fields] == [f.clean_name for f in english_form.get_form_fields()]
    values = {"dropdown": None, "email": "contact@example.org", "number": "40000", "checkbox": "on"}
    data = {
        field.clean_name: values.get(field.field_type, "Mégare") or field.choices.splitlines()[0] for field in fields
    }
    response = client.post(french_form.url, data)
    assert "Merci : nous avons bien reçu votre message" in text(response)
    submission = FormSubmission.objects.get(page=french_form)
    assert set(submission.get_data()) - {"submit_time"} == {f.clean_name for f in english_form.get_form_fields()}
    assert submission.get_data()["kind_of_authority"] == "Municipalité"


def test_loading_again_adds_nothing_and_keeps_french_edits(demo_site, monkeypatch, django_capture_on_commit_callbacks):
    tivat = french(NewsPage, slug="the-municipality-of-tivat-is-the-127th-participant-of-the-alliance")
    tivat.title = "Tivat, 127e participant (relu)"
    tivat.save_revision().publish()
    counts = (Page.objects.count(), Person.objects.count(), Country.objects.count())
    log = []

    assert DemoLoader(log=log.append).run() == 0

    assert (Page.objects.count(), Person.objects.count(), Country.objects.count()) == counts
    assert Page.objects.get(pk=tivat.pk).title == "Tivat, 127e participant (relu)"
    assert "  French: 0 pages translated, 0 brought up to date, 27 already there" in log

    # A French text added to the dataset later reaches the pages the loader
    # alone has written, and never the one an editor has changed.
    monkeypatch.setitem(FRENCH, "© Wikipedia.org", "© Wikipédia")
    log.clear()
    assert DemoLoader(log=log.append).run() == 0
    assert "  French: 0 pages translated, 2 brought up to date, 25 already there" in log
    anderlecht = french(NewsPage, slug="the-alliance-welcomes-anderlecht-among-its-participants")
    assert anderlecht.lead_image_credit == "© Wikipédia"
    tivat = NewsPage.objects.get(pk=tivat.pk)
    assert (tivat.title, tivat.lead_image_credit) == ("Tivat, 127e participant (relu)", "© Wikipedia.org")

    # A French page the loader made before slugs followed titles, still at its English slug,
    # takes its French one, and its old address redirects there.
    megara = french(NewsPage, slug="the-greek-city-of-megara-is-the-newest-alliance-participant")
    french_slug = megara.slug
    StringTranslation.objects.filter(
        locale=megara.locale, context__object_id=megara.translation_key, context__path="slug"
    ).delete()
    Translation.objects.get(source__object_id=megara.translation_key, target_locale=megara.locale).save_target(
        publish=False
    )
    megara.refresh_from_db()
    megara.get_latest_revision().publish()
    megara.refresh_from_db()
    assert megara.slug == "the-greek-city-of-megara-is-the-newest-alliance-participant"
    log.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert DemoLoader(log=log.append).run() == 0
    assert "  French: 0 pages translated, 1 brought up to date, 26 already there" in log
    megara.refresh_from_db()
    assert megara.slug == french_slug
    assert Redirect.objects.filter(
        old_path="/fr/actualites/the-greek-city-of-megara-is-the-newest-alliance-participant", redirect_page=megara
    ).exists()
