"""Logins, page passwords and the site search are throttled per visitor address: over the
rate, 429 with Retry-After, a readable page for people and JSON for the API."""

import json

import pytest
from bs4 import BeautifulSoup

from django.test import Client
from django.urls import reverse

from wagtail.models import PageViewRestriction

from tests.factories import NewsPageFactory


def visitor(address="203.0.113.7"):
    return Client(REMOTE_ADDR=address)


def assert_readable_429(response):
    assert response.status_code == 429
    assert int(response["Retry-After"]) >= 1
    assert "no-store" in response["Cache-Control"], "never kept by a cache for someone else"
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text() == "Too many requests"
    assert "please wait" in soup.select_one("main .lead").get_text()
    assert soup.select_one("link[rel=stylesheet]")["href"].endswith("css/site.css")


@pytest.mark.django_db
@pytest.mark.parametrize("login_url_name", ["wagtailadmin_login", "admin:login", "wagtailcore_login"])
def test_repeated_logins_from_one_address_get_a_readable_429(login_url_name, settings, django_user_model):
    settings.LOGIN_RATE = "3/h"
    django_user_model.objects.create_user("someone", "someone@example.org", "the-right-password", is_staff=True)
    url = reverse(login_url_name)
    attacker = visitor()
    guesses = [attacker.post(url, {"username": "someone", "password": f"guess-{n}"}) for n in range(3)]
    assert [response.status_code for response in guesses] == [200, 200, 200]
    # Even the right password waits: the limit counts tries, not failures.
    assert_readable_429(attacker.post(url, {"username": "someone", "password": "the-right-password"}))
    assert attacker.get(url).status_code == 200, "the login form itself stays readable"
    other = visitor("198.51.100.20")
    response = other.post(url, {"username": "someone", "password": "the-right-password"})
    assert response.status_code == 302, "another address is not held off"


@pytest.mark.django_db
def test_the_login_forms_share_one_allowance(settings):
    settings.LOGIN_RATE = "2/h"
    attacker = visitor()
    attacker.post(reverse("wagtailadmin_login"), {"username": "a", "password": "b"})
    attacker.post(reverse("admin:login"), {"username": "a", "password": "b"})
    assert attacker.post(reverse("wagtailcore_login"), {"username": "a", "password": "b"}).status_code == 429


def test_repeated_page_password_guesses_get_a_readable_429(home_page, settings):
    settings.PAGE_PASSWORD_RATE = "2/h"
    page = NewsPageFactory(parent=home_page, title="Behind a password")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    attacker = visitor()
    assert attacker.get(page.url).status_code == 200  # the password form
    tries = [attacker.post(url, {"password": "wrong", "return_url": page.url}).status_code for _ in range(2)]
    assert tries == [200, 200]
    assert_readable_429(attacker.post(url, {"password": "secret", "return_url": page.url}))
    assert visitor("198.51.100.20").post(url, {"password": "secret", "return_url": page.url}).status_code == 302


def test_a_flood_of_searches_gets_a_readable_429(home_page, settings):
    settings.SEARCH_RATE = "3/h"
    flood = visitor()
    assert [flood.get(reverse("search"), {"q": f"roma {n}"}).status_code for n in range(3)] == [200, 200, 200]
    assert_readable_429(flood.get(reverse("search"), {"q": "roma"}))
    assert flood.get(home_page.url).status_code == 200, "only the search is limited"
    assert visitor("198.51.100.20").get(reverse("search"), {"q": "roma"}).status_code == 200


def test_behind_a_proxy_each_visitor_is_counted_apart(home_page, settings):
    settings.RATELIMIT_IP_META_KEY = "HTTP_X_REAL_IP"
    settings.SEARCH_RATE = "1/h"
    proxy = visitor("127.0.0.1")
    assert proxy.get(reverse("search"), {"q": "a"}, HTTP_X_REAL_IP="203.0.113.9").status_code == 200
    assert proxy.get(reverse("search"), {"q": "a"}, HTTP_X_REAL_IP="203.0.113.9").status_code == 429
    assert proxy.get(reverse("search"), {"q": "a"}, HTTP_X_REAL_IP="198.51.100.1").status_code == 200


def test_a_missing_visitor_address_holds_nobody_off(home_page, settings, caplog):
    settings.RATELIMIT_IP_META_KEY = "HTTP_X_REAL_IP"
    settings.SEARCH_RATE = "1/h"
    client = visitor()
    assert [client.get(reverse("search"), {"q": "a"}).status_code for _ in range(2)] == [200, 200]
    assert "Rate limit search_rate skipped" in caplog.text


@pytest.mark.parametrize(
    ("path", "content_type", "message_key"),
    [("/api/v2/pages/", "application/json", "message"), ("/api/v3/pages/", "application/problem+json", "detail")],
)
def test_the_api_answers_429_in_json(rf, path, content_type, message_key):
    from operations.throttling import too_many_requests

    response = too_many_requests(rf.get(path), 42)
    assert response.status_code == 429
    assert response["Content-Type"] == content_type
    assert response["Retry-After"] == "42"
    assert "please wait 42 seconds" in json.loads(response.content)[message_key]
