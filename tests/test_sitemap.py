import datetime
import xml.etree.ElementTree as ET

import pytest

from django.contrib.sitemaps import Sitemap
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from wagtail.models import PageViewRestriction

from cms.sitemaps import sitemaps
from tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    TopicFactory,
)
from tests.hidden_pages import create_hidden_pages

NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml"
    root = ET.fromstring(response.content)
    return {url.findtext(f"{NS}loc"): url.findtext(f"{NS}lastmod") for url in root.findall(f"{NS}url")}


def test_sitemap_lists_live_pages_with_their_last_publication(home_page, client):
    news = NewsIndexPageFactory(parent=home_page)
    item = NewsPageFactory(parent=news, title="Tivat joins")
    item.save_revision().publish()
    item.refresh_from_db()

    entries = sitemap_entries(client)
    pages = {home_page.get_full_url(), news.get_full_url(), item.get_full_url()}
    # With the topic and country indexes.
    assert set(entries) == pages | {
        f"http://testserver/{code}/{index}/" for code in ("en", "fr") for index in ("topics", "countries")
    }
    # Django writes the date in the site's time zone: between midnight in Paris and midnight
    # in UTC, the UTC date is the day before.
    assert entries[item.get_full_url()] == timezone.localdate(item.last_published_at).isoformat()
    assert reverse("sitemap") == "/sitemap.xml"


@pytest.mark.usefixtures("caching")  # caches off, and on Redis as production runs
def test_nothing_unpublished_private_or_scheduled_is_in_the_sitemap(home_page, client):
    news = NewsIndexPageFactory(parent=home_page)
    events = EventIndexPageFactory(parent=home_page)
    hidden = [
        *create_hidden_pages(NewsPageFactory, news).values(),
        *create_hidden_pages(EventPageFactory, events, start_date=datetime.date(2099, 1, 1)).values(),
    ]
    published = NewsPageFactory(parent=news, title="Published news")
    # A page under a restricted section is private too.
    members = NewsIndexPageFactory(parent=home_page, title="Members", slug="members")
    PageViewRestriction.objects.create(page=members, restriction_type=PageViewRestriction.LOGIN)
    inside = NewsPageFactory(parent=members, title="Members' news")

    listed = set(sitemap_entries(client))
    assert published.get_full_url() in listed and news.get_full_url() in listed
    for page in [*hidden, members, inside]:
        assert page.get_full_url() not in listed, page.title


def test_sitemap_costs_the_same_queries_for_3_or_15_pages(home_page, client):
    news = NewsIndexPageFactory(parent=home_page)
    events = EventIndexPageFactory(parent=home_page)

    def count():
        client.get("/sitemap.xml")
        with CaptureQueriesContext(connection) as captured:
            client.get("/sitemap.xml")
        return len(captured.captured_queries)

    NewsPageFactory(parent=news)
    EventPageFactory(parent=events)
    few = count()
    for _ in range(6):
        NewsPageFactory(parent=news)
        EventPageFactory(parent=events)
    assert len(sitemap_entries(client)) == 17 + 4  # the pages, then /topics/ and /countries/ in English and French
    assert count() == few


def test_sitemap_sections_are_django_sitemaps_so_views_can_join(home_page):
    assert all(issubclass(section, Sitemap) for section in sitemaps.values())


def test_robots_txt_keeps_crawlers_out_of_admin_and_search_and_names_the_sitemap(client, settings, db):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "example.org"]
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.text.splitlines()
    assert lines[0] == "User-agent: *"
    assert {line for line in lines if line.startswith("Disallow:")} == {
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /en/search/",
        "Disallow: /fr/search/",
    }
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    # Asked for by another name, it names the sitemap on the public address all the same.
    assert (
        "Sitemap: http://testserver/sitemap.xml"
        in client.get("/robots.txt", secure=True, headers={"Host": "example.org"}).text.splitlines()
    )


def test_every_entry_is_on_the_public_address_whatever_host_asked(home_page, client, settings):
    """The pages' entries come from the Site record, the topics' and countries' from Django's
    sitemap: both on PUBLIC_BASE_URL, which the default Site follows (operations/addresses.py)."""
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "127.0.0.1"]
    news = NewsIndexPageFactory(parent=home_page)
    item = NewsPageFactory(parent=news, title="Tivat joins")
    item.topics.add(TopicFactory(slug="housing"))
    item.save_revision().publish()

    response = client.get("/sitemap.xml", headers={"Host": "127.0.0.1"})

    root = ET.fromstring(response.content)
    locations = [element.text for element in root.iter(f"{NS}loc")]
    locations += [element.attrib["href"] for element in root.iter() if "href" in element.attrib]
    assert "http://testserver/en/topics/housing/" in locations
    assert [url for url in locations if not url.startswith("http://testserver/")] == []
