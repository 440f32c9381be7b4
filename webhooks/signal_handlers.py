"""Turning page changes into queued deliveries. Deliveries are queued in the
publishing transaction (with the database backend, a row the worker only sees
once the change is committed) and sent by the worker, never in the request."""

import logging
import uuid

from asgiref.local import Local

from django.db import transaction
from django.db.models.signals import post_delete, pre_delete

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from .models import Event, Webhook
from .payload import PageFacts, encode, page_payload
from .tasks import deliver_webhook

logger = logging.getLogger(__name__)

# Wagtail unpublishes a live page just before deleting it; receivers hear of
# the deletion alone, so the ids of pages being deleted are kept here.
_deleting = Local()


def pages_being_deleted():
    if not hasattr(_deleting, "ids"):
        _deleting.ids = set()
    return _deleting.ids


def notify(event, page):
    webhooks = list(Webhook.objects.filter(active=True).prefetch_related("page_types", "countries", "topics"))
    webhooks = [webhook for webhook in webhooks if event in webhook.events]
    if not webhooks:
        return
    page = page.specific
    facts = PageFacts.of(page)
    body = encode(page_payload(event, page))
    for webhook in webhooks:
        if webhook.matches(event, page, facts):
            deliver_webhook.enqueue(webhook.pk, str(uuid.uuid4()), event, page.pk, page.title, body)


def safely_notify(event, page):
    # Telling receivers must never stop an editor from publishing; the
    # savepoint keeps a failed query from spoiling the publishing transaction.
    try:
        with transaction.atomic():
            notify(event, page)
    except Exception:
        logger.exception("Could not queue the %s webhooks of page %s", event, page.pk)


def on_page_published(sender, instance, **kwargs):
    safely_notify(Event.PUBLISH, instance)


def on_page_unpublished(sender, instance, **kwargs):
    if instance.pk not in pages_being_deleted():
        safely_notify(Event.UNPUBLISH, instance)


def on_page_pre_delete(sender, instance, **kwargs):
    pages_being_deleted().add(instance.pk)
    safely_notify(Event.DELETE, instance)


def on_page_post_delete(sender, instance, **kwargs):
    pages_being_deleted().discard(instance.pk)


def register_signal_handlers():
    page_published.connect(on_page_published, dispatch_uid="webhooks-page-published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="webhooks-page-unpublished")
    # Connected before wagtail's own pre_delete handler (webhooks comes first
    # in INSTALLED_APPS), so the deletion is known when it unpublishes.
    pre_delete.connect(on_page_pre_delete, sender=Page, dispatch_uid="webhooks-page-pre-delete")
    post_delete.connect(on_page_post_delete, sender=Page, dispatch_uid="webhooks-page-post-delete")
