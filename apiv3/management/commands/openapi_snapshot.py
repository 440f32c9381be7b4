from django.core.management.base import BaseCommand

from apiv3.api import api
from apiv3.openapi import SNAPSHOT_PATH, render_openapi


class Command(BaseCommand):
    help = "Rewrite apiv3/openapi.snapshot.json from the v3 API as the code now defines it (`make openapi`)."

    def handle(self, *args, **options):
        SNAPSHOT_PATH.write_text(render_openapi(api.get_openapi_schema()))
        self.stdout.write(f"Wrote {SNAPSHOT_PATH}")
