"""With the database down, the site answers a styled 503 page and the APIs JSON 503, never a
traceback or Django's default page; the health check says so; and everything works again
once the database is back, without a restart. The database is made unreachable for real
(tests/operations/conftest.py), nothing of ours is mocked."""

import json

import pytest
from bs4 import BeautifulSoup

from django.test import Client
from django.urls import reverse

from .conftest import database_unreachable


@pytest.fixture
def client():
    client = Client()
    client.raise_request_exception = False
    return client


def test_the_health_check_answers_ok_when_the_database_does(client, db):
    response = client.get(reverse("health"))
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    assert "no-cache" in response["Cache-Control"] and "max-age=0" in response["Cache-Control"]


def test_the_health_check_answers_503_when_the_database_is_down(client, database_down):
    response = client.get(reverse("health"))
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "unreachable"}
    assert "no-cache" in response["Cache-Control"]


def test_a_page_answers_a_styled_503_while_the_database_is_down(client, database_down):
    response = client.get("/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one("main h1").get_text() == "The site is briefly unavailable"
    assert page.select_one("link[rel=stylesheet]")["href"].endswith("css/site.css")
    assert "Traceback" not in response.text and "OperationalError" not in response.text


def test_the_search_answers_503_too(client, database_down):
    response = client.get(reverse("search"), {"q": "roma"})
    assert response.status_code == 503


@pytest.mark.parametrize(
    ("path", "content_type", "message_key"),
    [
        ("/api/v2/pages/", "application/json", "message"),
        ("/api/v2/people/", "application/json", "message"),
        ("/api/v3/pages/", "application/problem+json", "detail"),
    ],
)
def test_the_apis_answer_json_503_while_the_database_is_down(client, database_down, path, content_type, message_key):
    response = client.get(path)
    assert response.status_code == 503
    assert response["Content-Type"] == content_type
    assert "database" in json.loads(response.content)[message_key]


def test_static_files_are_served_while_the_database_is_down(client, database_down):
    response = client.get("/static/css/site.css")
    assert response.status_code == 200


def test_everything_works_again_once_the_database_is_back(client, outside_a_transaction, home_page):
    url = home_page.url
    with database_unreachable():
        assert client.get(url).status_code == 503
        assert client.get(reverse("health")).status_code == 503
    assert client.get(url).status_code == 200
    assert client.get(reverse("health")).status_code == 200
    assert client.get("/api/v2/pages/").status_code == 200
