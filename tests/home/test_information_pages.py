"""The legal notice, privacy notice and accessibility statement: information pages editors
change like any page, in both languages, linked from every page's footer in the visitor's
language, and served by the APIs, the sitemap and the stored documents like other pages."""

import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup

from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from headless import documents
from headless.models import StoredDocument
from home.demo.loader import DemoLoader
from home.models import InformationPage
from tests.factories import InformationPageFactory, NewsIndexPageFactory
from tests.hidden_pages import HIDDEN_TITLES, create_hidden_pages
from tests.queries import fetch

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def footer_links(response):
    """The footer's links to the information pages, its navigation named in the page's language."""
    html = soup(response)
    label = "À propos de ce site" if html.html["lang"] == "fr" else "About this site"
    nav = html.select_one(f'footer nav[aria-label="{label}"]')
    return [(a.get_text(), a["href"]) for a in nav.select("a")] if nav else []


@pytest.fixture
def statement_in_both_languages(home_page, french):
    english = InformationPageFactory(
        parent=home_page,
        title="Accessibility statement",
        slug="accessibility",
        intro="<p>Everyone should be able to use this site.</p>",
        body=[
            {"type": "heading", "value": {"text": "Conformance status", "level": "h2"}},
            {"type": "paragraph", "value": "<p>Partially conformant with WCAG 2.2, level AA.</p>"},
        ],
    )
    translation = english.copy_for_translation(french, copy_parents=True)
    translation.title = "Déclaration d’accessibilité"
    translation.save_revision().publish()
    # The French home page it was copied under is a draft until published (languages/drafts.py).
    translation.get_parent().specific.save_revision().publish()
    return {"en": english, "fr": translation}


def test_the_footer_links_the_pages_in_the_visitors_language(statement_in_both_languages, client):
    english = [("Accessibility statement", "/en/accessibility/")]
    french = [("Déclaration d’accessibilité", "/fr/accessibility/")]
    # Pages, and views that are not pages.
    for path in ("/en/", "/en/accessibility/", "/en/search/?q=roma", "/en/topics/", "/en/no-such-page/"):
        assert footer_links(client.get(path)) == english, path
    for path in ("/fr/", "/fr/accessibility/", "/fr/search/?q=roms", "/fr/topics/"):
        assert footer_links(client.get(path)) == french, path
    page = soup(client.get("/fr/accessibility/"))
    assert page.h1.get_text() == "Déclaration d’accessibilité"
    assert page.select_one("footer a[aria-current=page]").get_text() == "Déclaration d’accessibilité"


def test_what_the_editor_publishes_is_what_the_footer_links(home_page, client):
    NewsIndexPageFactory(parent=home_page)
    notice = InformationPageFactory(parent=home_page)
    assert footer_links(client.get("/en/news/")) == [("Privacy notice", "/en/privacy-notice/")]

    notice.title = "Data protection"
    notice.save_revision().publish()
    assert footer_links(client.get("/en/news/")) == [("Data protection", "/en/privacy-notice/")]

    # Shown in the main menu instead, as the Promote tab's "Show in menus" says.
    notice.show_in_menus = True
    notice.save_revision().publish()
    response = client.get("/en/news/")
    assert footer_links(response) == []
    assert "Data protection" in [a.get_text() for a in soup(response).select("header nav li a")]

    notice.unpublish()
    response = client.get("/en/news/")
    assert footer_links(response) == []
    assert "Data protection" not in response.text


def test_the_editor_says_where_an_information_page_is_linked(home_page, admin_client):
    response = admin_client.get(f"/admin/pages/{home_page.pk}/add_subpage/")
    assert response.status_code == 200
    assert "Linked from every page's footer, or from the main menu if" in soup(response).get_text()


def test_no_hidden_page_is_linked_from_the_footer(home_page, client):
    create_hidden_pages(InformationPageFactory, home_page)
    response = client.get("/en/")
    assert footer_links(response) == []
    for title in HIDDEN_TITLES.values():
        assert title not in response.text


def test_the_footer_costs_no_query_more(home_page, client):
    NewsIndexPageFactory(parent=home_page)
    client.get("/en/news/")  # warm the per-process caches (content types, site root paths)
    without = fetch(client, "/en/news/").queries

    for slug in ("legal-notice", "privacy-notice", "accessibility"):
        InformationPageFactory(parent=home_page, slug=slug, title=slug)
    client.get("/en/news/")
    response = fetch(client, "/en/news/")

    assert len(footer_links(response)) == 3
    assert response.queries == without


def test_a_footer_page_renamed_makes_every_page_showing_the_footer_due(home_page, client):
    NewsIndexPageFactory(parent=home_page)
    notice = InformationPageFactory(parent=home_page)
    for path in ("/en/", "/en/news/", "/en/privacy-notice/"):
        assert documents.render(path)

    notice.title = "Data protection"
    notice.save_revision().publish()

    assert not StoredDocument.objects.rendered().filter(path__in=["/en/", "/en/news/"]).exists()
    assert footer_links(client.get("/en/news/")) == [("Data protection", "/en/privacy-notice/")]


