import datetime
import logging

from django_tasks import task

from . import documents
from .models import StoredDocument

logger = logging.getLogger(__name__)


# Before the rest of the queue (the reference index, the search index, webhooks): until the
# pages a change made due are stored again, the first request for each renders it.
@task(priority=50)
def render_documents(paths, asked):
    """Renders and stores the documents at `paths` (documents.py), asked for at the ISO moment
    `asked` by the change that made them due, but those stored since (by a request, or an
    earlier batch)."""
    # A worker outlives the code it started with where the server reloads (runserver): each
    # batch is stored under the release on disk now.
    documents.release.cache_clear()
    since = datetime.datetime.fromisoformat(asked)
    done = set(StoredDocument.objects.filter(path__in=paths, rendered_at__gte=since).values_list("path", flat=True))
    stored = sum(1 for path in paths if path not in done and documents.render(path))
    logger.info("Stored %s of %s documents", stored, len(paths))
    return stored
