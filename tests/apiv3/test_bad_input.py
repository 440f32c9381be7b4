"""Bad input answers a 4xx problem, never a 500."""

import pytest

from people.models import Person
from taxonomy.models import Topic

from .conftest import bearer, token_for


@pytest.mark.parametrize(
    "url, params",
    [
        ("/api/v3/pages/99999999999999999999/", {}),
        ("/api/v3/pages/2147483648/", {}),
        ("/api/v3/pages/-1/", {}),
        ("/api/v3/pages/", {"limit": "1000"}),
        ("/api/v3/pages/", {"offset": "-1"}),
        ("/api/v3/pages/", {"type": "auth.User"}),
        ("/api/v3/pages/", {"child_of": "abc"}),
        ("/api/v3/pages/", {"child_of": "99999999999999999999"}),
        ("/api/v3/pages/", {"order": "password"}),
        ("/api/v3/pages/", {"locale": "xx"}),
        ("/api/v3/pages/", {"site": "nowhere.example"}),
        ("/api/v3/pages/", {"search": "a\x00b"}),
        ("/api/v3/pages/", {"type": "news.NewsPage", "search": "a\x00b"}),
        ("/api/v3/pages/", {"slug": "a\x00b"}),
        ("/api/v3/pages/", {"x" * 2000: "1"}),
        ("/api/v3/pages/find/", {"html_path": "/" + "a/" * 2000}),
        ("/api/v3/pages/find/", {"id": "99999999999999999999"}),
        ("/api/v3/pages/find/", {}),
    ],
)
def test_bad_input_is_a_4xx_problem(client, news_index, url, params):
    response = client.get(url, params)
    assert 400 <= response.status_code < 500, (response.status_code, response.content[:300])
    if response.status_code != 404 or url != "/api/v3/pages/-1/":
        assert response["Content-Type"] == "application/problem+json"


@pytest.mark.parametrize(
    ("url", "params", "parameter", "kind"),
    [
        ("/api/v3/pages/", {"offset": str(10**30)}, "offset", "out_of_range"),
        ("/api/v3/images/", {"offset": "2147483648"}, "offset", "out_of_range"),
        ("/api/v3/documents/", {"offset": "9" * 5000}, "offset", "too_long"),
        ("/api/v3/pages/", {"child_of": "-" + "9" * 20}, "child_of", "out_of_range"),
        ("/api/v3/pages/", {"search": "roma " * 101}, "search", "too_long"),
        ("/api/v3/images/", {"search": "x" * 4000}, "search", "too_long"),
    ],
)
def test_out_of_range_and_over_long_values_are_a_400_naming_the_parameter(
    client, news_index, url, params, parameter, kind
):
    response = client.get(url, params)
    assert response.status_code == 400
    assert response.json()["errors"] == [
        {"type": kind, "loc": ["query", parameter], "msg": response.json()["errors"][0]["msg"]}
    ]


def test_the_largest_offset_and_a_500_character_search_are_fine(client, news_index):
    assert client.get("/api/v3/pages/", {"offset": "2147483647"}).json()["items"] == []
    assert client.get("/api/v3/pages/", {"search": "x" * 500}).status_code == 200


@pytest.fixture
def superuser_headers(django_user_model):
    return bearer(token_for(django_user_model.objects.create_superuser("root", "root@example.org", "password")))


def test_a_body_that_is_not_an_object_is_a_422(client, news_index, superuser_headers):
    for method, url in [("post", "/api/v3/pages/"), ("patch", f"/api/v3/pages/{news_index.pk}/")]:
        response = getattr(client, method)(url, "[null, null]", content_type="application/json", **superuser_headers)
        assert response.status_code == 422, (url, response.content)
        assert response.json()["errors"][0]["loc"] == ["body"]


def test_a_missing_body_creates_nothing(client, superuser_headers):
    response = client.post("/api/v3/snippets/people.Person/", "", content_type="application/json", **superuser_headers)
    assert response.status_code == 422
    assert not Person.objects.exists()


@pytest.mark.parametrize("pk", ["seminar", "1.5", "9" * 30, "-1"])
@pytest.mark.parametrize("method", ["get", "delete"])
def test_a_snippet_id_of_the_wrong_kind_is_a_404(client, superuser_headers, method, pk):
    response = getattr(client, method)(f"/api/v3/snippets/people.Person/{pk}/", **superuser_headers)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"


@pytest.mark.parametrize(
    ("action", "body"),
    [("copy", {}), ("create_alias", {}), ("move", {"destination_id": 1, "position": "last-sibling"})],
)
def test_actions_on_the_root_of_the_page_tree_are_refused(client, home_page, superuser_headers, action, body):
    response = client.post(
        f"/api/v3/pages/1/actions/{action}/", body, content_type="application/json", **superuser_headers
    )
    assert response.status_code == 403
    assert "root" in response.json()["detail"]


def test_a_taken_unique_value_is_a_409_and_writes_nothing(client, superuser_headers):
    body = {"meta": {"type": "taxonomy.Topic"}}
    url = "/api/v3/snippets/taxonomy.Topic/"
    assert client.post(url, body, content_type="application/json", **superuser_headers).status_code == 201
    count = Topic.objects.count()
    response = client.post(url, body, content_type="application/json", **superuser_headers)
    assert response.status_code == 409
    assert response["Content-Type"] == "application/problem+json"
    assert Topic.objects.count() == count
    # The refused write left the database usable.
    assert client.get("/api/v3/pages/").status_code == 200
