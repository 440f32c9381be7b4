"""One archive holding the whole database and every media file, and its restore.

The database goes through Django's serializers (dumpdata, loaddata) rather than pg_dump: the
same archive restores on SQLite or PostgreSQL whatever it was taken from, it covers every
installed app without naming any (the translations' tables included, once they exist), and
it needs no client tools of the server's version. Every row keeps its primary key, content
types and permissions included, so page ids in URLs, API answers and revisions are exactly
as they were. What is rebuilt rather than stored: the search index, sessions, the task
queue's rows and the editors' live editing sessions. A restore needs the same code (the same
migrations) as the backup; the archive records them and a mismatch is refused.

The media files go through the storage API, public media (the default storage) under media/
and the private images of restricted collections (the "private" storage) under private_media/,
so that storages on S3-compatible object storage back up and restore like directories on disk.
"""

import io
import json
import tarfile
import tempfile
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

FORMAT = 1
MANIFEST = "manifest.json"
DATABASE = "database.json"
# Each storage's folder in the archive. An archive made before private_media/ existed restores too.
MEDIA_FOLDERS = {"media": "default", "private_media": "private"}
# Derived or short-lived rows: rebuilt (wagtailsearch holds only the search index, whose tables
# differ between SQLite and PostgreSQL; update_index rebuilds it) or not worth keeping.
NOT_BACKED_UP = [
    "wagtailsearch",
    "sessions.Session",
    "wagtailadmin.EditingSession",
    "django_tasks_database.DBTaskResult",
]


class BackupError(Exception):
    pass


def apps_in_load_order():
    """Content types first: Wagtail's Page() looks its own up when it is built, and would
    create it anew (under another id) if the row were not loaded yet."""
    labels = [config.label for config in apps.get_app_configs()]
    return ["contenttypes", *(label for label in labels if label != "contenttypes")]


def applied_migrations(database=DEFAULT_DB_ALIAS):
    recorder = MigrationRecorder(connections[database])
    return sorted(f"{app}.{name}" for app, name in recorder.applied_migrations())


def media_files(storage=None, folder=""):
    storage = storages["default"] if storage is None else storage
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:  # a site with no upload yet has no media folder
        return
    for name in sorted(files):
        yield f"{folder}/{name}" if folder else name
    for subfolder in sorted(folders):
        yield from media_files(storage, f"{folder}/{subfolder}" if folder else subfolder)


def add_bytes(archive, name, data):
    member = tarfile.TarInfo(name)
    member.size = len(data)
    member.mtime = int(timezone.now().timestamp())
    archive.addfile(member, io.BytesIO(data))


def create_backup(path, database=DEFAULT_DB_ALIAS):
    """Writes the archive to path; returns its manifest."""
    with tempfile.TemporaryDirectory() as folder:
        dump = Path(folder) / DATABASE
        # One transaction, so that the dump is a consistent picture of a site in use.
        with transaction.atomic(using=database):
            call_command(
                "dumpdata",
                *apps_in_load_order(),
                database=database,
                exclude=NOT_BACKED_UP,
                use_base_manager=True,
                output=str(dump),
                verbosity=0,
            )
            migrations = applied_migrations(database)
        files = {folder: list(media_files(storages[alias])) for folder, alias in MEDIA_FOLDERS.items()}
        manifest = {
            "format": FORMAT,
            "created": timezone.now().isoformat(),
            "database_vendor": connections[database].vendor,
            "migrations": migrations,
            "media_files": sum(len(names) for names in files.values()),
        }
        with tarfile.open(path, "w:gz") as archive:
            add_bytes(archive, MANIFEST, json.dumps(manifest, indent=2).encode())
            archive.add(dump, arcname=DATABASE)
            for folder, alias in MEDIA_FOLDERS.items():
                for name in files[folder]:
                    with storages[alias].open(name, "rb") as file:
                        add_bytes(archive, f"{folder}/{name}", file.read())
    return manifest


def read_manifest(archive):
    try:
        manifest = json.load(archive.extractfile(MANIFEST))
    except (KeyError, ValueError) as error:
        raise BackupError(f"Not an Alliance CMS backup: no readable {MANIFEST} ({error}).") from error
    if manifest.get("format") != FORMAT:
        raise BackupError(f"Backup format {manifest.get('format')!r} is not the one this version reads ({FORMAT}).")
    return manifest


def media_name(member, folder):
    """The storage name of an archive member under a media folder, refusing any that would
    land outside it."""
    path = PurePosixPath(member.name)
    if not member.isfile() or path.is_absolute() or ".." in path.parts:
        raise BackupError(f"Refusing the archive member {member.name!r}.")
    return str(path.relative_to(folder))


def restore_file(storage, name, archive, member):
    if storage.exists(name):
        storage.delete(name)
    saved = storage.save(name, ContentFile(archive.extractfile(member).read()))
    if saved != name:
        # The database names the file: one saved under another name is lost to the site.
        raise BackupError(f"The storage kept {name!r} as {saved!r}; restore into empty media storages.")


def restore_backup(path, database=DEFAULT_DB_ALIAS):
    """Replaces the database's content and the media files by the archive's; returns its
    manifest. The database must be migrated to exactly the backup's migrations."""
    with tarfile.open(path, "r:gz") as archive:
        manifest = read_manifest(archive)
        missing = sorted(set(manifest["migrations"]) - set(applied_migrations(database)))
        extra = sorted(set(applied_migrations(database)) - set(manifest["migrations"]))
        if missing or extra:
            raise BackupError(
                "The database's migrations differ from the backup's: restore with the code version that "
                "made the backup, then migrate. "
                + (f"Not applied here: {', '.join(missing[:5])}. " if missing else "")
                + (f"Not in the backup: {', '.join(extra[:5])}." if extra else "")
            )
        with tempfile.TemporaryDirectory() as folder:
            dump = Path(folder) / DATABASE
            dump.write_bytes(archive.extractfile(DATABASE).read())
            with transaction.atomic(using=database):
                # Every table emptied, the content types and permissions that migrate made included:
                # the backup brings its own, with their ids.
                call_command("flush", database=database, interactive=False, inhibit_post_migrate=True, verbosity=0)
                call_command("loaddata", str(dump), database=database, verbosity=0)
        for member in archive.getmembers():
            folder = member.name.partition("/")[0]
            if folder in MEDIA_FOLDERS:
                restore_file(storages[MEDIA_FOLDERS[folder]], media_name(member, folder), archive, member)
    call_command("update_index", verbosity=0)
    return manifest
