"""Delivering a change to a receiver, in the background worker, with retries
spaced out by WEBHOOK_RETRY_DELAYS."""

import datetime
import logging
import time

import requests
from django_tasks import task

from django.conf import settings
from django.utils import timezone

from .models import Webhook, WebhookDelivery
from .payload import headers

logger = logging.getLogger(__name__)

RESPONSE_EXCERPT = 2000


def retry_delays():
    return [int(delay) for delay in settings.WEBHOOK_RETRY_DELAYS]


def post(url, body, request_headers):
    """Send the body; return (status, body excerpt, error), never raise."""
    try:
        with requests.post(
            url,
            data=body.encode(),
            headers=request_headers,
            timeout=settings.WEBHOOK_TIMEOUT,
            allow_redirects=False,
            stream=True,
        ) as response:
            excerpt = response.raw.read(RESPONSE_EXCERPT, decode_content=True).decode(errors="replace")
            if 200 <= response.status_code < 300:
                return response.status_code, excerpt, ""
            return response.status_code, excerpt, f"The receiver answered {response.status_code}."
    except requests.RequestException as error:
        return None, "", f"{type(error).__name__}: {error}"


@task()
def deliver_webhook(webhook_id, delivery_id, event, page_id, page_title, body, attempt=1):
    webhook = Webhook.objects.filter(pk=webhook_id, active=True).first()
    if webhook is None:
        return "inactive"

    started = time.monotonic()
    status, excerpt, error = post(webhook.url, body, headers(webhook, delivery_id, event, body))
    duration_ms = int((time.monotonic() - started) * 1000)

    # Without a backend that can defer a task (the immediate one in tests), a retry would run at once.
    delays = retry_delays() if deliver_webhook.get_backend().supports_defer else []
    retry_in = delays[attempt - 1] if error and attempt <= len(delays) else None
    if not error:
        outcome = WebhookDelivery.Outcome.SUCCEEDED
    elif retry_in is not None:
        outcome = WebhookDelivery.Outcome.RETRYING
    else:
        outcome = WebhookDelivery.Outcome.FAILED
    next_attempt_at = timezone.now() + datetime.timedelta(seconds=retry_in) if retry_in is not None else None

    WebhookDelivery.objects.create(
        webhook=webhook,
        delivery_id=delivery_id,
        event=event,
        page_id=page_id,
        page_title=page_title[:255],
        attempt=attempt,
        outcome=outcome,
        response_status=status,
        response_body=excerpt,
        duration_ms=duration_ms,
        error=error,
        next_attempt_at=next_attempt_at,
        payload=body,
    )
    if next_attempt_at is not None:
        deliver_webhook.using(run_after=next_attempt_at).enqueue(
            webhook_id, delivery_id, event, page_id, page_title, body, attempt=attempt + 1
        )
    elif error:
        logger.warning("Webhook %s gave up on delivery %s after %d attempts: %s", webhook, delivery_id, attempt, error)
    return outcome
