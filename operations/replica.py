"""Reads from a PostgreSQL hot standby, when DATABASE_REPLICA_URL names one.

Only anonymous visitors' GET and HEAD requests outside the editor read from the
standby: logged-in users (the editor, the intranet), every write, and whatever
a request reads after it has written in the same transaction stay on the
primary. Two rules keep a visitor from ever seeing content older than what was
published:

- every write that matters leaves the primary's WAL position (LSN) in the
  shared cache; a request reads from the standby only once the standby has
  replayed up to it, and from the primary until then;
- a visitor who has just sent something (a form, a page password) is kept on
  the primary for REPLICA_PIN_SECONDS by a cookie, so they see their own write.

A standby that cannot be reached sends its reads to the primary rather than
failing the request."""

import contextvars
import logging

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connections, transaction
from django.dispatch import receiver

from wagtail.signals import page_published, page_unpublished

logger = logging.getLogger(__name__)

ALIAS = "replica"
LSN_KEY = "replica:primary-lsn"
PIN_COOKIE = "primary_pin"
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
# Paths whose readers are editors or whose reads decide writes.
PRIMARY_PATHS = ("/admin/", "/django-admin/", "/healthz")

_use_replica = contextvars.ContextVar("use_replica", default=False)


def replica_configured():
    return bool(getattr(settings, "READ_REPLICA", False)) and ALIAS in settings.DATABASES


class ReadReplicaRouter:
    """Sends a read to the standby only inside a request the middleware
    cleared for it, and never once the request has opened a write transaction
    on the primary (what it wrote is not on the standby yet)."""

    def db_for_read(self, model, **hints):
        if _use_replica.get() and not connections["default"].in_atomic_block:
            return ALIAS
        return "default"

    def db_for_write(self, model, **hints):
        # Explicitly: without it Django would write an object back to the
        # database it was read from, the read-only standby.
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        # The standby replays the primary's schema; it is never migrated itself.
        return db == "default"


def _is_postgresql(alias):
    return connections[alias].vendor == "postgresql"


def record_primary_position():
    """Leave the primary's current WAL position where every instance looks."""
    if not replica_configured() or not _is_postgresql("default"):
        return
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT pg_current_wal_lsn()::text")
        (lsn,) = cursor.fetchone()
    cache.set(LSN_KEY, lsn, timeout=None)


def replica_caught_up():
    """Whether the standby has replayed the last recorded write. An unreachable
    standby counts as behind: its readers go to the primary."""
    if not _is_postgresql(ALIAS):
        return True
    lsn = cache.get(LSN_KEY)
    try:
        with connections[ALIAS].cursor() as cursor:
            if lsn is None:
                cursor.execute("SELECT 1")
                return True
            # NULL when the server is not a standby (replica set to the primary itself): nothing to wait for.
            cursor.execute("SELECT coalesce(pg_last_wal_replay_lsn() >= %s::pg_lsn, true)", [lsn])
            (caught_up,) = cursor.fetchone()
            return caught_up
    except DatabaseError:
        logger.warning("The read replica cannot be reached; reading from the primary.", exc_info=True)
        connections[ALIAS].close()
        return False


class ReadReplicaMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not replica_configured():
            return self.get_response(request)
        token = _use_replica.set(self.may_read_replica(request))
        try:
            response = self.get_response(request)
        finally:
            _use_replica.reset(token)
        if request.method not in SAFE_METHODS:
            # Whatever it wrote is on the primary only: record where the
            # primary is, and keep this visitor reading there for a while.
            transaction.on_commit(record_primary_position)
            response.set_cookie(
                PIN_COOKIE,
                "1",
                max_age=settings.REPLICA_PIN_SECONDS,
                httponly=True,
                samesite="Lax",
                secure=request.is_secure(),
            )
        return response

    @staticmethod
    def may_read_replica(request):
        return (
            request.method in SAFE_METHODS
            # A made-up request (a preview, a page rendered to be stored) reads what was just written.
            and not getattr(request, "is_dummy", False)
            and not request.path.startswith(PRIMARY_PATHS)
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and PIN_COOKIE not in request.COOKIES
            and replica_caught_up()
        )


@receiver(page_published)
@receiver(page_unpublished)
def page_changed(sender, **kwargs):
    # Publishing from the scheduler or a command happens outside any request:
    # the position is recorded once the change is committed.
    if replica_configured():
        transaction.on_commit(record_primary_position)
