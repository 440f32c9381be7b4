"""Every absolute address the site hands out is on PUBLIC_BASE_URL (operations/addresses.py),
whatever name it was reached by, and the default Site record follows it."""

import re

from bs4 import BeautifulSoup

from django.core.management import call_command
from django.test import Client

from wagtail.models import Site

from tests.factories import NewsIndexPageFactory, NewsPageFactory

OTHER_NAME = {"HTTP_HOST": "127.0.0.1:8000"}


def test_migrate_puts_the_default_site_on_the_public_address(db, settings):
    settings.PUBLIC_BASE_URL = "https://alliance.example.org"

    call_command("migrate", verbosity=0)

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == ("alliance.example.org", 443, "https://alliance.example.org")


def test_a_page_asked_for_by_another_name_links_only_the_public_address(home_page, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "127.0.0.1"]
    news = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=news, title="Tivat joins", slug="tivat")

    page = Client().get("/en/news/tivat/", **OTHER_NAME)
    soup = BeautifulSoup(page.content, "html.parser")
    links = [tag["href"] for tag in soup.select("link[href^=http]")]
    links += [tag["content"] for tag in soup.select("meta[property^='og:'][content^=http]")]
    links += re.findall(
        r'"(https?://[^"]+)"', "".join(tag.text for tag in soup.select("script[type='application/ld+json']"))
    )

    assert "http://testserver/en/news/tivat/" in links
    assert [link for link in links if not link.startswith(("http://testserver/", "https://schema.org"))] == []


def test_feeds_and_the_api_hand_out_the_public_address(home_page, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "127.0.0.1"]
    news = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=news, title="Tivat joins", slug="tivat")

    feed = Client().get("/en/feeds/news.rss", **OTHER_NAME).content.decode()
    item = Client().get("/api/v2/pages/?type=news.NewsPage&fields=*", **OTHER_NAME).json()["items"][0]

    assert "<link>http://testserver/en/news/tivat/</link>" in feed
    assert "127.0.0.1" not in feed
    assert item["meta"]["html_url"] == "http://testserver/en/news/tivat/"
    assert item["meta"]["detail_url"].startswith("http://testserver/api/v2/pages/")
