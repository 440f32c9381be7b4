import datetime
import json
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup

from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from taxonomy.models import Country
from tests.factories import (
    CountryFactory,
    CreditedImageFactory,
    EventIndexPageFactory,
    InterviewPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PersonFactory,
    TopicFactory,
)
from tests.hidden_pages import HIDDEN_TITLES, create_hidden_pages

ATOM = "{http://www.w3.org/2005/Atom}"
DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"
FORMATS = ["rss", "atom", "json"]
SITE_NAME = "European Alliance of Cities and Regions for Roma Inclusion"


@pytest.fixture
def news(home_page):
    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def housing(db):
    return TopicFactory(name="Housing", slug="housing")


@pytest.fixture
def albania(db):
    return CountryFactory(code="AL", name="Albania")


def parse(response, format):
    """Title, link, id, summary, dates, author, categories and image of each
    item, read the way a feed reader reads each format."""
    if format == "json":
        feed = json.loads(response.content)
        return feed, [
            {
                "title": item["title"],
                "link": item["url"],
                "id": item["id"],
                "summary": item["content_text"],
                "published": item["date_published"],
                "updated": item.get("date_modified"),
                "author": item["authors"][0]["name"] if "authors" in item else None,
                "categories": item.get("tags", []),
                "image": item.get("image"),
            }
            for item in feed["items"]
        ]
    root = ET.fromstring(response.content)
    if format == "rss":
        channel = root.find("channel")
        return channel, [
            {
                "title": item.findtext("title"),
                "link": item.findtext("link"),
                "id": item.findtext("guid"),
                "permalink": item.find("guid").get("isPermaLink"),
                "summary": item.findtext("description"),
                "published": item.findtext("pubDate"),
                "author": item.findtext(DC_CREATOR),
                "categories": [c.text for c in item.findall("category")],
                "image": item.find("enclosure").attrib if item.find("enclosure") is not None else None,
            }
            for item in channel.findall("item")
        ]
    return root, [
        {
            "title": entry.findtext(f"{ATOM}title"),
            "link": entry.find(f"{ATOM}link[@rel='alternate']").get("href"),
            "id": entry.findtext(f"{ATOM}id"),
            "summary": entry.findtext(f"{ATOM}summary"),
            "published": entry.findtext(f"{ATOM}published"),
            "updated": entry.findtext(f"{ATOM}updated"),
            "author": entry.findtext(f"{ATOM}author/{ATOM}name"),
            "categories": [c.get("term") for c in entry.findall(f"{ATOM}category")],
            "image": (
                entry.find(f"{ATOM}link[@rel='enclosure']").attrib
                if entry.find(f"{ATOM}link[@rel='enclosure']") is not None
                else None
            ),
        }
        for entry in root.findall(f"{ATOM}entry")
    ]


def feed_title(feed, format):
    if format == "json":
        return feed["title"]
    return feed.findtext("title") if format == "rss" else feed.findtext(f"{ATOM}title")


def titles(client, url, format):
    response = client.get(url)
    assert response.status_code == 200
    return [item["title"] for item in parse(response, format)[1]]


