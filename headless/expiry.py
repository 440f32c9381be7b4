"""Pages past their expiry date, hidden from visitors at once: a page stays live until the
scheduler (`publish_scheduled`) unpublishes it, if it runs at all."""

from django.db.models import Q
from django.utils import timezone


def unexpired():
    """The pages not past their expiry date, as a filter."""
    return Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now())


def expired_ids():
    """The ids of the pages past their expiry date, to exclude by id: the search backend
    filters only on indexed fields, and expire_at is not one (pk is)."""
    from wagtail.models import Page  # headless is loaded before Wagtail's models are

    return Page.objects.filter(expire_at__lte=timezone.now()).values("pk")
