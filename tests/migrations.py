"""Running a test against an app's older schema: rows are written the way an
earlier release wrote them, then every migration runs forward again.

Only the app named goes back; every other app stays at its latest migration,
and going forward always means every app's latest, so a migration added later
(in this app or one depending on it) is never left unapplied for the tests
that follow. Needs a transactional test: schema changes cannot run inside the
test's transaction on SQLite."""

import contextlib

from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def _leaf_nodes():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


@contextlib.contextmanager
def migrated_back(app_label, migration_name):
    """`with migrated_back("people", "0002_initial") as old_apps:` the models as
    they were then, in `old_apps`; leaving the block migrates everything forward."""
    targets = [node for node in _leaf_nodes() if node[0] != app_label] + [(app_label, migration_name)]
    executor = MigrationExecutor(connection)
    try:
        executor.migrate(targets)
        yield executor.loader.project_state(targets).apps
    finally:
        MigrationExecutor(connection).migrate(_leaf_nodes())
