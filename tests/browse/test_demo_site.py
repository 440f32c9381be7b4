"""The browse pages over the whole demo site: counts agree with the content,
and every link they show leads somewhere."""

from events.models import EventPage
from news.models import InterviewPage, NewsPage
from people.models import ParticipantPage
from taxonomy.models import Topic

from .html import section, soup, texts


def published(model):
    return model.objects.live().public()


def test_topic_index_counts_agree_with_the_demo_content(demo_site, client):
    rows = [texts(row, "th, td") for row in soup(client.get("/en/topics/")).select("table.counts tbody tr")]
    expected = []
    for topic in Topic.objects.order_by("name"):
        counts = [
            published(model).filter(topics=topic, locale__language_code="en").count()
            for model in (NewsPage, InterviewPage, EventPage, ParticipantPage)
        ]
        if any(counts):
            expected.append([topic.name, *map(str, counts)])
    assert rows == expected
    assert len(rows) == 12  # every demo topic is carried by some published item


def test_european_funds_in_spain_gathers_the_malaga_and_madrid_seminars(demo_site, client):
    html = soup(client.get("/en/topics/european-funds/", {"country": "ES"}))
    assert html.h1.get_text() == "European funds in Spain"
    assert texts(section(html, "past-heading"), ".teaser h3") == [
        "Alliance 3rd national seminar in Spain on access to European funds",
        "Alliance 2nd national workshop in Spain to discuss access to European Structural Funds",
    ]
    news = texts(section(html, "news-heading"), ".teaser h3")
    assert news[0] == "Alliance’s 3rd national seminar for Roma Inclusion in Spain"
    assert len(news) == 3


def test_greece_lists_megara_the_athens_meeting_and_their_topics(demo_site, client):
    html = soup(client.get("/en/countries/GR/"))
    participants = [texts(row, "td") for row in section(html, "participants-heading").select("tbody tr")]
    assert ["124", "Megara", "City", "December 2014"] in participants
    past = texts(section(html, "past-heading"), ".teaser h3")
    assert "15th Meeting of the Ad Hoc Committee of Experts on Roma and Traveller Issues (CAHROM)" in past
    topics = [a.get_text() for a in section(html, "topics-heading").select("a")]
    assert {"Housing", "European funds", "Political participation"} <= set(topics)
    assert topics == sorted(topics)


def test_every_link_of_the_browse_pages_leads_somewhere(demo_site, client):
    seen, queue = set(), ["/en/topics/", "/en/countries/"]
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        assert response.status_code == 200, url
        if url.startswith(("/en/topics/", "/en/countries/")):
            for link in soup(response).select("main a[href]"):
                href = link["href"]
                if href.startswith("?"):
                    href = url.split("?")[0] + href
                if href.startswith("/"):
                    queue.append(href)
    assert len([url for url in seen if url.startswith("/en/countries/")]) > 5