def test_the_sitemap_lists_each_page_with_its_translation(statement_in_both_languages, client):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    entries = {url.findtext(f"{SITEMAP}loc"): url for url in root.findall(f"{SITEMAP}url")}
    urls = {language: page.get_full_url() for language, page in statement_in_both_languages.items()}
    for url in urls.values():
        alternates = {link.get("hreflang"): link.get("href") for link in entries[url].findall(f"{XHTML}link")}
        assert {language: alternates[language] for language in urls} == urls


@pytest.mark.parametrize("language", ["en", "fr"])
def test_both_apis_serve_the_pages_with_intro_and_body(statement_in_both_languages, client, language):
    listing = client.get("/api/v2/pages/", {"type": "home.InformationPage", "locale": language, "fields": "*"})
    assert listing.status_code == 200
    [statement] = listing.json()["items"]
    assert statement["title"] == statement_in_both_languages[language].title
    assert statement["intro"] == "<p>Everyone should be able to use this site.</p>"
    assert [block["type"] for block in statement["body"]] == ["heading", "paragraph"]

    v3 = client.get(f"/api/v3/pages/{statement['id']}/")
    assert v3.status_code == 200
    detail = v3.json()
    assert detail["meta"]["type"] == "home.InformationPage"
    assert detail["meta"]["locale"] == language
    assert detail["body"] == statement["body"]
    assert detail["intro"] == statement["intro"]


def test_the_demo_footer_links_the_three_pages_in_each_language(bilingual_demo_site, client):
    english = [
        ("Legal notice", "/en/legal-notice/"),
        ("Privacy notice", "/en/privacy-notice/"),
        ("Accessibility statement", "/en/accessibility/"),
    ]
    french = [
        ("Mentions légales", "/fr/mentions-legales/"),
        ("Protection des données personnelles", "/fr/protection-des-donnees-personnelles/"),
        ("Déclaration d’accessibilité", "/fr/declaration-d-accessibilite/"),
    ]
    assert footer_links(client.get("/en/news/")) == english
    assert footer_links(client.get("/fr/actualites/")) == french
    for title, url in english + french:
        response = client.get(url)
        assert response.status_code == 200, url
        assert soup(response).h1.get_text() == title


def test_the_demo_pages_say_what_a_public_institution_must_say_in_both_languages(bilingual_demo_site, client):
    privacy = soup(client.get("/en/privacy-notice/")).main.get_text(" ")
    assert "Council of Europe" in privacy and "Convention 108+" in privacy
    assert "Join the Alliance" in privacy and "alliance@coe.int" in privacy
    legal = soup(client.get("/en/legal-notice/")).main.get_text(" ")
    assert "F-67075 Strasbourg Cedex" in legal and "Hosting" in legal
    statement = soup(client.get("/en/accessibility/")).main
    assert "partially conformant with the Web Content Accessibility Guidelines (WCAG) 2.2, level AA" in (
        statement.get_text(" ")
    )
    assert statement.select_one('a[href="mailto:alliance@coe.int"]')

    french = soup(client.get("/fr/declaration-d-accessibilite/")).main
    assert "partiellement conforme aux Règles pour l’accessibilité des contenus Web (WCAG) 2.2, niveau AA" in (
        french.get_text(" ")
    )
    assert [h2.get_text() for h2 in french.select("h2")] == [
        "État de conformité",
        "Contenus non encore accessibles",
        "Vérification du site",
        "Signaler un problème",
    ]
    # The link's address is kept from the English; its words are French.
    link = french.select_one('a[href="mailto:alliance@coe.int"]')
    assert link.find_parent("p").get_text().startswith("Si vous ne parvenez pas")
    assert (
        "Convention 108+ pour la protection des personnes"
        in soup(client.get("/fr/protection-des-donnees-personnelles/")).get_text()
    )
    assert "Hébergement" in soup(client.get("/fr/mentions-legales/")).get_text()


def test_the_french_demo_pages_are_translations_a_translator_can_open(bilingual_demo_site, french, admin_client):
    for page in InformationPage.objects.filter(locale__language_code="en"):
        translation = page.get_translation(french)
        assert translation.live
        assert TranslationSource.objects.filter(object_id=page.translation_key).exists()
        assert admin_client.get(f"/admin/pages/{translation.pk}/edit/").status_code == 200


def test_loading_the_demo_content_again_adds_no_information_page(bilingual_demo_site, client):
    pages = Page.objects.count()

    assert DemoLoader(log=lambda message: None).run() == 0

    assert Page.objects.count() == pages
    assert InformationPage.objects.filter(locale__language_code="en").count() == 3
    assert InformationPage.objects.filter(locale__language_code="fr").count() == 3
    assert len(footer_links(client.get("/fr/"))) == 3
