import datetime

from django.utils import timezone

from tests.factories import TopicFactory

from .builders import country
from .html import section, soup, texts


def test_topic_index_lists_topics_with_their_counts_per_kind(site, housing, education, client):
    TopicFactory(name="Health", slug="health")  # carried by nothing
    site.news(topics=[housing, education])
    site.news(topics=[housing])
    site.interview(topics=[housing])
    site.event(topics=[housing])
    site.participant(topics=[education], country=country("GR"))

    html = soup(client.get("/en/topics/"))
    rows = [texts(row, "th, td") for row in html.select("table.counts tbody tr")]
    assert rows == [["Education", "1", "0", "0", "1"], ["Housing", "2", "1", "1", "0"]]
    assert texts(html, "table.counts thead th") == ["Topic", "News items", "Interviews", "Events", "Participants"]
    assert "Health" not in html.get_text()


def test_topic_cloud_is_a_list_of_links_weighted_by_count_with_the_count_in_words(site, housing, education, client):
    for _ in range(8):
        site.news(topics=[housing])
    site.news(topics=[education])

    cloud = soup(client.get("/en/topics/")).select_one("ul.tag-cloud")
    links = {a.get_text(" ", strip=True): a for a in cloud.select("li > a")}
    assert set(links) == {"Education (1 item)", "Housing (8 items)"}
    assert links["Housing (8 items)"]["class"] == ["weight-5"]
    assert links["Education (1 item)"]["class"] == ["weight-1"]
    assert links["Housing (8 items)"]["href"] == "/en/topics/housing/"
    assert links["Housing (8 items)"].select_one(".visually-hidden").get_text(strip=True) == "(8 items)"


def test_topic_index_without_any_tagged_content_says_so(db, client):
    TopicFactory(name="Health", slug="health")
    response = client.get("/en/topics/")
    assert response.status_code == 200
    assert "Nothing has been filed under a topic yet" in response.text
    assert soup(response).select("ul.tag-cloud") == []


def test_topic_page_groups_everything_tagged_with_counts(site, housing, education, client):
    today = timezone.localdate()
    site.news(topics=[housing], title="Older news", date=datetime.date(2014, 5, 14))
    site.interview(topics=[housing], title="An interview", date=datetime.date(2015, 5, 20), kind="statement")
    site.news(topics=[housing], title="Newer news", date=datetime.date(2015, 5, 6))
    site.news(topics=[education], title="News on schools")
    site.event(topics=[housing], title="Next seminar", start_date=today + datetime.timedelta(days=10))
    site.event(topics=[housing], title="Date to come", start_date=None)
    site.event(topics=[housing], title="Called off", start_date=today + datetime.timedelta(days=20), cancelled=True)
    site.event(topics=[housing], title="Last seminar", start_date=today - datetime.timedelta(days=10))
    site.participant(topics=[housing], title="Megara", country=country("GR"), participant_number=124)

    html = soup(client.get("/en/topics/housing/"))
    assert html.h1.get_text(strip=True) == "Housing"
    assert "Decent homes for Roma families." in html.select_one("main").get_text()

    news = section(html, "news-heading")
    assert news.h2.get_text(" ", strip=True) == "News and interviews (3)"
    assert texts(news, ".teaser h3") == ["An interview", "Newer news", "Older news"]
    assert texts(news, ".teaser .type") == ["Statement", "News", "News"]
    assert texts(news, ".teaser time")[0] == "20 May 2015"

    upcoming = section(html, "upcoming-heading")
    assert upcoming.h2.get_text(" ", strip=True) == "Upcoming events (3)"
    assert texts(upcoming, ".teaser h3") == ["Next seminar", "Called off", "Date to come"]
    assert "Cancelled" in texts(upcoming, ".teaser .meta")[1]
    past = section(html, "past-heading")
    assert texts(past, ".teaser h3") == ["Last seminar"]

    participants = section(html, "participants-heading")
    assert participants.h2.get_text(" ", strip=True) == "Participants (1)"
    assert texts(participants, "tbody tr td") == ["124", "Megara", "City", "Greece", ""]
    assert "News on schools" not in html.get_text()


