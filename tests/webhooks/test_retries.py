"""A receiver that fails, is slow or cannot be reached is retried with
growing delays, and never holds up or breaks publishing."""

import datetime
import json
import time

from django_tasks_db.models import DBTaskResult

from django.utils import timezone

from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text

from tests.factories import NewsIndexPageFactory, NewsPageFactory
from webhooks.models import WebhookDelivery

from .conftest import run_worker


def let_time_pass():
    """Bring the deferred retries due, as if their delay had passed."""
    DBTaskResult.objects.filter(finished_at__isnull=True).update(run_after=timezone.now())


def test_a_failing_receiver_is_retried_with_back_off_until_it_answers(
    home_page, receiver, database_tasks, make_webhook
):
    make_webhook(receiver.url)
    receiver.statuses = [500, 503]
    page = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), live=False)
    page.save_revision().publish()

    before = timezone.now()
    run_worker()
    [first] = WebhookDelivery.objects.all()
    assert (first.attempt, first.outcome, first.response_status) == (1, "retrying", 500)
    assert first.response_body == "receiver is down"
    assert first.error == "The receiver answered 500."
    assert before + datetime.timedelta(seconds=59) < first.next_attempt_at < timezone.now() + datetime.timedelta(60)

    run_worker()
    assert len(receiver.requests) == 1, "the retry ran before its delay"

    let_time_pass()
    run_worker()
    second = WebhookDelivery.objects.get(attempt=2)
    assert (second.outcome, second.response_status) == ("retrying", 503)
    assert second.next_attempt_at - second.attempted_at > datetime.timedelta(seconds=299)

    let_time_pass()
    run_worker()
    third = WebhookDelivery.objects.get(attempt=3)
    assert (third.outcome, third.response_status, third.next_attempt_at) == ("succeeded", 200, None)

    assert len({request["headers"]["X-Alliance-Delivery"] for request in receiver.requests}) == 1
    assert len({request["body"] for request in receiver.requests}) == 1
    assert {first.delivery_id, second.delivery_id, third.delivery_id} == {first.delivery_id}


def test_delivery_gives_up_after_the_last_retry(home_page, receiver, database_tasks, make_webhook):
    make_webhook(receiver.url)
    receiver.statuses = [500, 500, 500, 500]
    NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), live=False).save_revision().publish()

    for _ in range(4):
        run_worker()
        let_time_pass()

    assert len(receiver.requests) == 3
    assert list(WebhookDelivery.objects.order_by("attempt").values_list("outcome", flat=True)) == [
        "retrying",
        "retrying",
        "failed",
    ]
    assert WebhookDelivery.objects.get(attempt=3).next_attempt_at is None
    assert not DBTaskResult.objects.filter(finished_at__isnull=True).exists()


def test_publishing_in_the_editor_succeeds_with_an_unreachable_receiver(
    home_page, unreachable_url, database_tasks, make_webhook, admin_client
):
    make_webhook(unreachable_url)
    news = NewsIndexPageFactory(parent=home_page, live=False)

    response = admin_client.post(
        f"/admin/pages/{news.pk}/edit/",
        nested_form_data(
            {"title": "News", "slug": "news", "intro": rich_text("<p>Latest</p>"), "action-publish": "1"}
        ),
    )
    assert response.status_code == 302
    assert Page.objects.get(pk=news.pk).live

    run_worker()
    [delivery] = WebhookDelivery.objects.all()
    assert delivery.outcome == "retrying"
    assert delivery.response_status is None
    assert delivery.error.startswith("ConnectionError")


def test_a_slow_receiver_is_given_up_on_after_the_timeout(home_page, receiver, database_tasks, make_webhook):
    make_webhook(receiver.url)
    receiver.delay = 3
    NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), live=False).save_revision().publish()

    started = time.monotonic()
    run_worker()

    assert time.monotonic() - started < 2.5
    [delivery] = WebhookDelivery.objects.all()
    assert delivery.outcome == "retrying"
    assert "Timeout" in delivery.error
    assert json.loads(delivery.payload)["event"] == "publish"


def test_with_the_immediate_backend_a_failed_delivery_is_logged_and_publishing_goes_on(
    home_page, unreachable_url, make_webhook
):
    make_webhook(unreachable_url)
    page = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), live=False)

    page.save_revision().publish()

    assert Page.objects.get(pk=page.pk).live
    [delivery] = WebhookDelivery.objects.all()
    assert (delivery.outcome, delivery.next_attempt_at) == ("failed", None)
