from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from home.synthetic import SyntheticSite


class Command(BaseCommand):
    help = (
        "Fill the site up to --size pages (both languages counted) with synthetic news, interviews, "
        "events, participants and intranet pages, for measuring. Run again with a larger size to top it up."
    )

    def add_arguments(self, parser):
        parser.add_argument("--size", type=int, default=10_000, help="Pages the site should have (default 10000).")
        parser.add_argument("--seed", type=int, default=1, help="Seed of the random choices (default 1).")
        parser.add_argument(
            "--french-share", type=float, default=0.3, help="Share of the pages also made in French (default 0.3)."
        )
        parser.add_argument("--progress-every", type=int, default=1000, help="Report every N pages (default 1000).")
        parser.add_argument(
            "--no-search-index", action="store_true", help="Leave the new pages out of the site search's index."
        )

    def handle(self, *args, size, seed, french_share, progress_every, no_search_index, **options):
        if size < 1:
            raise CommandError("--size must be at least 1.")
        if not 0 <= french_share <= 1:
            raise CommandError("--french-share is a share, between 0 and 1.")
        site = SyntheticSite(
            size,
            seed=seed,
            french_share=french_share,
            progress_every=max(1, progress_every),
            search_index=not no_search_index,
            log=self.stdout.write,
        )
        created = site.build()
        if created and connection.vendor == "postgresql":
            # What a database in service has: autovacuum would otherwise vacuum and analyse the new
            # rows a minute later, on the CPUs of whatever is being measured then (make bench's first
            # rows ran 20% slower at 10,000 pages), and plan with no statistics until it does.
            # VACUUM cannot run inside a transaction (a test's): ANALYZE alone there.
            command = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
            self.stdout.write(f"{command}…")
            with connection.cursor() as cursor:
                cursor.execute(command)
        self.stdout.write(self.style.SUCCESS(f"Synthetic site: {created} pages added."))
