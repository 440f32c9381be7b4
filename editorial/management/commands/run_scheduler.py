import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import close_old_connections


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
                call_command("publish_scheduled", stdout=self.stdout, stderr=self.stderr)
            except Exception as error:  # one failed run (a database restarting) must not stop the next ones
                self.stderr.write(f"publish_scheduled failed: {error}")
            finally:
                # Between runs the connection may be closed by the server; Django checks it here.
                close_old_connections()
            done += 1
            if runs and done >= runs:
                return
            time.sleep(interval)
