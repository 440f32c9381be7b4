"""An exception that escapes a view: the site's own 500 page, JSON on the APIs."""

import json

import pytest
from bs4 import BeautifulSoup


@pytest.fixture
def client(failing_site):
    return failing_site


def test_a_defect_on_the_site_shows_the_site_500_page(client):
    response = client.get("/fail/")
    assert response.status_code == 500
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one("main h1").get_text() == "Something went wrong"
    assert "a defect" not in response.text


def test_a_defect_in_the_v2_api_answers_json(client):
    response = client.get("/api/v2/fail/")
    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content) == {"message": "Internal server error."}


def test_a_defect_in_the_v3_api_answers_problem_json(client):
    response = client.get("/api/v3/fail/")
    assert response.status_code == 500
    assert response["Content-Type"] == "application/problem+json"
    body = json.loads(response.content)
    assert body["status"] == 500 and body["detail"] == "Internal server error."
