"""Every browse page has a title, one h1, breadcrumbs, a canonical link, and
the main navigation leads to the topic and country indexes."""

import pytest

from .builders import country
from .html import soup, texts

PAGES = [
    ("/en/topics/", "Topics", "Topics", ["Home", "Topics"], "http://testserver/en/topics/"),
    (
        "/en/topics/housing/",
        "Housing · Topics",
        "Housing",
        ["Home", "Topics", "Housing"],
        "http://testserver/en/topics/housing/",
    ),
    ("/en/countries/", "Countries", "Countries", ["Home", "Countries"], "http://testserver/en/countries/"),
    (
        "/en/countries/GR/",
        "Greece · Countries",
        "Greece",
        ["Home", "Countries", "Greece"],
        "http://testserver/en/countries/GR/",
    ),
]


@pytest.mark.parametrize(("url", "title", "h1", "trail", "canonical"), PAGES)
def test_browse_page_has_title_heading_breadcrumbs_and_canonical_link(
    site, housing, client, url, title, h1, trail, canonical
):
    site.participant(topics=[housing], country=country("GR"))
    html = soup(client.get(url))

    assert html.title.get_text().startswith(f"{title} · ")
    assert [heading.get_text(strip=True) for heading in html.select("h1")] == [h1]
    breadcrumbs = html.select_one('nav[aria-label="Breadcrumb"]')
    assert texts(breadcrumbs, "ol > li") == trail
    assert breadcrumbs.select("a")[0]["href"] == "/en/"
    assert breadcrumbs.select_one("[aria-current=page]").get_text() == trail[-1]
    canonical_links = html.head.select('link[rel="canonical"]')
    assert [link["href"] for link in canonical_links] == [canonical]


def test_main_navigation_leads_to_topics_and_countries(db, client):
    nav = soup(client.get("/en/search/")).select_one('nav[aria-label="Main"]')
    links = {a.get_text(): a["href"] for a in nav.select("a")}
    assert links["Topics"] == "/en/topics/"
    assert links["Countries"] == "/en/countries/"


def test_headings_go_in_order(site, housing, client):
    site.news(topics=[housing], countries=[country("GR")])
    site.event(topics=[housing], country=country("GR"))
    for url in ["/en/topics/", "/en/topics/housing/", "/en/countries/", "/en/countries/GR/"]:
        main = soup(client.get(url)).select_one("main")
        levels = [int(heading.name[1]) for heading in main.select("h1, h2, h3, h4, h5, h6")]
        assert levels[0] == 1
        assert all(later - earlier <= 1 for earlier, later in zip(levels, levels[1:], strict=False)), url


def test_topic_and_country_pages_announce_their_own_news_feeds(site, housing, client):
    site.news(topics=[housing], countries=[country("GR")])
    for url, feed in [
        ("/en/topics/housing/", "/en/feeds/news/topic/housing"),
        ("/en/countries/GR/", "/en/feeds/news/country/gr"),
    ]:
        page = soup(client.get(url))
        alternates = [link["href"] for link in page.select("head link[rel=alternate][type]")]
        assert alternates == [f"{feed}.rss", f"{feed}.atom", f"{feed}.json"]
        assert [a["href"] for a in page.select(".feed-subscribe a")] == alternates
