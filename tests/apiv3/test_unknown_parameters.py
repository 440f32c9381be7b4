import pytest

from tests.factories import NewsPageFactory


@pytest.mark.parametrize(
    "url, params, unknown",
    [
        ("/api/v3/pages/", {"contry": "AL"}, "contry"),
        ("/api/v3/pages/", {"type": "news.NewsPage", "limit": "5", "fields": "*"}, "fields"),
        ("/api/v3/pages/find/", {"html_path": "/en/news/", "foo": "1"}, "foo"),
        ("/api/v3/pages/{id}/", {"verison": "draft"}, "verison"),
        ("/api/v3/sites/", {"x": "1"}, "x"),
    ],
)
def test_unknown_parameter_answers_400_naming_it(client, news_index, url, params, unknown):
    response = client.get(url.format(id=news_index.pk), params)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert body["detail"] == f"Unknown query parameter: {unknown}."
    assert body["errors"] == [
        {"type": "unknown_parameter", "loc": ["query", unknown], "msg": "This operation takes no such parameter."}
    ]


def test_several_unknown_parameters_are_all_named(client, news_index):
    body = client.get("/api/v3/pages/", {"a": "1", "b": "2", "limit": "1"}).json()
    assert body["detail"] == "Unknown query parameter: a, b."


@pytest.mark.parametrize(
    "url, params",
    [
        ("/api/v3/pages/", {"type": "news.NewsPage", "limit": "5", "offset": "0", "order": "-title"}),
        ("/api/v3/pages/", {"child_of": "root", "locale": "en", "search": "news", "search_operator": "and"}),
        ("/api/v3/pages/", {"slug": "news", "title": "News"}),
        ("/api/v3/pages/{id}/", {"version": "live", "rich_text_format": "html", "site": "testserver"}),
        ("/api/v3/pages/find/", {"html_path": "/en/news/", "version": "live", "rich_text_format": "html"}),
    ],
)
def test_declared_parameters_pass(client, news_index, url, params):
    response = client.get(url.format(id=news_index.pk), params, follow=True)
    assert response.status_code == 200, response.content


def test_listing_takes_the_api_fields_of_a_single_type_as_filters(client, news_index):
    """Field filters come from the page type's api_fields: with no type they are
    those of Page alone."""
    NewsPageFactory(parent=news_index, title="Alpha", slug="alpha")
    NewsPageFactory(parent=news_index, title="Beta", slug="beta")
    body = client.get("/api/v3/pages/", {"type": "news.NewsPage", "slug": "beta"}).json()
    assert [item["title"] for item in body["items"]] == ["Beta"]


def test_bad_value_of_a_known_parameter_is_still_a_422(client, news_index):
    response = client.get("/api/v3/pages/", {"limit": "many"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["query", "limit"]


@pytest.mark.parametrize(
    "params, name, kind",
    [
        ({"search": "roma\x00"}, "search", "control_characters"),
        ({"type": "news.NewsPage", "slug": "a\x00b"}, "slug", "control_characters"),
        ({"search": '"roma inclusion'}, "search", "unclosed_quote"),
    ],
)
def test_values_the_database_cannot_take_answer_400(client, news_index, params, name, kind):
    response = client.get("/api/v3/pages/", params)
    assert response.status_code == 400
    body = response.json()
    assert body["detail"].startswith(f"Bad value for query parameter {name}: ")
    assert body["errors"][0]["type"] == kind and body["errors"][0]["loc"] == ["query", name]


def test_quoted_phrase_search_works(client, news_index):
    NewsPageFactory(parent=news_index, title="Roma inclusion in Tivat")
    response = client.get("/api/v3/pages/", {"search": '"roma inclusion"'})
    assert response.status_code == 200
