"""Canonical URLs, Open Graph and Twitter cards, and schema.org JSON-LD."""

import datetime
import json
from decimal import Decimal

from bs4 import BeautifulSoup

from tests.factories import (
    CountryFactory,
    CreditedImageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    InterviewPageFactory,
    NewsIndexPageFactory,
    ParticipantIndexPageFactory,
    ParticipantPageFactory,
    PersonFactory,
)


def head(client, url):
    page = BeautifulSoup(client.get(url).content, "html.parser")
    meta = {tag.get("property") or tag.get("name"): tag["content"] for tag in page.select("head meta[content]")}
    scripts = page.select('script[type="application/ld+json"]')
    assert len(scripts) == 1
    return page, meta, json.loads(scripts[0].string)


def test_an_interview_carries_canonical_open_graph_and_a_news_article(home_page, client):
    news = NewsIndexPageFactory(parent=home_page)
    speaker = PersonFactory(given_name="Juliana", family_name="Hoxha", role="Congress member")
    page = InterviewPageFactory(
        parent=news,
        title="Juliana Hoxha: “Roma should be part of the priority-setting process.”",
        slug="hoxha",
        speaker=speaker,
        date=datetime.date(2015, 5, 20),
        teaser="On the occasion of the 28th Congress Session …",
        lead_image=CreditedImageFactory(title="Juliana Hoxha at the Congress", file__width=1600, file__height=1000),
    )
    page.related_people.add(speaker)
    page.topics.add("Political participation")
    page.countries.add(CountryFactory(code="AL", name="Albania"))
    page.save_revision().publish()

    soup, meta, data = head(client, "/en/news/hoxha/")
    assert soup.select_one("link[rel=canonical]")["href"] == "http://testserver/en/news/hoxha/"
    assert meta["og:url"] == "http://testserver/en/news/hoxha/"
    assert meta["og:type"] == "article"
    assert meta["og:locale"] == "en_GB", "Open Graph's language_TERRITORY"
    assert meta["og:title"] == page.title
    assert meta["og:description"] == "On the occasion of the 28th Congress Session …"
    assert meta["og:image"].startswith("http://testserver/")
    assert (meta["og:image:width"], meta["og:image:height"]) == ("1200", "630")
    assert meta["og:image:alt"] == "Juliana Hoxha at the Congress"
    assert meta["twitter:card"] == "summary_large_image"
    assert meta["article:published_time"] == "2015-05-20"

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == page.title
    assert data["datePublished"] == "2015-05-20"
    assert data["about"] == [{"@type": "Person", "name": "Juliana Hoxha", "jobTitle": "Congress member"}]
    assert data["keywords"] == ["Political participation"]
    assert data["contentLocation"] == [{"@type": "Country", "name": "Albania", "identifier": "AL"}]


def test_json_ld_cannot_be_closed_by_content(home_page, client):
    news = NewsIndexPageFactory(parent=home_page)
    InterviewPageFactory(parent=news, slug="x", title="</script><script>alert(1)</script>")
    html = client.get("/en/news/x/").content.decode()
    assert "<script>alert(1)" not in html
    _, _, data = head(client, "/en/news/x/")
    assert data["headline"] == "</script><script>alert(1)</script>"


def test_an_event_is_a_schema_org_event(home_page, client):
    events = EventIndexPageFactory(parent=home_page)
    EventPageFactory(
        parent=events,
        slug="tirana",
        title="Seminar on Roma Inclusion at the local level",
        start_date=datetime.date(2018, 10, 11),
        end_date=datetime.date(2018, 10, 12),
        venue="Tirana City Hall",
        city="Tirana",
        country=CountryFactory(code="AL", name="Albania"),
        cancelled=True,
    )
    _, meta, data = head(client, "/en/events/tirana/")
    assert meta["og:type"] == "website"
    assert meta["twitter:card"] == "summary"
    assert data["@type"] == "Event"
    assert (data["startDate"], data["endDate"]) == ("2018-10-11", "2018-10-12")
    assert data["eventStatus"] == "https://schema.org/EventCancelled"
    assert data["location"] == {
        "@type": "Place",
        "name": "Tirana City Hall",
        "address": {"@type": "PostalAddress", "addressLocality": "Tirana", "addressCountry": "AL"},
    }


def test_a_participant_is_a_place_with_coordinates(home_page, client):
    index = ParticipantIndexPageFactory(parent=home_page)
    ParticipantPageFactory(
        parent=index,
        slug="tivat",
        title="Tivat",
        region="Boka Kotorska",
        country=CountryFactory(code="ME", name="Montenegro"),
        latitude=Decimal("42.43"),
        longitude=Decimal("18.69"),
        population=14111,
    )
    _, _, data = head(client, "/en/participants/tivat/")
    assert data["@type"] == "Place"
    assert data["geo"] == {"@type": "GeoCoordinates", "latitude": 42.43, "longitude": 18.69}
    assert data["containedInPlace"] == {"@type": "Country", "name": "Montenegro", "identifier": "ME"}
    assert data["address"]["addressRegion"] == "Boka Kotorska"


def test_main_navigation_lists_the_pages_shown_in_menus_and_marks_the_current_one(home_page, client):
    NewsIndexPageFactory(parent=home_page, show_in_menus=True)
    EventIndexPageFactory(parent=home_page, show_in_menus=True)
    ParticipantIndexPageFactory(parent=home_page, show_in_menus=False)
    page = BeautifulSoup(client.get("/en/news/").content, "html.parser")
    links = page.select("nav[aria-label=Main] a")
    assert [(a.get_text(), a["href"]) for a in links] == [
        ("News", "/en/news/"),
        ("Events", "/en/events/"),
        ("Topics", "/en/topics/"),
        ("Countries", "/en/countries/"),
    ]
    assert [a.get("aria-current") for a in links] == ["page", None, None, None]
    topics = BeautifulSoup(client.get("/en/topics/").content, "html.parser")
    assert [a.get("aria-current") for a in topics.select("nav[aria-label=Main] a")] == [None, None, "page", None]


def test_page_meta_follows_changes_and_previews_show_the_draft(home_page, client):
    speaker = PersonFactory(given_name="Juliana", family_name="Hoxha", role="Congress member")
    page = InterviewPageFactory(parent=NewsIndexPageFactory(parent=home_page), title="First title", speaker=speaker)
    page.save_revision().publish()
    assert head(client, page.url)[1]["og:title"] == "First title"
    assert head(client, page.url)[2]["about"][0]["name"] == "Juliana Hoxha"

    speaker.family_name = "Hoxha-Berisha"
    speaker.save()
    assert head(client, page.url)[2]["about"][0]["name"] == "Juliana Hoxha-Berisha"

    # The preview's made-up request comes in on the site's own host: the live page first, so.
    client.get(page.url, HTTP_HOST="localhost")
    page.title = "Draft title"
    preview = BeautifulSoup(page.make_preview_request().render().content, "html.parser")
    assert preview.select_one('meta[property="og:title"]')["content"] == "Draft title"
    assert head(client, page.url)[1]["og:title"] == "First title"
