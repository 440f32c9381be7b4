"""Run by the bench under the production settings (`python -m tools.bench.publisher
--interval 10 --duration 60`): an editor at work while visitors read the site. Every
`interval` seconds it publishes a new revision of one English news item (its title changed),
as the editor's Publish button does, until `duration` seconds have passed. Prints how many
it published and how long each publish took, as JSON on its last line."""

import argparse
import json
import time


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--interval", type=float, default=10, help="Seconds between two publishes.")
    parser.add_argument("--duration", type=float, default=60, help="Seconds to go on publishing.")
    args = parser.parse_args(argv)

    import django

    django.setup()

    from headless.changes import rendered_before_commit
    from news.models import NewsItemPage

    pages = list(
        NewsItemPage.objects.live()
        .filter(locale__language_code="en")
        .order_by("-date", "-pk")
        .values_list("pk", flat=True)[:50]
    )
    began = time.monotonic()
    took = []
    while time.monotonic() - began < args.duration:
        due = began + len(took) * args.interval
        time.sleep(max(0.0, due - time.monotonic()))
        start = time.monotonic()
        # As the admin's request does it (headless.changes.ChangesMiddleware).
        with rendered_before_commit():
            page = NewsItemPage.objects.get(pk=pages[len(took) % len(pages)]).specific
            page.title = f"{page.title.split(' · ')[0]} · revised {len(took) + 1}"
            page.save_revision().publish()
        took.append(time.monotonic() - start)
    print(json.dumps({"published": len(took), "seconds": [round(seconds, 3) for seconds in took]}))


if __name__ == "__main__":
    main()
