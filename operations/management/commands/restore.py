from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from operations.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Replace the database's content and the media files by a backup's (from `backup`). "
        "Run `migrate` first on a new database; the code must be the version that made the backup."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The .tar.gz written by `manage.py backup`")
        parser.add_argument("--no-input", action="store_false", dest="interactive", help="Do not ask to confirm")

    def handle(self, *args, archive, interactive=True, **options):
        if not Path(archive).is_file():
            raise CommandError(f"No backup at {archive}.")
        if interactive:
            answer = input(
                "Everything in the database and the media files will be replaced by the backup. Type 'yes': "
            )
            if answer != "yes":
                raise CommandError("Restore cancelled.")
        try:
            manifest = restore_backup(archive)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Restored the backup of {manifest['created']} ({manifest['media_files']} media files).")