@pytest.mark.parametrize(
    ("format", "content_type"),
    [
        ("rss", "application/rss+xml; charset=utf-8"),
        ("atom", "application/atom+xml; charset=utf-8"),
        ("json", "application/feed+json; charset=utf-8"),
    ],
)
def test_news_feed_lists_items_newest_first_with_their_details(news, housing, client, format, content_type):
    image = CreditedImageFactory()
    older = NewsPageFactory(
        parent=news,
        title="Tivat joins the Alliance",
        date=datetime.date(2015, 5, 6),
        teaser="Roads & water <for> all.",
        lead_image=image,
    )
    older.topics.add(housing)
    older.save_revision().publish()
    speaker = PersonFactory(given_name="John", family_name="Warmisham")
    interview = InterviewPageFactory(
        parent=news, title="Networks work", date=datetime.date(2015, 5, 20), speaker=speaker
    )

    response = client.get(f"/en/feeds/news.{format}")
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    feed, items = parse(response, format)
    assert feed_title(feed, format) == f"News · {SITE_NAME}"
    assert [item["title"] for item in items] == ["Networks work", "Tivat joins the Alliance"]

    first, second = items
    older.refresh_from_db()
    assert second["link"] == "http://testserver/en/news/tivat-joins-the-alliance/"
    assert second["link"].startswith("http://")
    assert second["id"] == second["link"]
    assert second["categories"] == ["Housing"]
    assert first["author"] == "John Warmisham"
    assert first["categories"] == [] and first["image"] is None
    if format == "json":
        assert second["summary"] == "Roads & water <for> all."
        assert second["published"] == "2015-05-06T00:00:00+00:00"
        assert second["updated"] == older.last_published_at.isoformat()
        assert second["image"].startswith("http://testserver/") and ".width-1200." in second["image"]
    elif format == "rss":
        # An HTML description: the plain-text teaser is escaped once more.
        assert second["summary"] == "Roads &amp; water &lt;for&gt; all."
        assert second["permalink"] == "true"
        assert second["published"] == "Wed, 06 May 2015 00:00:00 +0000"
        assert second["image"]["url"].startswith("http://testserver/") and second["image"]["type"] == "image/jpeg"
    else:
        assert second["summary"] == "Roads &amp; water &lt;for&gt; all."
        assert second["published"] == "2015-05-06T00:00:00+00:00"
        assert second["updated"] == older.last_published_at.isoformat()
        assert second["image"]["href"].startswith("http://testserver/") and second["image"]["type"] == "image/jpeg"
        assert first["id"] == "http://testserver" + interview.url


def test_json_feed_carries_the_version_and_feed_urls(news, client):
    NewsPageFactory(parent=news)
    feed = json.loads(client.get("/en/feeds/news.json").content)
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["feed_url"] == "http://testserver/en/feeds/news.json"
    assert feed["home_page_url"] == "http://testserver/en/news/"
    assert feed["authors"] == [{"name": SITE_NAME}]
    assert feed["language"] == "en"


def test_atom_feed_names_an_author_and_links_itself(news, client):
    NewsPageFactory(parent=news)
    root = ET.fromstring(client.get("/en/feeds/news.atom").content)
    assert root.findtext(f"{ATOM}author/{ATOM}name") == SITE_NAME
    assert root.find(f"{ATOM}link[@rel='self']").get("href") == "http://testserver/en/feeds/news.atom"


def test_feeds_stop_at_the_latest_twenty_items(news, client):
    for day in range(1, 23):
        NewsPageFactory(parent=news, title=f"Day {day}", date=datetime.date(2015, 1, day))
    listed = titles(client, "/en/feeds/news.rss", "rss")
    assert len(listed) == 20
    assert listed[0] == "Day 22" and listed[-1] == "Day 3"


@pytest.mark.parametrize("format", FORMATS)
def test_topic_feed_lists_only_that_topic(news, housing, client, format):
    on_topic = NewsPageFactory(parent=news, title="Housing in Megara")
    on_topic.topics.add(housing)
    on_topic.save_revision().publish()
    NewsPageFactory(parent=news, title="Schools in Tirana")

    url = reverse("news-topic-feed", kwargs={"slug": "housing", "format": format})
    assert url == f"/en/feeds/news/topic/housing.{format}"
    response = client.get(url)
    feed, items = parse(response, format)
    assert feed_title(feed, format) == f"News about Housing · {SITE_NAME}"
    assert [item["title"] for item in items] == ["Housing in Megara"]


def test_a_topic_whose_slug_has_accents_has_its_feed(news, client):
    health = TopicFactory(name="Santé", slug="santé")
    page = NewsPageFactory(parent=news, title="Santé à Strasbourg")
    page.topics.add(health)
    page.save_revision().publish()
    url = reverse("news-topic-feed", kwargs={"slug": "santé", "format": "rss"})
    _, items = parse(client.get(url), "rss")
    assert [item["title"] for item in items] == ["Santé à Strasbourg"]


