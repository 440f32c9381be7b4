import itertools
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db.models import F
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page, get_page_models

from headless import documents
from news.feeds import FEED_TYPES
from taxonomy.models import Country, Topic


class Command(BaseCommand):
    help = (
        "Render and store every live page as anonymous visitors get it, and its API item, and each "
        "page type's API listing (headless/documents.py): to fill the store of a database loaded in bulk."
    )

    def add_arguments(self, parser):
        parser.add_argument("--progress-every", type=int, default=500, help="Print progress every N pages (500).")
        parser.add_argument(
            "--shard",
            default="1/1",
            help="K/N: store the Kth of N shares of the pages, for N commands run side by side (1/1: all).",
        )

    def handle(self, *args, progress_every, shard, **options):
        try:
            share, shares = (int(part) for part in shard.split("/"))
            assert 1 <= share <= shares
        except (ValueError, AssertionError):
            raise CommandError(f"--shard takes K/N with 1 <= K <= N, such as 1/2, not {shard!r}.") from None
        pages = Page.objects.live().filter(depth__gt=1).specific(defer=True).order_by("path")
        if shares > 1:
            pages = pages.annotate(share=F("pk") % shares).filter(share=share - 1)
        others = [path for index, path in enumerate(other_paths()) if index % shares == share - 1]
        total = 2 * pages.count() + len(others)
        started = time.monotonic()
        stored = 0
        paths = itertools.chain(
            (path for page in pages.iterator(chunk_size=500) for path in documents.page_paths(page)), others
        )
        for done, path in enumerate(paths, start=1):
            if path and documents.render(path):
                stored += 1
            if done % progress_every == 0 or done == total:
                self.stdout.write(
                    f"  {done} of {total} addresses, {stored} stored ({time.monotonic() - started:.0f} s)"
                )
        self.stdout.write(
            self.style.SUCCESS(f"Stored {stored} of {total} addresses; the others are not public or show nothing.")
        )


def other_paths():
    """The v2 listing of each page type; the topic and country pages and their indexes, and the
    site's feeds, in every language."""
    yield from (documents.Listing.key_of(model) for model in get_page_models() if model is not Page)
    topics = list(Topic.objects.in_default_locale().values_list("slug", flat=True))
    codes = sorted(set(Country.objects.values_list("code", flat=True)))
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            yield reverse("topic-index")
            yield reverse("country-index")
            yield from (reverse("topic-detail", args=[slug]) for slug in topics)
            yield from (reverse("country-detail", args=[code]) for code in codes)
            yield reverse("events-feed")
            yield from (reverse("news-feed", kwargs={"format": format}) for format in FEED_TYPES)
