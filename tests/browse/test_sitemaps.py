from django.urls import reverse

from browse.sitemaps import BrowseIndexSitemap, CountrySitemap, TopicSitemap
from tests.factories import TopicFactory

from .builders import country


def test_sitemaps_list_the_topics_and_countries_with_published_content(site, housing, client):
    TopicFactory(name="Health", slug="health")
    site.news(topics=[housing], countries=[country("GR")])
    site.participant(country=country("AL"))

    topics = TopicSitemap()
    assert [topics.location(topic) for topic in topics.items()] == ["/en/topics/housing/"]
    countries = CountrySitemap()
    assert [countries.location(c) for c in countries.items()] == ["/en/countries/AL/", "/en/countries/GR/"]
    indexes = BrowseIndexSitemap()
    assert [indexes.location(item) for item in indexes.items()] == [reverse("topic-index"), reverse("country-index")]

    for sitemap in (topics, countries, indexes):
        for item in sitemap.items():
            assert client.get(sitemap.location(item)).status_code == 200


def test_the_site_sitemap_includes_the_topic_and_country_pages(site, housing, client):
    site.news(topics=[housing], countries=[country("GR")])
    body = client.get("/sitemap.xml").content.decode()
    for path in ("/en/topics/", "/en/countries/", "/en/topics/housing/", "/en/countries/GR/"):
        assert f"<loc>http://testserver{path}</loc>" in body