def test_topic_news_is_paginated_by_twenty_and_tolerates_bad_page_numbers(site, housing, client):
    for day in range(1, 24):
        site.news(topics=[housing], date=datetime.date(2015, 1, day))

    first = soup(client.get("/en/topics/housing/"))
    assert len(first.select("#news-heading ~ .teaser")) == 20
    assert section(first, "news-heading").h2.get_text(" ", strip=True) == "News and interviews (23)"
    assert first.select_one(".pagination a[rel=next]")["href"] == "?page=2"

    second = client.get("/en/topics/housing/", {"page": 2})
    assert len(soup(second).select("#news-heading ~ .teaser")) == 3
    assert '<link rel="canonical" href="http://testserver/en/topics/housing/?page=2">' in second.text

    for bad in ["abc", "9999", "-1", "9" * 40]:
        response = client.get("/en/topics/housing/", {"page": bad})
        assert response.status_code == 200, bad
        assert soup(response).select("#news-heading ~ .teaser")


def test_unknown_topic_is_our_styled_404(db, client):
    response = client.get("/en/topics/no-such-topic/")
    assert response.status_code == 404
    assert soup(response).h1.get_text() == "Page not found"
    assert client.get("/en/topics/" + "x" * 300 + "/").status_code == 404


def test_topic_carried_by_nothing_published_has_no_page(site, housing, client):
    assert client.get("/en/topics/housing/").status_code == 404
    site.news(topics=[housing])
    assert client.get("/en/topics/housing/").status_code == 200


def test_topic_page_links_the_countries_it_occurs_in_with_counts(site, housing, client):
    albania, greece = country("AL"), country("GR")
    site.news(topics=[housing], countries=[albania])
    site.interview(topics=[housing], countries=[albania, greece])
    site.event(topics=[housing], country=albania, countries=[albania])  # venue and subject: counted once
    site.participant(topics=[housing], country=greece)
    site.news(countries=[country("BE")])  # not about housing

    countries = section(soup(client.get("/en/topics/housing/")), "countries-heading")
    assert texts(countries, "li") == [
        "Albania : 1 news item, 1 interview and 1 event ( country page of Albania )",
        "Greece : 1 interview and 1 participant ( country page of Greece )",
    ]
    narrow, country_page = countries.select("li")[0].select("a")
    assert narrow["href"] == "?country=AL"
    assert country_page["href"] == "/en/countries/AL/"


def test_topic_page_narrowed_to_a_country(site, housing, client):
    albania, greece = country("AL"), country("GR")
    site.news(topics=[housing], countries=[albania], title="Housing in Albania")
    site.news(topics=[housing], countries=[greece], title="Housing in Greece")
    site.event(topics=[housing], country=albania, title="Seminar in Tirana")
    site.event(topics=[housing], countries=[greece], title="Seminar about Greece")
    site.participant(topics=[housing], country=albania, title="Tirana")
    site.participant(topics=[housing], country=greece, title="Megara")

    for code in ("AL", "al"):
        response = client.get("/en/topics/housing/", {"country": code})
        assert response.status_code == 200
        html = soup(response)
        assert html.h1.get_text(strip=True) == "Housing in Albania"
        assert texts(section(html, "news-heading"), ".teaser h3") == ["Housing in Albania"]
        assert texts(section(html, "past-heading"), ".teaser h3") == ["Seminar in Tirana"]
        assert texts(section(html, "participants-heading"), "tbody tr td:nth-of-type(2)") == ["Tirana"]
        assert html.select_one("title").get_text().startswith("Housing in Albania · Topics")
        assert html.select_one("link[rel=canonical]")["href"] == "http://testserver/en/topics/housing/?country=AL"
        assert texts(html, "nav[aria-label=Breadcrumb] li") == ["Home", "Topics", "Housing", "Albania"]
        assert html.select_one(".related-countries a[aria-current=page]").get_text() == "Albania"


def test_narrowed_topic_pages_keep_the_country_in_their_page_links(site, housing, client):
    albania = country("AL")
    for day in range(1, 23):
        site.news(topics=[housing], countries=[albania], date=datetime.date(2015, 1, day))
    html = soup(client.get("/en/topics/housing/", {"country": "AL"}))
    assert html.select_one(".pagination a[rel=next]")["href"] == "?country=AL&page=2"
    page_two = soup(client.get("/en/topics/housing/", {"country": "AL", "page": 2}))
    assert len(page_two.select("#news-heading ~ .teaser")) == 2