@pytest.mark.parametrize("format", FORMATS)
def test_country_feed_lists_only_that_country_whatever_the_case_of_the_code(news, albania, client, format):
    in_albania = NewsPageFactory(parent=news, title="Tirana mayors meet")
    in_albania.countries.add(albania)
    in_albania.save_revision().publish()
    NewsPageFactory(parent=news, title="Megara joins", countries=[Country.objects.get(code="GR")])

    assert (
        reverse("news-country-feed", kwargs={"code": "AL", "format": format}) == f"/en/feeds/news/country/al.{format}"
    )
    for code in ("al", "AL", "Al"):
        response = client.get(f"/en/feeds/news/country/{code}.{format}")
        feed, items = parse(response, format)
        assert feed_title(feed, format) == f"News from Albania · {SITE_NAME}"
        assert [item["title"] for item in items] == ["Tirana mayors meet"]


@pytest.mark.parametrize(
    "url",
    [
        "/en/feeds/news/topic/no-such-topic.rss",
        "/en/feeds/news/topic/" + "x" * 300 + ".atom",
        "/en/feeds/news/country/zz.json",
        "/en/feeds/news/country/alb.rss",
        "/en/feeds/news/country/a1.rss",
        "/en/feeds/news.xml",
        "/en/feeds/news/topic/housing.txt",
    ],
)
def test_unknown_scope_or_format_is_not_found(news, housing, client, url):
    assert client.get(url).status_code == 404


def test_empty_feeds_are_valid(news, housing, albania, client):
    for format in FORMATS:
        for url in (
            f"/en/feeds/news.{format}",
            f"/en/feeds/news/topic/housing.{format}",
            f"/en/feeds/news/country/al.{format}",
        ):
            assert titles(client, url, format) == []


