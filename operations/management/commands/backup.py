from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from operations.backup import create_backup


class Command(BaseCommand):
    help = "Write the whole database and every media file to one .tar.gz archive (restore it with `restore`)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            help="Where to write the archive (default: backups/alliance-<date>-<time>.tar.gz)",
        )

    def handle(self, *args, output=None, **options):
        if output is None:
            folder = Path(settings.BASE_DIR) / "backups"
            folder.mkdir(exist_ok=True)
            output = folder / f"alliance-{timezone.now():%Y%m%d-%H%M%S}.tar.gz"
        manifest = create_backup(output)
        self.stdout.write(
            f"Backed up the {manifest['database_vendor']} database and {manifest['media_files']} media files to {output}"
        )
