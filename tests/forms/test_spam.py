"""Spam defences: CSRF, the honeypot and the per-address rate limit."""

import re

from bs4 import BeautifulSoup

from django.core import mail
from django.test import Client

from wagtail.contrib.forms.models import FormSubmission


def test_a_post_without_the_csrf_token_is_refused(join_form, valid_data):
    client = Client(enforce_csrf_checks=True)
    response = client.post(join_form.url, valid_data)
    assert response.status_code == 403
    assert not FormSubmission.objects.exists()


def test_a_post_with_the_csrf_token_of_the_form_is_accepted(join_form, valid_data):
    client = Client(enforce_csrf_checks=True)
    page = client.get(join_form.url)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    response = client.post(join_form.url, {**valid_data, "csrfmiddlewaretoken": token})
    assert response.status_code == 200
    assert FormSubmission.objects.count() == 1


def test_the_honeypot_is_hidden_from_people_and_screen_readers(join_form, client):
    soup = BeautifulSoup(client.get(join_form.url).text, "html.parser")
    trap = soup.select_one("input[name=homepage_url]")
    wrapper = trap.find_parent("div")
    assert wrapper["aria-hidden"] == "true"
    assert "form-trap" in wrapper["class"]
    assert trap["tabindex"] == "-1"
    assert trap["autocomplete"] == "off"
    assert not trap.has_attr("required")
    stylesheet = client.get("/static/css/site.css")
    assert ".form-trap { position: absolute; left: -10000px;" in b"".join(stylesheet.streaming_content).decode()


def test_a_filled_honeypot_is_thanked_but_neither_stored_nor_sent(join_form, valid_data, client):
    response = client.post(join_form.url, {**valid_data, "homepage_url": "http://cheap-pills.example"})
    assert response.status_code == 200
    assert "Thank you for your application." in response.text
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


def test_too_many_submissions_from_one_address_get_a_readable_429(join_form, valid_data, settings):
    settings.FORM_SUBMISSION_RATE = "2/h"
    visitor = Client(REMOTE_ADDR="203.0.113.7")
    assert [visitor.post(join_form.url, valid_data).status_code for _ in range(2)] == [200, 200]
    response = visitor.post(join_form.url, valid_data)
    assert response.status_code == 429
    soup = BeautifulSoup(response.text, "html.parser")
    assert soup.h1.text == "Too many submissions"
    assert soup.select_one(f"main a[href='{join_form.url}']") is not None
    assert FormSubmission.objects.count() == 2
    assert visitor.get(join_form.url).status_code == 200, "reading the form is never limited"
    other = Client(REMOTE_ADDR="198.51.100.20")
    assert other.post(join_form.url, valid_data).status_code == 200
    assert FormSubmission.objects.count() == 3


def test_invalid_attempts_count_towards_the_limit(join_form, valid_data, settings):
    settings.FORM_SUBMISSION_RATE = "2/h"
    visitor = Client(REMOTE_ADDR="203.0.113.8")
    assert [visitor.post(join_form.url, {}).status_code for _ in range(2)] == [400, 400]
    assert visitor.post(join_form.url, valid_data).status_code == 429


def test_a_missing_visitor_address_never_turns_an_applicant_away(join_form, valid_data, client, settings, caplog):
    settings.RATELIMIT_IP_META_KEY = "HTTP_X_REAL_IP"
    response = client.post(join_form.url, valid_data)
    assert response.status_code == 200
    assert FormSubmission.objects.count() == 1
    assert "Rate limit home.FormPage skipped" in caplog.text


def test_behind_a_proxy_the_limit_counts_each_visitor(join_form, valid_data, settings):
    settings.RATELIMIT_IP_META_KEY = "HTTP_X_REAL_IP"
    settings.FORM_SUBMISSION_RATE = "1/h"
    proxy = Client(REMOTE_ADDR="127.0.0.1")
    assert proxy.post(join_form.url, valid_data, HTTP_X_REAL_IP="203.0.113.9").status_code == 200
    assert proxy.post(join_form.url, valid_data, HTTP_X_REAL_IP="203.0.113.9").status_code == 429
    assert proxy.post(join_form.url, valid_data, HTTP_X_REAL_IP="198.51.100.1").status_code == 200
