"""A visitor sees only live, public pages that have not expired: a draft, a
private page, a page scheduled for later or an expired one neither appears in
a list nor raises a count, nor makes an otherwise empty topic or country
appear."""

import pytest

from wagtail.models import PageViewRestriction

from browse.sitemaps import CountrySitemap, TopicSitemap

from .builders import HIDDEN, country, hide
from .html import section, soup, texts

# With the caches off, and on Redis as production runs (tests/conftest.py caching).
pytestmark = pytest.mark.usefixtures("caching")

KINDS = ["news", "interview", "event", "participant"]
TOPIC_COLUMNS = ["news", "interview", "event", "participant"]
COUNTRY_COLUMNS = ["participant", "news", "interview", "event"]
SINGULAR = {"news": "news item", "interview": "interview", "event": "event", "participant": "participant"}


def make(site, kind, topics, where, title):
    """A page of this kind about the topics in the country `where`."""
    if kind == "participant":
        return site.participant(topics=topics, country=where, title=title)
    if kind == "event":
        return site.event(topics=topics, country=where, title=title)
    return getattr(site, kind)(topics=topics, countries=[where], title=title)


def counts_row(html, columns, kind):
    row = html.select_one("table.counts tbody tr")
    return texts(row, "th")[0], texts(row, "td")[columns.index(kind)]


@pytest.mark.parametrize("how", HIDDEN)
@pytest.mark.parametrize("kind", KINDS)
def test_hidden_pages_are_in_no_list_and_no_count(site, housing, education, client, kind, how):
    albania, greece = country("AL"), country("GR")
    make(site, kind, [housing], albania, "Visible page")
    # beside the visible page, on the same topic and country
    hide(make(site, kind, [housing], albania, "Hidden page one"), how)
    # the only page on its topic and in its country
    hide(make(site, kind, [education], greece, "Hidden page two"), how)

    index = soup(client.get("/en/topics/"))
    assert texts(index, ".tag-cloud li") == ["Housing (1 item)"]
    assert counts_row(index, TOPIC_COLUMNS, kind) == ("Housing", "1")

    countries = soup(client.get("/en/countries/"))
    assert len(countries.select("table.counts tbody tr")) == 1
    assert counts_row(countries, COUNTRY_COLUMNS, kind) == ("Albania", "1")

    for url in ["/en/topics/housing/", "/en/topics/housing/?country=AL", "/en/countries/AL/"]:
        response = client.get(url)
        assert response.status_code == 200
        assert "Visible page" in response.text
        assert "Hidden page" not in response.text, url

    topic = soup(client.get("/en/topics/housing/"))
    assert texts(section(topic, "countries-heading"), ".related-countries > li > a:first-child") == ["Albania"]
    assert f"Albania : 1 {SINGULAR[kind]} (" in texts(topic, ".related-countries li")[0]
    albania_page = soup(client.get("/en/countries/AL/"))
    assert texts(albania_page, ".related-topics li") == [f"Housing : 1 {SINGULAR[kind]}"]

    assert client.get("/en/topics/education/").status_code == 404
    assert client.get("/en/countries/GR/").status_code == 404
    assert TopicSitemap().items() == ["housing"]
    assert CountrySitemap().items() == ["AL"]


def test_a_private_section_hides_everything_below_it(site, housing, client):
    site.news(topics=[housing], countries=[country("AL")], title="Private news")
    site.event(topics=[housing], country=country("AL"), title="Public event")
    PageViewRestriction.objects.create(
        page=site.news_index, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )

    html = soup(client.get("/en/topics/housing/"))
    assert "Private news" not in html.get_text()
    assert texts(soup(client.get("/en/topics/")), "table.counts tbody td") == ["0", "0", "1", "0"]
    assert texts(soup(client.get("/en/countries/")), "table.counts tbody td") == ["0", "0", "0", "1"]


def test_publishing_a_draft_makes_its_topic_and_country_appear(site, housing, client):
    draft = site.news(topics=[housing], countries=[country("AL")])
    draft.unpublish()
    assert client.get("/en/topics/housing/").status_code == 404
    assert client.get("/en/countries/AL/").status_code == 404

    draft.save_revision().publish()
    assert client.get("/en/topics/housing/").status_code == 200
    assert client.get("/en/countries/AL/").status_code == 200
