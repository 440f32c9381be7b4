"""Browsers on the configured origins, and only those, may read the API."""

import pytest

from tests.factories import NewsIndexPageFactory

ALLOWED = "https://app.example.org"
OTHER = "https://evil.example.com"


@pytest.fixture
def api(settings, home_page):
    settings.ROOT_URLCONF = "tests.api_urls"
    settings.CORS_ALLOWED_ORIGINS = [ALLOWED]
    NewsIndexPageFactory(parent=home_page)


def test_an_allowed_origin_may_read_the_api(api, client):
    response = client.get("/api/v2/pages/", HTTP_ORIGIN=ALLOWED)

    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == ALLOWED
    assert "origin" in response["Vary"].lower()


def test_another_origin_gets_no_cors_headers(api, client):
    response = client.get("/api/v2/pages/", HTTP_ORIGIN=OTHER)

    assert response.status_code == 200
    assert not response.has_header("Access-Control-Allow-Origin")


def test_a_preflight_is_answered_for_allowed_origins_only(api, client):
    preflight = {"HTTP_ACCESS_CONTROL_REQUEST_METHOD": "GET", "HTTP_ACCESS_CONTROL_REQUEST_HEADERS": "authorization"}

    allowed = client.options("/api/preview/", HTTP_ORIGIN=ALLOWED, **preflight)
    assert allowed.status_code == 200
    assert allowed["Access-Control-Allow-Origin"] == ALLOWED
    assert "GET" in allowed["Access-Control-Allow-Methods"]
    assert "authorization" in allowed["Access-Control-Allow-Headers"]

    refused = client.options("/api/preview/", HTTP_ORIGIN=OTHER, **preflight)
    assert not refused.has_header("Access-Control-Allow-Origin")


def test_pages_outside_the_api_are_not_shared(api, client):
    response = client.get("/en/news/", HTTP_ORIGIN=ALLOWED)

    assert response.status_code == 200
    assert not response.has_header("Access-Control-Allow-Origin")


def test_no_origin_is_allowed_unless_configured(api, client, settings):
    settings.CORS_ALLOWED_ORIGINS = []

    response = client.get("/api/v2/pages/", HTTP_ORIGIN=ALLOWED)

    assert not response.has_header("Access-Control-Allow-Origin")


def test_the_setting_comes_from_the_environment(monkeypatch):
    import importlib

    import cms.settings.base as base

    monkeypatch.setenv("CORS_ALLOWED_ORIGINS", "https://app.example.org, https://mirror.example.net")
    monkeypatch.setenv("SECRET_KEY", "x")
    try:
        assert importlib.reload(base).CORS_ALLOWED_ORIGINS == ["https://app.example.org", "https://mirror.example.net"]
    finally:
        monkeypatch.delenv("CORS_ALLOWED_ORIGINS")
        importlib.reload(base)
    assert base.CORS_ALLOWED_ORIGINS == []