def test_feed_answers_not_modified_to_a_reader_that_has_it(news, client):
    NewsPageFactory(parent=news)
    first = client.get("/en/feeds/news.atom")
    assert first["ETag"] and not first.has_header("Last-Modified")
    again = client.get("/en/feeds/news.atom", headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304
    NewsPageFactory(parent=news, title="Something new")
    assert client.get("/en/feeds/news.atom", headers={"If-None-Match": first["ETag"]}).status_code == 200


@pytest.mark.usefixtures("caching")  # caches off, and on Redis as production runs
def test_nothing_unpublished_private_or_scheduled_is_in_any_feed(news, housing, albania, client):
    visible = NewsPageFactory(parent=news, title="Published news")
    for factory in (NewsPageFactory, InterviewPageFactory):
        for page in create_hidden_pages(factory, news, date=datetime.date(2099, 1, 1)).values():
            page.topics.add(housing)
            page.countries.add(albania)
            page.save()
    visible.topics.add(housing)
    visible.countries.add(albania)
    visible.save_revision().publish()

    for format in FORMATS:
        for url in (
            f"/en/feeds/news.{format}",
            f"/en/feeds/news/topic/housing.{format}",
            f"/en/feeds/news/country/al.{format}",
        ):
            response = client.get(url)
            assert [item["title"] for item in parse(response, format)[1]] == ["Published news"], url
            assert not any(title.encode() in response.content for title in HIDDEN_TITLES.values())


def queries_for(client, url):
    client.get(url)  # warm per-process caches and create the renditions
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


def add_items(news, housing, albania, count):
    for n in range(count):
        factory = InterviewPageFactory if n % 2 else NewsPageFactory
        page = factory(parent=news, lead_image=CreditedImageFactory(), date=datetime.date(2015, 1, 1 + n))
        page.topics.add(housing, TopicFactory())
        page.countries.add(albania)
        page.save_revision().publish()


@pytest.mark.parametrize("format", FORMATS)
def test_feeds_cost_the_same_queries_for_3_or_15_items(news, housing, albania, client, format):
    urls = [
        f"/en/feeds/news.{format}",
        f"/en/feeds/news/topic/housing.{format}",
        f"/en/feeds/news/country/al.{format}",
    ]
    add_items(news, housing, albania, 3)
    few = [queries_for(client, url) for url in urls]
    add_items(news, housing, albania, 12)
    assert len(titles(client, urls[0], format)) == 15
    assert [queries_for(client, url) for url in urls] == few


def alternate_links(html):
    return [
        (link["type"], link["title"], link["href"])
        for link in BeautifulSoup(html, "html.parser").select("head link[rel=alternate][type]")
    ]


def test_every_page_announces_the_news_feeds_once(news, home_page, client):
    expected = [
        ("application/rss+xml", "News (RSS)", "/en/feeds/news.rss"),
        ("application/atom+xml", "News (Atom)", "/en/feeds/news.atom"),
        ("application/feed+json", "News (JSON Feed)", "/en/feeds/news.json"),
    ]
    events = EventIndexPageFactory(parent=home_page)
    for url in ("/en/", news.url, events.url, "/en/search/?q=roma"):
        assert alternate_links(client.get(url).content)[:3] == expected, url
    assert alternate_links(client.get(news.url).content) == expected


def test_news_index_shows_the_subscribe_links(news, client):
    html = BeautifulSoup(client.get(news.url).content, "html.parser")
    line = html.select_one("main .feed-subscribe")
    assert line.get_text() == "Subscribe: RSS · Atom · JSON Feed"
    assert [a["href"] for a in line.select("a")] == [
        "/en/feeds/news.rss",
        "/en/feeds/news.atom",
        "/en/feeds/news.json",
    ]


def test_feed_link_tags_follow_a_topic_or_a_country(housing, albania):
    template = Template(
        "{% load news_feeds %}{% news_feed_links topic=topic %}{% news_feed_links country=country %}"
        "{% news_feed_subscribe topic=topic %}"
    )
    html = template.render(Context({"topic": housing, "country": albania}))
    assert alternate_links(f"<head>{html}</head>") == [
        ("application/rss+xml", "News about Housing (RSS)", "/en/feeds/news/topic/housing.rss"),
        ("application/atom+xml", "News about Housing (Atom)", "/en/feeds/news/topic/housing.atom"),
        ("application/feed+json", "News about Housing (JSON Feed)", "/en/feeds/news/topic/housing.json"),
        ("application/rss+xml", "News from Albania (RSS)", "/en/feeds/news/country/al.rss"),
        ("application/atom+xml", "News from Albania (Atom)", "/en/feeds/news/country/al.atom"),
        ("application/feed+json", "News from Albania (JSON Feed)", "/en/feeds/news/country/al.json"),
    ]
    assert "Subscribe to news about Housing: " in html


def test_a_feed_drops_an_item_once_it_expires(news, client, monkeypatch):
    from django.utils import timezone

    now = timezone.now()
    NewsPageFactory(parent=news, title="Lasting news")
    NewsPageFactory(parent=news, title="Expiring news", expire_at=now + datetime.timedelta(hours=1))
    url = "/en/feeds/news.rss"
    assert titles(client, url, "rss") == ["Expiring news", "Lasting news"]
    # An hour later, before publish_scheduled has unpublished it.
    monkeypatch.setattr(timezone, "now", lambda: now + datetime.timedelta(hours=2))
    assert titles(client, url, "rss") == ["Lasting news"]


@pytest.mark.parametrize("format", FORMATS)
def test_a_feed_reaches_the_server_in_one_piece(news, client, format):
    """A WSGI server iterates the response (Django's WSGIHandler hands it the response itself)
    and writes each piece to the socket on its own: a feed written element by element cost
    777 writes for an RSS feed of 20 items."""
    for n in range(3):
        NewsPageFactory(parent=news, title=f"News {n}")
    response = client.get(f"/en/feeds/news.{format}")
    assert response.status_code == 200
    pieces = list(response)
    assert len(pieces) == 1
    assert b"News 2" in pieces[0]
