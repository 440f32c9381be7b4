import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connections

from headless.changes import rendered_before_commit


class Command(BaseCommand):
    help = (
        "Run `publish_scheduled` every --interval seconds until stopped: pages go live at their "
        "go-live date and are unpublished at their expiry date. `make run` starts it beside the server; "
        "in production run it as a service, or run `publish_scheduled` from a timer (README)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=60, help="Seconds between two runs (default 60).")
        parser.add_argument("--runs", type=int, default=0, help="Stop after this many runs (default: never).")

    def handle(self, *args, interval, runs, **options):
        done = 0
        while True:
            try:
                # Pages going live or expiring commit with the documents that show them rendered.
                with rendered_before_commit():
                    call_command("publish_scheduled", stdout=self.stdout, stderr=self.stderr)
            except Exception as error:  # one failed run (a database restarting) must not stop the next ones
                self.stderr.write(f"publish_scheduled failed: {error}")
            finally:
                close_stale_connections()
            done += 1
            if runs and done >= runs:
                return
            time.sleep(interval)


def close_stale_connections():
    """A long-running command must drop connections the server closed or that
    outlived CONN_MAX_AGE, as Django does between requests; a transaction a
    caller holds open around the command is left alone."""
    for connection in connections.all(initialized_only=True):
        if not connection.in_atomic_block:
            connection.close_if_unusable_or_obsolete()
