"""Publishing, unpublishing and deleting a page tell the matching webhooks,
from the worker, with a signed body; the log in the admin keeps each attempt."""

import hashlib
import hmac
import json
import signal

import pytest

from django.core.management import call_command

from wagtail.models import Page, Site

from tests.factories import NewsIndexPageFactory, NewsPageFactory
from webhooks.models import WebhookDelivery

from .conftest import run_worker


def expected_signature(body):
    return "sha256=" + hmac.new(b"s3cret", body, hashlib.sha256).hexdigest()


def test_publishing_sends_a_signed_payload_from_the_worker(home_page, receiver, database_tasks, make_webhook):
    make_webhook(receiver.url)
    news = NewsIndexPageFactory(parent=home_page)
    page = NewsPageFactory(parent=news, title="Tivat joins the Alliance", slug="tivat", live=False)

    page.save_revision().publish()
    assert receiver.requests == [], "delivered inside the publishing request"

    run_worker()
    [request] = receiver.requests
    assert request["headers"]["X-Alliance-Signature"] == expected_signature(request["body"])
    assert request["headers"]["X-Alliance-Event"] == "publish"
    assert request["headers"]["Content-Type"] == "application/json"
    payload = json.loads(request["body"])
    assert payload["event"] == "publish"
    assert payload["timestamp"]
    assert payload["page"] == {
        "id": page.pk,
        "type": "news.newspage",
        "title": "Tivat joins the Alliance",
        "slug": "tivat",
        "locale": "en",
        "url": "http://testserver/en/news/tivat/",
        "api_urls": {
            "v2": f"http://testserver/api/v2/pages/{page.pk}/",
            "v3": f"http://testserver/api/v3/pages/{page.pk}/",
        },
    }

    [delivery] = WebhookDelivery.objects.all()
    assert str(delivery.delivery_id) == request["headers"]["X-Alliance-Delivery"]
    assert delivery.outcome == WebhookDelivery.Outcome.SUCCEEDED
    assert (delivery.event, delivery.page_id, delivery.attempt) == ("publish", page.pk, 1)
    assert delivery.response_status == 200
    assert delivery.response_body == "thanks"
    assert delivery.duration_ms is not None
    assert delivery.error == ""
    assert delivery.payload.encode() == request["body"]


def test_unpublishing_in_the_editor_sends_unpublish(home_page, receiver, database_tasks, make_webhook, admin_client):
    make_webhook(receiver.url)
    page = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page))

    response = admin_client.post(f"/admin/pages/{page.pk}/unpublish/")
    assert response.status_code == 302
    run_worker()

    assert [request["headers"]["X-Alliance-Event"] for request in receiver.requests] == ["unpublish"]
    assert json.loads(receiver.requests[0]["body"])["page"]["id"] == page.pk


def test_deleting_a_live_page_sends_delete_only(home_page, receiver, database_tasks, make_webhook, admin_client):
    make_webhook(receiver.url)
    page = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), title="Going away")

    response = admin_client.post(f"/admin/pages/{page.pk}/delete/")
    assert response.status_code == 302
    assert not Page.objects.filter(pk=page.pk).exists()
    run_worker()

    [request] = receiver.requests
    payload = json.loads(request["body"])
    assert (payload["event"], payload["page"]["id"], payload["page"]["title"]) == ("delete", page.pk, "Going away")
    assert WebhookDelivery.objects.get().page_title == "Going away"


def test_a_webhook_hears_only_the_events_it_chose(home_page, receiver, database_tasks, make_webhook):
    make_webhook(receiver.url, events=["delete"])
    page = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), live=False)

    page.save_revision().publish()
    page.unpublish()
    run_worker()
    assert receiver.requests == []

    page.delete()
    run_worker()
    assert [request["headers"]["X-Alliance-Event"] for request in receiver.requests] == ["delete"]


def test_an_inactive_webhook_hears_nothing(home_page, receiver, database_tasks, make_webhook):
    webhook = make_webhook(receiver.url)
    webhook.active = False
    webhook.save()
    page = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), live=False)

    page.save_revision().publish()
    run_worker()

    assert receiver.requests == []
    assert not WebhookDelivery.objects.exists()


def test_each_webhook_gets_its_own_delivery(home_page, receiver, database_tasks, make_webhook):
    first, second = make_webhook(receiver.url), make_webhook(receiver.url)
    page = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), live=False)

    page.save_revision().publish()
    run_worker()

    assert len(receiver.requests) == 2
    assert {delivery.webhook for delivery in WebhookDelivery.objects.all()} == {first, second}
    assert len({request["headers"]["X-Alliance-Delivery"] for request in receiver.requests}) == 2


@pytest.fixture
def keep_signal_handlers():
    # The worker command installs its own SIGINT/SIGTERM handlers; give pytest its own back.
    saved = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)}
    yield
    for number, handler in saved.items():
        signal.signal(number, handler)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_worker_command_delivers(receiver, database_tasks, make_webhook, keep_signal_handlers):
    # Committed for real, as the command closes its database connection between
    # tasks; serialized_rollback restores the migrations' rows for the tests after.
    make_webhook(receiver.url)
    home_page = Site.objects.get(is_default_site=True).root_page
    page = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), live=False)
    page.save_revision().publish()

    call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)

    [request] = receiver.requests
    assert json.loads(request["body"])["page"]["id"] == page.pk
    assert WebhookDelivery.objects.get().outcome == "succeeded"
