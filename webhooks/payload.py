"""What a receiver is sent: the JSON body, and the headers that let it check
the body came from us."""

import hashlib
import hmac
import json
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone

SIGNATURE_HEADER = "X-Alliance-Signature"
DELIVERY_HEADER = "X-Alliance-Delivery"
EVENT_HEADER = "X-Alliance-Event"


@dataclass
class PageFacts:
    """The countries and topics a page is filed under, looked up once per change."""

    country_ids: set
    topic_ids: set

    @classmethod
    def of(cls, page):
        country_ids = set()
        if hasattr(page, "countries"):
            country_ids.update(page.countries.values_list("pk", flat=True))
        if getattr(page, "country_id", None):
            country_ids.add(page.country_id)
        topic_ids = set(page.topics.values_list("pk", flat=True)) if hasattr(page, "topics") else set()
        return cls(country_ids=country_ids, topic_ids=topic_ids)


def base_url(page):
    site = page.get_site()
    return (site.root_url if site else settings.WAGTAILADMIN_BASE_URL).rstrip("/")


def page_payload(event, page):
    root = base_url(page)
    return {
        "event": event,
        "timestamp": timezone.now().isoformat(),
        "page": {
            "id": page.pk,
            "type": page._meta.label_lower,
            "title": page.title,
            "slug": page.slug,
            "locale": page.locale.language_code,
            "url": page.get_full_url(),
            "api_urls": {
                "v2": f"{root}/api/v2/pages/{page.pk}/",
                "v3": f"{root}/api/v3/pages/{page.pk}/",
            },
        },
    }


def encode(payload):
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def signature(secret, body):
    digest = hmac.new(secret.encode(), body.encode(), hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def headers(webhook, delivery_id, event, body):
    return {
        "Content-Type": "application/json",
        "User-Agent": "AllianceCMS-Webhooks/1",
        SIGNATURE_HEADER: signature(webhook.secret, body),
        DELIVERY_HEADER: str(delivery_id),
        EVENT_HEADER: event,
    }
