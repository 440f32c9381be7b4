"""Run by the stress run under the production settings (`python -m tools.stress.schedule_pages
--lead 6`), doing what an editor does in the page's Settings tab: a copy of the newest English
news item is published with a go-live date `lead` seconds ahead, and the item itself with an
expiry date at the same moment. Both get titles of their own, easy to look for in listings and
feeds. Prints what to look for as JSON; nothing else changes them, only the scheduler."""

import argparse
import datetime
import json


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lead", type=float, default=6, help="Seconds from now to the go-live and expiry dates.")
    args = parser.parse_args(argv)

    import django

    django.setup()

    from django.utils import timezone

    from news.models import NewsItemPage

    at = timezone.now() + datetime.timedelta(seconds=args.lead)
    stamp = at.strftime("%H%M%S")
    newest = NewsItemPage.objects.live().filter(locale__language_code="en").order_by("-date", "-pk").first().specific

    # Same date as the original and a newer id: first in the news listing and the feeds once live.
    going_live = newest.copy(
        to=newest.get_parent(),
        update_attrs={"title": f"Going live in the stress run {stamp}", "slug": f"stress-going-live-{stamp}"},
        keep_live=False,
    )
    going_live.go_live_at = at
    going_live.save_revision().publish()

    newest.title = f"Expiring in the stress run {stamp}"
    newest.expire_at = at
    newest.save_revision().publish()

    going_live.refresh_from_db()
    newest.refresh_from_db()
    assert not going_live.live and newest.live, "scheduling must change nothing before the date"
    print(json.dumps({"at": at.timestamp(), "going_live": describe(going_live), "expiring": describe(newest)}))


def describe(page):
    return {"id": page.pk, "title": page.title, "path": page.get_url_parts()[2]}


if __name__ == "__main__":
    main()
