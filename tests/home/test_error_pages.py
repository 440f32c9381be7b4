"""Our own 404 and 500 pages, styled like the rest of the site."""

from bs4 import BeautifulSoup

from django.test import RequestFactory
from django.views.defaults import server_error


def test_an_unknown_address_gets_the_site_404_page(home_page, client):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one("main h1").get_text() == "Page not found"
    assert page.select_one("link[rel=stylesheet]")["href"].endswith("css/site.css")
    assert page.select_one("form[role=search]")
    assert page.select_one(".skip-link")["href"] == "#main"


def test_the_500_page_stands_alone_with_the_site_style(db, django_assert_num_queries):
    with django_assert_num_queries(0):  # it must render with the database down
        response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one("main h1").get_text() == "Something went wrong"
    assert page.select_one("link[rel=stylesheet]")["href"].endswith("css/site.css")
    assert page.select_one("html")["lang"] == "en"


def site_page(response):
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one("link[rel=stylesheet]")["href"].endswith("css/site.css")
    assert not page.select("style, script, [style]"), "nothing the Content Security Policy would refuse"
    return page


def test_a_request_for_another_host_gets_the_site_400_page(home_page, client):
    response = client.get("/", HTTP_HOST="attacker.example")
    assert response.status_code == 400
    assert site_page(response).select_one("main h1").get_text() == "Bad request"


def test_a_form_sent_without_its_csrf_token_gets_the_site_403_page(db):
    from django.test import Client
    from django.urls import reverse

    response = Client(enforce_csrf_checks=True).post(reverse("wagtailadmin_login"), {"username": "a"})
    assert response.status_code == 403
    assert site_page(response).select_one("main h1").get_text() == "This form has expired"
