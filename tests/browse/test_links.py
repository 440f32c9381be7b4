"""Pages link the topics and countries they are filed under to their browse pages."""

from tests.factories import TopicFactory

from .builders import country
from .html import soup


def taxonomy_links(html):
    return {a.get_text(): a["href"] for a in html.select(".taxonomy a")}


def test_news_and_interviews_link_their_topics_and_countries(site, housing, client):
    news = site.news(topics=[housing], countries=[country("AL"), country("GR")])
    interview = site.interview(topics=[housing], countries=[country("AL")])
    assert taxonomy_links(soup(client.get(news.url))) == {
        "Albania": "/en/countries/AL/",
        "Greece": "/en/countries/GR/",
        "Housing": "/en/topics/housing/",
    }
    assert taxonomy_links(soup(client.get(interview.url))) == {
        "Albania": "/en/countries/AL/",
        "Housing": "/en/topics/housing/",
    }


def test_event_links_its_venue_country_and_its_topics(site, housing, client):
    event = site.event(topics=[housing], country=country("AL"), countries=[country("GR")], city="Tirana")
    html = soup(client.get(event.url))
    assert html.select_one(".facts a[href='/en/countries/AL/']").get_text() == "Albania"
    assert taxonomy_links(html) == {"Greece": "/en/countries/GR/", "Housing": "/en/topics/housing/"}


def test_participant_links_its_country_and_topics(site, housing, client):
    megara = site.participant(topics=[housing], country=country("GR"), title="Megara")
    html = soup(client.get(megara.url))
    assert html.select_one(".facts a[href='/en/countries/GR/']").get_text() == "Greece"
    assert taxonomy_links(html) == {"Housing": "/en/topics/housing/"}


def test_a_topic_without_a_slug_is_named_without_a_link(site, client):
    # taggit leaves the slug empty for a topic coined from punctuation alone
    nameless = TopicFactory(name="—", slug="")
    news = site.news(topics=[nameless])
    response = client.get(news.url)
    assert response.status_code == 200
    assert "—" in soup(response).select_one(".taxonomy dd").get_text()
    assert taxonomy_links(soup(response)) == {}
    assert client.get("/en/topics/").status_code == 200
