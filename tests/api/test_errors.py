"""Bad input answers 400 (or 404) with a JSON message naming the parameter;
nothing answers 500."""

import pytest

BAD_PARAMETERS = [
    ({"foo": "1"}, "foo"),
    ({"country": "XX"}, "country"),
    ({"country": "Albania"}, "country"),
    ({"country": ""}, "country"),
    ({"topic": "no-such-topic"}, "topic"),
    ({"tag": "no-such-topic"}, "tag"),
    ({"person": "abc"}, "person"),
    ({"person": "99999"}, "person"),
    ({"person": "9" * 40}, "person"),
    ({"date_from": "2020-13-45"}, "date_from"),
    ({"date_to": "yesterday"}, "date_to"),
    ({"date_from": "99999-01-01"}, "date_from"),
    ({"upcoming": "maybe"}, "upcoming"),
    ({"starts_after": "2020-02-30"}, "starts_after"),
    ({"starts_before": "\x00"}, "starts_before"),
    ({"kind": "village"}, "kind"),
    ({"locale": "xx"}, "locale"),
    ({"search": "roma\x00"}, "search"),
    ({"search": "x" * 10000}, "search"),
    ({"order": "secret_field"}, "order"),
    ({"order": "participant_number", "type": "news.NewsPage"}, "order"),
    ({"search": "roma", "order": "-date"}, "order"),
    ({"limit": "-1"}, "limit"),
    ({"limit": "1000"}, "limit"),
    ({"limit": "9" * 40}, "limit"),
    ({"offset": "-5"}, "offset"),
    ({"offset": "9" * 40}, "offset"),
    ({"type": "news.Nothing"}, "type"),
    ({"type": "taxonomy.Country"}, "type"),
    ({"fields": "secret"}, "fields"),
    ({"fields": "title("}, "fields"),
    ({"child_of": "9" * 40}, "child_of"),
    ({"descendant_of": "-1"}, "descendant_of"),
    ({"ancestor_of": "abc"}, "ancestor_of"),
    ({"translation_of": "1e9"}, "translation_of"),
    ({"facets": "colour"}, "facets"),
    ({"facets": "type", "search": "roma"}, "facets"),
    ({"updated_since": "last week"}, "updated_since"),
    ({"updated_since": "2025-02-30T00:00:00Z"}, "updated_since"),
    ({"type": "people.ParticipantPage", "participant_number": "9" * 40}, "participant_number"),
    ({"type": "news.NewsPage", "date": "not-a-date"}, "date"),
    ({"rich_text_format": "pdf"}, "rich_text_format"),
    ({"search": "roma", "search_operator": "xor"}, "search_operator"),
    ({"site": "nowhere.example.org"}, "site"),
    ({"updated_since": "0001-01-01T00:00:00+14:00"}, "updated_since"),
    ({"type": "people.ParticipantPage", "latitude": "NaN"}, "latitude"),
    ({"type": "people.ParticipantPage", "latitude": "1e400"}, "latitude"),
    ({"type": "people.ParticipantPage", "title": "x" * 300}, "title"),
    ({"type": "events.EventPage", "cancelled": "maybe"}, "cancelled"),
    ({"type": "news.NewsPage", "countries": "abc"}, "countries"),
]


@pytest.mark.parametrize(("params", "parameter"), BAD_PARAMETERS)
def test_bad_value_is_a_400_naming_the_parameter(api, content, params, parameter):
    body = api("pages/", expect=400, **params)
    assert body["parameter"] == parameter
    assert body["message"]


ODD_BUT_VALID = [
    ("pages/", {"search": "'\"&|!():*"}),
    ("pages/", {"search": ""}),
    ("pages/", {"search": "housing albania", "search_operator": "or"}),
    ("pages/", {"fields": "lead_image(title)", "type": "news.NewsPage"}),
    ("pages/", {"child_of": "root"}),
    ("pages/", {"translation_of": "root"}),
    ("pages/", {"date_from": "0001-01-01"}),
    ("pages/", {"order": "date", "type": "home.HomePage"}),
    ("pages/", {"rich_text_format": "markdown", "type": "news.NewsPage", "fields": "*"}),
    ("pages/find/", {"html_path": "/../../etc/passwd"}),
    ("images/", {"search": "&"}),
    ("documents/", {"search": "&|"}),
    ("people/", {"country": "1"}),
]


@pytest.mark.parametrize(("path", "params"), ODD_BUT_VALID)
def test_odd_input_is_no_server_error(client, content, path, params):
    response = client.get(f"/api/v2/{path}", params)
    assert response.status_code in {200, 302, 404}
    if response.status_code != 302:
        assert response.json()


@pytest.mark.parametrize(
    ("path", "params", "parameter"),
    [
        ("images/", {"width": "9" * 30}, "width"),
        ("images/", {"order": "secret"}, "order"),
        ("people/", {"country": "x"}, "country"),
        ("countries/", {"is_member_state": "nope"}, "is_member_state"),
        ("countries/find/", {"id": "9" * 30}, "id"),
    ],
)
def test_other_endpoints_name_the_bad_parameter(api, content, path, params, parameter):
    assert api(path, expect=400, **params)["parameter"] == parameter


@pytest.mark.parametrize("path", ["pages/", "images/", "documents/", "countries/", "topics/", "people/"])
def test_every_endpoint_rejects_an_unknown_parameter_by_name(api, content, path):
    assert api(path, expect=400, colour="red") == {
        "message": "Unknown query parameter: colour. docs/api.md lists the parameters.",
        "parameter": "colour",
    }


@pytest.mark.parametrize("path", ["pages/999999/", "pages/" + "9" * 30 + "/", "countries/999999/", "people/999999/"])
def test_unknown_object_is_a_json_404(api, content, path):
    body = api(path, expect=404)
    assert list(body) == ["message"] and body["message"]


def test_find_with_a_bad_id_is_a_400(api, content):
    assert api("pages/find/", expect=400, id="abc")["parameter"] == "id"


def test_limit_up_to_the_maximum_is_fine(api, content):
    assert api("pages/", limit=100)["meta"]["total_count"] > 0
