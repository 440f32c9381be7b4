"""Every error under /api/ is JSON: the v3 API's RFC 9457 problem+json, `{"message": …}` on
the rest, whatever produced it (an unknown route, a method a route does not take, a refusal,
a Host header nobody serves, a failed CSRF check, a rate limit, the database away, a defect).
The site keeps its own pages for the same errors."""

import json

import pytest
from bs4 import BeautifulSoup

from django.test import Client

from apiv3.models import ConsumerKey

from .conftest import database_unreachable


@pytest.fixture
def client(failing_site):
    return failing_site


def v2_error(response, status):
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    body = json.loads(response.content)
    assert body["message"]
    return body["message"]


def v3_problem(response, status):
    assert response.status_code == status
    assert response["Content-Type"] == "application/problem+json"
    body = json.loads(response.content)
    assert body["status"] == status and body["title"] and body["detail"]
    return body["detail"]


def api_error(response, status):
    if response.request["PATH_INFO"].startswith("/api/v3/"):
        return v3_problem(response, status)
    return v2_error(response, status)


@pytest.mark.parametrize(
    "path",
    [
        "/api/",
        "/api/v1/pages/",
        "/api/v2/",
        "/api/v2/nothing/",
        "/api/v2/pages/abc/",
        "/api/v2/pages/%3Cscript%3E/",
        "/api/preview/extra/",
        "/api/v3/nothing/",
        "/api/v3/pages/1/nothing/",
        "/api/v3/snippets/",
    ],
)
def test_an_unknown_api_route_is_a_json_404(client, path):
    assert "docs/api.md" in api_error(client.get(path), 404)


def test_an_unknown_site_address_keeps_the_site_404_page(client, home_page):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert BeautifulSoup(response.content, "html.parser").select_one("main h1").get_text() == "Page not found"


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        ("post", "/api/v2/pages/", "GET"),
        ("delete", "/api/v2/pages/", "GET"),
        ("put", "/api/preview/", "GET"),
        ("delete", "/api/v3/whoami/", "GET"),
        ("put", "/api/v3/pages/", "GET"),
    ],
)
def test_a_method_a_route_does_not_take_is_a_json_405_naming_the_allowed_ones(client, method, path, allowed):
    response = getattr(client, method)(path)
    assert allowed in response["Allow"]
    detail = api_error(response, 405)
    assert method.upper() in detail
    # Swapped in place: the security headers set below the JSON errors middleware are kept.
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "Content-Security-Policy" in response


@pytest.mark.parametrize("path", ["/api/v2/forbidden/", "/api/v3/forbidden/"])
def test_permission_denied_is_a_json_403_without_the_internal_reason(client, path):
    response = client.get(path)
    assert "permission" in api_error(response, 403)
    assert "internal reason" not in response.text


def test_permission_denied_on_the_site_is_its_own_403_page(client):
    response = client.get("/forbidden/")
    assert response.status_code == 403
    assert "text/html" in response["Content-Type"]
    assert BeautifulSoup(response.content, "html.parser").select_one("h1")


def test_a_consumer_key_that_writes_is_a_json_403(client, home_page):
    plaintext = ConsumerKey.create_key(name="Mirror", rate_limit=10)[1]
    response = client.post("/api/v3/pages/", HTTP_X_API_KEY=plaintext)
    assert "read-only" in v3_problem(response, 403)


@pytest.mark.parametrize("path", ["/api/v2/pages/", "/api/v3/pages/", "/api/preview/", "/api/nothing/"])
def test_a_host_nobody_serves_is_a_json_400(client, path):
    response = client.get(path, HTTP_HOST="attacker.example")
    assert "Host" in api_error(response, 400)


def test_a_host_nobody_serves_gets_the_site_400_page(client):
    response = client.get("/en/", HTTP_HOST="attacker.example")
    assert response.status_code == 400
    assert BeautifulSoup(response.content, "html.parser").select_one("main h1").get_text() == "Bad request"


def test_a_form_without_its_csrf_token_is_a_json_403_under_the_api(client):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post("/api/v2/form/", {"name": "x"})
    assert "CSRF" in v2_error(response, 403)
    assert client.post("/api/v2/form/", {"name": "x"}).status_code == 200


def test_a_form_without_its_csrf_token_gets_the_site_form_expired_page(client):
    strict = Client(enforce_csrf_checks=True)
    response = strict.post("/form/", {"name": "x"})
    assert response.status_code == 403
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one("main h1").get_text() == "This form has expired"


def test_a_consumer_key_over_its_rate_is_a_json_429(client, home_page):
    plaintext = ConsumerKey.create_key(name="Busy mirror", rate_limit=1)[1]
    assert client.get("/api/v3/pages/", HTTP_X_API_KEY=plaintext).status_code == 200
    response = client.get("/api/v3/pages/", HTTP_X_API_KEY=plaintext)
    assert "Rate limit" in v3_problem(response, 429)
    assert int(response["Retry-After"]) >= 1


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/v2/images/", 503),
        ("/api/v2/countries/", 503),
        ("/api/v3/images/", 503),
        # A 404 first looks for an editor's redirect from the address, in the database.
        ("/api/v2/nothing/", 503),
        ("/api/v3/nothing/", 503),
    ],
)
def test_api_errors_are_json_while_the_database_is_down(client, outside_a_transaction, home_page, path, status):
    with database_unreachable():
        response = client.get(path)
    api_error(response, status)
