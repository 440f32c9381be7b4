"""Webhooks are set up in the admin, and the delivery log is read there."""

import uuid

from django.contrib.contenttypes.models import ContentType

from events.models import EventPage
from tests.factories import CountryFactory, TopicFactory
from webhooks.models import Webhook, WebhookDelivery


def test_an_administrator_adds_a_webhook_with_events_and_filters(admin_client):
    albania = CountryFactory(code="AL", name="Albania")
    housing = TopicFactory(name="Housing", slug="housing")
    event_type = ContentType.objects.get_for_model(EventPage)

    form = admin_client.get("/admin/webhooks/new/")
    assert form.status_code == 200
    assert b'value="unpublish"' in form.content
    page_types = [label for value, label in form.context["form"].fields["page_types"].choices]
    assert {"Event", "News index page", "Participant profile"} <= set(page_types)
    assert "News stream item" not in page_types, "a type no page can have"

    response = admin_client.post(
        "/admin/webhooks/new/",
        {
            "name": "Roma network mirror",
            "url": "https://mirror.example.org/hook",
            "events": ["publish", "delete"],
            "secret": "a-long-shared-secret",
            "active": "on",
            "page_types": [event_type.pk],
            "countries": [albania.pk],
            "topics": [housing.pk],
        },
    )
    assert response.status_code == 302
    webhook = Webhook.objects.get()
    assert webhook.events == ["publish", "delete"]
    assert list(webhook.page_types.all()) == [event_type]
    assert list(webhook.countries.all()) == [albania]
    assert list(webhook.topics.all()) == [housing]

    listing = admin_client.get("/admin/webhooks/")
    assert "Published, Deleted" in listing.content.decode()
    edit = admin_client.get(f"/admin/webhooks/edit/{webhook.pk}/")
    assert edit.context["form"]["events"].value() == ["publish", "delete"]


def test_a_webhook_needs_an_event_and_a_web_url(admin_client):
    for url in ["not a url", "ftp://mirror.example.org/hook", "https://" + "a" * 600 + ".org/"]:
        response = admin_client.post(
            "/admin/webhooks/new/", {"name": "Broken", "url": url, "secret": "x", "active": "on"}
        )
        assert response.status_code == 200
        assert set(response.context["form"].errors) == {"url", "events"}
    assert not Webhook.objects.exists()


def test_a_new_webhook_gets_a_random_secret():
    first, second = Webhook(name="a", url="https://a.example"), Webhook(name="b", url="https://b.example")
    assert len(first.secret) >= 40
    assert first.secret != second.secret


def test_the_delivery_log_is_listed_and_inspected_but_not_edited(admin_client):
    webhook = Webhook.objects.create(name="Mirror", url="https://mirror.example.org/hook", events=["publish"])
    delivery = WebhookDelivery.objects.create(
        webhook=webhook,
        delivery_id=uuid.uuid4(),
        event="publish",
        page_id=42,
        page_title="Tivat joins the Alliance",
        attempt=2,
        outcome="retrying",
        response_status=502,
        response_body="Bad gateway from the mirror",
        duration_ms=87,
        error="The receiver answered 502.",
        payload='{"event":"publish"}',
    )

    listing = admin_client.get("/admin/webhook-deliveries/")
    assert listing.status_code == 200
    assert "Tivat joins the Alliance" in listing.content.decode()
    inspect = admin_client.get(f"/admin/webhook-deliveries/inspect/{delivery.pk}/")
    assert inspect.status_code == 200
    for shown in ["Bad gateway from the mirror", "The receiver answered 502.", str(delivery.delivery_id), "87"]:
        assert shown in inspect.content.decode()

    for url in ["/admin/webhook-deliveries/new/", f"/admin/webhook-deliveries/edit/{delivery.pk}/"]:
        assert admin_client.get(url).status_code in {302, 403}, url
    response = admin_client.post(f"/admin/webhook-deliveries/delete/{delivery.pk}/")
    assert response.status_code in {302, 403}
    assert WebhookDelivery.objects.filter(pk=delivery.pk).exists()


def test_the_admin_menu_offers_webhooks(admin_client):
    response = admin_client.get("/admin/")
    assert "/admin/webhooks/" in response.content.decode()
    assert "/admin/webhook-deliveries/" in response.content.decode()
