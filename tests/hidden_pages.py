"""Pages no visitor-facing list may show, built the way they arise in the
editor: a draft, a password- and a login-restricted page, one scheduled to go
live later, one unpublished by publish_scheduled after its expiry, and one
whose expiry has passed while publish_scheduled has not run yet."""

import datetime

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import PageViewRestriction

HIDDEN_TITLES = {
    "draft": "Hidden draft",
    "password": "Hidden behind a password",
    "login": "Hidden for members",
    "scheduled": "Hidden until next month",
    "expired": "Hidden since it expired",
    "expiring": "Hidden, expired before publish_scheduled ran",
}


def create_hidden_pages(factory, parent, **fields):
    now = timezone.now()
    model_name = factory._meta.model._meta.model_name

    def make(name, **extra):
        return factory(parent=parent, title=HIDDEN_TITLES[name], slug=f"{model_name}-{name}", **fields, **extra)

    pages = {"draft": make("draft", live=False)}

    pages["password"] = make("password")
    PageViewRestriction.objects.create(
        page=pages["password"], restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    pages["login"] = make("login")
    PageViewRestriction.objects.create(page=pages["login"], restriction_type=PageViewRestriction.LOGIN)

    scheduled = make("scheduled", live=False)
    scheduled.go_live_at = now + datetime.timedelta(days=30)
    scheduled.save_revision().publish()
    pages["scheduled"] = scheduled

    expired = make("expired", expire_at=now - datetime.timedelta(hours=2))
    call_command("publish_scheduled", verbosity=0)
    pages["expired"] = expired

    pages["expiring"] = make("expiring", expire_at=now - datetime.timedelta(minutes=5))

    for page in pages.values():
        page.refresh_from_db()
    assert not pages["draft"].live and not pages["scheduled"].live
    assert pages["scheduled"].revisions.filter(approved_go_live_at__isnull=False).exists()
    assert not pages["expired"].live and pages["expired"].expired
    assert pages["expiring"].live
    return pages
