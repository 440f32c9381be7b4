"""Whatever a visitor (or a robot) puts in the URL gets a page, never a 500."""

import pytest

from tests.factories import NewsPageFactory

from .conftest import result_titles, soup


@pytest.fixture
def twelve_results(sections):
    for n in range(12):
        NewsPageFactory(parent=sections.news, title=f"Roma report {n:02}")


def test_empty_query_explains_and_shows_the_form(db, client):
    for params in ({}, {"q": ""}, {"q": "   "}):
        response = client.get("/en/search/", params)
        html = soup(response)
        assert response.status_code == 200
        assert html.select_one("main form[role=search] input[name=q]")
        assert "Type a word or two" in html.select_one("main").get_text()
        assert not html.select(".search-results, .no-results, [role=status]")


def test_no_results_page_suggests_what_to_do(db, client):
    response = client.get("/en/search/", {"q": "xylophone"})
    html = soup(response)
    assert response.status_code == 200
    assert "Nothing matches your search" in html.select_one(".no-results").get_text()
    assert html.select_one("[role=status]").get_text(strip=True) == "0 results for “xylophone”."
    assert {a["href"] for a in html.select(".no-results a")} == {"/en/topics/", "/en/countries/"}


def test_over_long_query_is_a_readable_400_keeping_the_form(db, client):
    query = "roma " * 40 + "housing"
    response = client.get("/en/search/", {"q": query})
    html = soup(response)
    assert response.status_code == 400
    assert "too long: use at most 200 characters (it has 207)" in html.select_one(".error-summary").get_text()
    assert html.select_one("main input[name=q]")["value"] == query
    assert client.get("/en/search/", {"q": "r" * 200}).status_code == 200


@pytest.mark.parametrize("query", ["roma\x00housing", "\x00", "roma\x1bhousing", "roma\x7f", "roma\x85housing"])
def test_control_characters_are_a_400(db, client, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 400
    assert "control characters" in soup(response).select_one(".error-summary").get_text()
    assert "\x00" not in response.text and "\x1b" not in response.text


@pytest.mark.parametrize(
    ("query", "count"),
    [
        ('"', 0),
        ("'", 0),
        ("!!!", 0),
        ('"roma', 12),
        ('roma"', 12),
        ("roma*", 12),
        ("roma:*", 12),
        ("(roma", 12),
        ("^roma", 12),
        ("roma\\", 12),
        ("roma & !report", 12),
        ("roma -report", 12),
        ("roma | xylophone", 0),
    ],
)
def test_full_text_syntax_in_the_query_is_taken_as_plain_words(twelve_results, client, query, count):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert soup(response).select_one("[role=status]").get_text(strip=True).startswith(f"{count} result")


@pytest.mark.parametrize(
    ("page", "shown"),
    [
        ("abc", 1),
        ("", 1),
        ("1.5", 1),
        ("2", 2),
        ("0", 2),
        ("-1", 2),
        ("99999", 2),
        ("9" * 30, 2),
        ("9" * 5000, 1),
        ("1\x00", 1),
    ],
)
def test_any_page_number_gives_a_page(twelve_results, client, page, shown):
    response = client.get("/en/search/", {"q": "Roma", "page": page})
    assert response.status_code == 200
    assert len(result_titles(response)) == (10 if shown == 1 else 2)
    assert soup(response).select_one(".pagination span").get_text() == f"Page {shown} of 2"


def test_query_and_titles_are_escaped_and_terms_marked(sections, client):
    NewsPageFactory(
        parent=sections.news,
        title='Housing <script>alert("title")</script>',
        teaser="Better <b>housing</b> for Roma families & neighbours.",
    )

    response = client.get("/en/search/", {"q": "housing"})
    article = soup(response).select_one(".search-results article")
    assert str(article.h2.a) == (
        f'<a href="{article.h2.a["href"]}"><mark>Housing</mark> &lt;script&gt;alert("title")&lt;/script&gt;</a>'
    )
    assert article.select_one(".snippet").decode_contents() == (
        "Better &lt;b&gt;<mark>housing</mark>&lt;/b&gt; for Roma families &amp; neighbours."
    )
    assert "<script>" not in response.text

    hostile = client.get("/en/search/", {"q": '<script>alert("q")</script>"><img src=x onerror=alert(1)>'})
    assert hostile.status_code == 200
    assert "<script>alert" not in hostile.text and "<img src=x" not in hostile.text
    assert soup(hostile).select_one("main input[name=q]")["value"].startswith("<script>")  # shown back, as text

    bad_type = client.get("/en/search/", {"q": "housing", "type": "<script>alert(1)</script>"})
    assert bad_type.status_code == 400
    assert "<script>alert" not in bad_type.text


def test_every_query_word_is_marked_including_other_forms_of_it(sections, client):
    NewsPageFactory(parent=sections.news, title="Seminar on housing in Housing estates", teaser="Seminars for mayors.")

    article = soup(client.get("/en/search/", {"q": "Seminar housing"})).select_one(".search-results article")
    assert [m.get_text() for m in article.select("mark")] == ["Seminar", "housing", "Housing", "Seminars"]
