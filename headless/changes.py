"""A change and the documents it makes due, committed together.

A change makes the stored documents showing what it changed due (documents.py). Left at
that, the first visitors to ask for them after the commit render them, each holding a worker
while visitors queue behind it. Made inside rendered_before_commit(), the change renders
them again in its own transaction, before it commits: visitors are served the old documents
until the commit and the new ones after it, and none of them renders.

An editor's change is made in a request to the admin or the v3 API (ChangesMiddleware); the
scheduler's publishing in the command that runs it. The documents past the first
DOCUMENTS_RENDERED_BEFORE_COMMIT (a snippet shown on hundreds of pages) stay due, for the
worker and the first request, as they are for a change made elsewhere."""

import logging
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.db import DatabaseError, transaction

logger = logging.getLogger(__name__)

# The paths made due by the change being made, in the order they were, or None.
_due = ContextVar("documents_due_in_change", default=None)

UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


def made_due(paths):
    """Notes paths a change made due (or asks to have rendered), if one is being made here."""
    due = _due.get()
    if due is not None:
        due.update(dict.fromkeys(paths))


@contextmanager
def rendered_before_commit():
    """Makes what is done inside one transaction, and renders before it commits the documents
    it made due. Within another such block, it is that block's change."""
    if _due.get() is not None or not settings.STORED_DOCUMENTS:
        yield
        return
    due = {}
    token = _due.set(due)
    try:
        with transaction.atomic():
            yield
            render(due)
    finally:
        _due.reset(token)


def render(due):
    from . import documents

    rendered = set()
    # A rendering may make more documents due (one it reads past its date): taken too, while
    # within the limit.
    while len(rendered) < settings.DOCUMENTS_RENDERED_BEFORE_COMMIT:
        waiting = [path for path in due if path not in rendered]
        if not waiting:
            break
        path = min(waiting, key=busiest_first)
        rendered.add(path)
        try:
            # A rendering that fails leaves its path due, not the change undone.
            with transaction.atomic():
                documents.render(path)
        except DatabaseError:
            logger.exception("Could not render %s before the change committed", path)
    left = len(due) - len(rendered)
    if left:
        logger.info("%s documents left due for the worker", left)


def busiest_first(path):
    """Home pages and section indexes before the pages under them; pages before API items."""
    return (not path.startswith("/"), path.count("/"), path)


class ChangesMiddleware:
    """Requests that may change content (any POST, PUT, PATCH or DELETE: the admin's, the v3
    API's writes) are answered inside rendered_before_commit()."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in UNSAFE_METHODS:
            return self.get_response(request)
        with rendered_before_commit():
            return self.get_response(request)
