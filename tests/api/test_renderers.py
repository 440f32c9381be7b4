"""The v2 API's JSON (api/renderers.py): orjson writes the bytes REST framework's renderer
would, for every kind of answer and every kind of value in it."""

import datetime
import decimal
import uuid

import pytest
from rest_framework.renderers import JSONRenderer

from django.test import Client
from django.utils.translation import gettext_lazy

from api.renderers import FastJSONRenderer


def both(data, media_type=None, context=None):
    return (
        FastJSONRenderer().render(data, media_type, context),
        JSONRenderer().render(data, media_type, context),
    )


def test_every_kind_of_value_is_written_as_rest_framework_writes_it():
    data = {
        "published": datetime.datetime(2026, 12, 8, 2, 1, 53, 123456, tzinfo=datetime.UTC),
        "local": datetime.datetime(2026, 12, 8, 3, 1, 53),
        "date": datetime.date(2026, 12, 8),
        "time": datetime.time(9, 30, 0, 500),
        "label": gettext_lazy("Home"),
        "amount": decimal.Decimal("1.50"),
        "key": uuid.UUID("d435a5a8-ed63-4ca2-808a-34be17566464"),
        "text": "Roma «inclusion» – Ελλάδα\u2028next\u2029",
        7: ["nested", {"x": None, "y": True, "z": 1.25}],
    }

    fast, reference = both(data)

    assert fast == reference


def test_indented_json_for_a_person_is_rest_frameworks_own():
    fast, reference = both({"a": [1, 2]}, "application/json; indent=4")

    assert fast == reference


@pytest.mark.parametrize(
    "path",
    [
        "/api/v2/pages/?fields=*",
        "/api/v2/pages/?type=news.NewsPage&fields=*",
        "/api/v2/pages/?updated_since=2000-01-01",
        "/api/v2/countries/",
        "/api/v2/topics/",
        "/api/v2/images/",
        "/api/v2/pages/?limit=nope",
        "/api/v2/pages/999999/",
    ],
)
def test_every_answer_is_written_as_rest_framework_writes_it(content, path):
    response = Client().get(path)

    assert response.content == JSONRenderer().render(response.data)


def test_answers_are_compact_and_indented_only_for_people(content):
    assert Client().get("/api/v2/topics/").content.startswith(b'{"meta":{')
    indented = Client().get("/api/v2/topics/", HTTP_ACCEPT="application/json; indent=4")
    assert indented.content.startswith(b'{\n    "meta": {')
    browsable = Client().get("/api/v2/topics/?format=api", HTTP_ACCEPT="text/html")
    assert browsable.status_code == 200 and browsable["Content-Type"].startswith("text/html")
