import datetime

from home.models import FormPage
from news.models import InterviewKind
from taxonomy.models import Country, Topic
from tests.factories import (
    EventPageFactory,
    FormPageFactory,
    InterviewPageFactory,
    NewsPageFactory,
    ParticipantPageFactory,
    PersonFactory,
)

from .conftest import result_titles, soup


def test_search_finds_published_pages_and_never_drafts(sections, client):
    NewsPageFactory(parent=sections.news, title="Tivat is the 127th participant", teaser="Tivat joins the Alliance.")
    NewsPageFactory(parent=sections.news, title="Tivat draft plans", teaser="Not yet public.", live=False)

    response = client.get("/en/search/", {"q": "Tivat"})
    assert response.status_code == 200
    assert result_titles(response) == ["Tivat is the 127th participant"]


def test_each_result_shows_its_type_date_snippet_and_url(sections, client):
    NewsPageFactory(
        parent=sections.news,
        title="Mostar news",
        slug="mostar-news",
        date=datetime.date(2015, 5, 6),
        teaser="Mostar hosts the seminar.",
    )
    InterviewPageFactory(parent=sections.news, title="Mostar interview", date=datetime.date(2015, 5, 20))
    InterviewPageFactory(
        parent=sections.news, title="Mostar statement", kind=InterviewKind.STATEMENT, date=datetime.date(2015, 6, 1)
    )
    EventPageFactory(
        parent=sections.events,
        title="Mostar seminar",
        start_date=datetime.date(2018, 10, 11),
        end_date=datetime.date(2018, 10, 12),
    )
    ParticipantPageFactory(parent=sections.participants, title="Mostar", date_joined=datetime.date(2016, 3, 2))
    FormPageFactory(parent=sections.news.get_parent(), title="Mostar form", search_description="Write to us.")

    html = soup(client.get("/en/search/", {"q": "Mostar"}))
    results = {
        article.h2.get_text(): (
            article.select_one(".meta").get_text(" ", strip=True),
            article.select_one(".snippet").get_text() if article.select_one(".snippet") else "",
            article.select_one(".result-url").get_text(),
            article.h2.a["href"],
        )
        for article in html.select(".search-results article")
    }
    assert results["Mostar news"] == (
        "News item · 6 May 2015",
        "Mostar hosts the seminar.",
        "http://testserver/en/news/mostar-news/",
        "/en/news/mostar-news/",
    )
    assert results["Mostar interview"][0] == "Interview · 20 May 2015"
    assert results["Mostar statement"][0] == "Statement · 1 June 2015"
    assert results["Mostar seminar"][0] == "Event · 11 October 2018 – 12 October 2018"
    assert results["Mostar"][0] == "Participant profile · joined 2 March 2016"
    assert results["Mostar form"][:2] == ("Page", "Write to us.")
    assert html.select_one(".search-results article time")["datetime"]


def test_the_search_page_has_a_title_heading_labelled_form_status_and_noindex(sections, client):
    for n in range(12):
        NewsPageFactory(parent=sections.news, title=f"Housing report {n}")

    response = client.get("/en/search/", {"q": "housing"})
    html = soup(response)
    assert html.title.get_text().startswith("Search results for “housing”")
    assert html.h1.get_text() == "Search results for “housing”"
    assert html.select_one('meta[name="robots"]')["content"] == "noindex"
    form = html.select_one("main form[role=search]")
    assert form["method"] == "get"
    for name in ("q", "type", "topic", "country"):
        control = form.select_one(f'[name="{name}"]')
        assert form.select_one(f'label[for="{control["id"]}"]'), name
    assert html.select_one("[role=status]").get_text(strip=True) == "12 results for “housing”, page 1 of 2."


def test_results_are_found_through_indexed_related_names(sections, client):
    speaker = PersonFactory(given_name="Anastasia", family_name="Crickley")
    interview = InterviewPageFactory(parent=sections.news, title="On inclusion", speaker=speaker)
    interview.save_revision().publish()
    montenegro_city = ParticipantPageFactory(parent=sections.participants, title="Tivat", region="Boka Kotorska")
    montenegro_city.country = Country.objects.get(code="ME")
    montenegro_city.save_revision().publish()
    event = EventPageFactory(parent=sections.events, title="Workshop in Tirana")
    event.speakers.create(person=PersonFactory(given_name="Marcel", family_name="Courthiade"))
    event.save_revision().publish()

    assert result_titles(client.get("/en/search/", {"q": "Crickley"})) == ["On inclusion"]
    assert result_titles(client.get("/en/search/", {"q": "Montenegro"})) == ["Tivat"]
    assert result_titles(client.get("/en/search/", {"q": "Kotorska"})) == ["Tivat"]
    assert result_titles(client.get("/en/search/", {"q": "Courthiade"})) == ["Workshop in Tirana"]


def test_topics_added_when_publishing_are_searchable_at_once(sections, client):
    """Page.save() indexes a page before its topics are written: the index is
    brought up to date once the page is published."""
    housing = Topic.objects.create(name="Desegregation", slug="desegregation")
    page = NewsPageFactory(parent=sections.news, title="A new school year")
    page.topics.add(housing)
    page.save_revision().publish()

    assert result_titles(client.get("/en/search/", {"q": "desegregation"})) == ["A new school year"]


def test_form_pages_and_index_pages_are_found_by_their_intro(home_page, client):
    form = FormPage(title="Join the Alliance", slug="join", intro="<p>Cities and regions may apply.</p>")
    home_page.add_child(instance=form)
    form.save_revision().publish()

    assert result_titles(client.get("/en/search/", {"q": "apply"})) == ["Join the Alliance"]


def test_the_tree_root_is_never_a_result(home_page, client):
    assert result_titles(client.get("/en/search/", {"q": "Root"})) == []
