import datetime

from django.utils import timezone

from .builders import country
from .html import section, soup, texts


def test_country_index_lists_countries_with_content_and_their_counts(site, client):
    albania, greece, belgium = country("AL"), country("GR"), country("BE")
    site.participant(country=greece)
    site.participant(country=greece)
    site.news(countries=[albania, greece])
    site.interview(countries=[albania])
    site.event(country=belgium)  # held there
    site.event(countries=[belgium])  # about it
    site.event(country=albania, countries=[albania, greece])  # both: counted once for Albania

    html = soup(client.get("/en/countries/"))
    rows = [texts(row, "th, td") for row in html.select("table.counts tbody tr")]
    assert rows == [
        ["Albania", "0", "1", "1", "1"],
        ["Belgium", "0", "0", "0", "2"],
        ["Greece", "2", "1", "0", "1"],
    ]
    assert texts(html, "table.counts thead th") == ["Country", "Participants", "News items", "Interviews", "Events"]
    assert html.select_one("table.counts tbody a")["href"] == "/en/countries/AL/"
    assert html.select("main img") == []


def test_country_index_without_content_says_so(db, client):
    response = client.get("/en/countries/")
    assert response.status_code == 200
    assert "No participant, news item or event has been published yet." in response.text


def test_country_page_lists_participants_news_events_and_topics(site, housing, education, client):
    greece = country("GR")
    today = timezone.localdate()
    site.participant(
        title="Megara",
        country=greece,
        kind="municipality",
        participant_number=124,
        date_joined=datetime.date(2015, 3, 2),
        topics=[housing],
    )
    site.participant(title="Athens", country=greece, participant_number=None)
    site.participant(title="Tivat", country=country("ME"))
    site.news(title="Older news", countries=[greece], date=datetime.date(2014, 1, 1), topics=[housing])
    site.interview(title="Newer interview", countries=[greece], date=datetime.date(2015, 1, 1), topics=[education])
    site.news(title="News about Montenegro", countries=[country("ME")], topics=[education])
    site.event(title="CAHROM in Athens", country=greece, start_date=today - datetime.timedelta(days=3))
    site.event(title="Seminar on Greece", countries=[greece], start_date=today + datetime.timedelta(days=3))

    html = soup(client.get("/en/countries/GR/"))
    assert html.h1.get_text() == "Greece"
    participants = section(html, "participants-heading")
    assert participants.h2.get_text(" ", strip=True) == "Participants (2)"
    assert [texts(row, "td") for row in participants.select("tbody tr")] == [
        ["124", "Megara", "Municipality", "March 2015"],
        ["", "Athens", "City", ""],
    ]
    news = section(html, "news-heading")
    assert texts(news, ".teaser h3") == ["Newer interview", "Older news"]
    assert texts(news, ".teaser .type") == ["Interview", "News"]
    assert texts(section(html, "upcoming-heading"), ".teaser h3") == ["Seminar on Greece"]
    assert texts(section(html, "past-heading"), ".teaser h3") == ["CAHROM in Athens"]

    topics = section(html, "topics-heading")
    assert texts(topics, "li") == ["Education : 1 interview", "Housing : 1 news item and 1 participant"]
    assert [a["href"] for a in topics.select("a")] == [
        "/en/topics/education/?country=GR",
        "/en/topics/housing/?country=GR",
    ]


def test_a_country_page_shows_only_the_lists_with_something_in_them(site, client):
    site.news(countries=[country("AL")], title="Tirana seminar announced")

    html = soup(client.get("/en/countries/AL/"))

    assert html.select_one("main .lead").get_text() == "1 news item."
    assert texts(html, "main h2") == ["News and interviews (1)"]
    assert "(0)" not in html.main.get_text()

    site.event(country=country("AL"), start_date=timezone.localdate() - datetime.timedelta(days=3))
    site.participant(country=country("AL"))
    html = soup(client.get("/en/countries/AL/"))
    assert texts(html, "main h2") == ["Participants (1)", "News and interviews (1)", "Past events (1)"]


def test_country_news_is_paginated_by_twenty(site, client):
    albania = country("AL")
    for day in range(1, 22):
        site.news(countries=[albania], date=datetime.date(2015, 1, day))
    assert len(soup(client.get("/en/countries/AL/")).select("#news-heading ~ .teaser")) == 20
    second = client.get("/en/countries/AL/", {"page": 2})
    assert len(soup(second).select("#news-heading ~ .teaser")) == 1
    assert soup(second).select_one("link[rel=canonical]")["href"] == "http://testserver/en/countries/AL/?page=2"
    assert client.get("/en/countries/AL/", {"page": "nope"}).status_code == 200


def test_lower_case_code_redirects_to_the_canonical_address(site, client):
    site.news(countries=[country("AL")])
    response = client.get("/en/countries/al/", {"page": "2"})
    assert response.status_code == 301
    assert response["Location"] == "/en/countries/AL/?page=2"
    assert client.get("/en/countries/aL/")["Location"] == "/en/countries/AL/"


def test_unknown_or_empty_country_is_our_styled_404(site, client):
    site.news(countries=[country("AL")])
    for url in [
        "/en/countries/ZZ/",
        "/en/countries/GR/",
        "/en/countries/ALB/",
        "/en/countries/A1/",
        "/en/countries/" + "x" * 300 + "/",
    ]:
        response = client.get(url)
        assert response.status_code == 404, url
        assert soup(response).h1.get_text() == "Page not found"