def test_narrowing_to_a_country_without_content_on_the_topic_says_so_and_where_to_look(site, housing, client):
    site.news(topics=[housing], countries=[country("AL")])
    response = client.get("/en/topics/housing/", {"country": "FR"})
    assert response.status_code == 200
    html = soup(response)
    # No empty list: only the countries the topic does concern.
    assert [s["aria-labelledby"] for s in html.main.select("section")] == ["countries-heading"]
    [sentence] = [p for p in html.main.select("p") if "France" in p.get_text()]
    assert sentence.get_text(" ", strip=True) == (
        "Nothing published on Housing concerns France. Show Housing in every country or see everything about France ."
    )
    assert [a["href"] for a in sentence.select("a")] == ["/en/topics/housing/", "/en/countries/FR/"]


def test_a_topic_page_shows_only_the_lists_with_something_in_them(site, housing, client):
    site.event(topics=[housing], title="Last seminar", start_date=timezone.localdate() - datetime.timedelta(days=10))

    html = soup(client.get("/en/topics/housing/"))

    assert texts(html, "main h2") == ["Past events (1)"]
    assert "(0)" not in html.main.get_text()
    assert texts(section(html, "past-heading"), ".teaser h3") == ["Last seminar"]
    # Without news yet, the topic's news feed is still offered.
    assert [a["href"] for a in html.select("main .feed-subscribe a")] == [
        "/en/feeds/news/topic/housing.rss",
        "/en/feeds/news/topic/housing.atom",
        "/en/feeds/news/topic/housing.json",
    ]

    site.news(topics=[housing])
    site.event(topics=[housing], start_date=timezone.localdate() + datetime.timedelta(days=10))
    html = soup(client.get("/en/topics/housing/"))
    assert texts(html, "main h2") == ["News and interviews (1)", "Upcoming events (1)", "Past events (1)"]
    assert len(html.select("main .feed-subscribe")) == 1


def test_unknown_country_filter_is_a_readable_400(site, housing, client):
    site.news(topics=[housing])
    for code in ["ZZ", "Albania", "A1", "x" * 500]:
        response = client.get("/en/topics/housing/", {"country": code})
        assert response.status_code == 400, code
        html = soup(response)
        assert html.h1.get_text() == "Unknown country"
        assert "There is no country with the code" in html.select_one("[role=alert]").get_text()
        assert html.select_one("main a")["href"] == "/en/"  # breadcrumbs lead back
    assert "x" * 21 not in client.get("/en/topics/housing/", {"country": "x" * 500}).text


def test_topic_with_a_unicode_slug_has_its_page(site, client):
    health = TopicFactory(name="Santé", slug="santé")
    site.news(topics=[health])
    html = soup(client.get("/en/topics/"))
    href = html.select_one(".tag-cloud a")["href"]
    assert href == "/en/topics/sant%C3%A9/"
    response = client.get(href)
    assert response.status_code == 200
    assert soup(response).h1.get_text() == "Santé"


def test_each_topic_and_country_lists_its_own_news(site, housing, education, client):
    site.news(topics=[housing], countries=[country("AL")], title="Housing in Albania")
    site.news(topics=[housing], countries=[country("GR")], title="Housing in Greece")
    site.news(topics=[education], countries=[country("AL")], title="Schools in Albania")
    expected = {
        "/en/topics/housing/": ["Housing in Greece", "Housing in Albania"],
        "/en/topics/housing/?country=AL": ["Housing in Albania"],
        "/en/topics/education/": ["Schools in Albania"],
        "/en/countries/AL/": ["Schools in Albania", "Housing in Albania"],
        "/en/countries/GR/": ["Housing in Greece"],
    }
    for url, titles in expected.items():
        news = section(soup(client.get(url)), "news-heading")
        assert texts(news, "article h3") == titles, url
    site.news(topics=[housing], countries=[country("AL")], title="More housing in Albania")
    news = section(soup(client.get("/en/topics/housing/?country=AL")), "news-heading")
    assert texts(news, "article h3") == ["More housing in Albania", "Housing in Albania"]
