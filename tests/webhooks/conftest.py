"""A real HTTP receiver on 127.0.0.1 and the database task worker run in the
test's own process, so deliveries travel the way they do in production."""

import pytest
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from django_tasks_db.utils import exclusive_transaction

from tests.receiver import Receiver
from webhooks.models import Event, Webhook


@pytest.fixture
def receiver():
    with Receiver() as running:
        yield running


@pytest.fixture
def unreachable_url():
    # A port that was free a moment ago and that nobody listens on.
    with Receiver() as closed:
        url = closed.url
    return url


@pytest.fixture
def database_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.WEBHOOK_RETRY_DELAYS = [60, 300]
    settings.WEBHOOK_TIMEOUT = 1


def run_worker():
    """What `manage.py db_worker --batch` does: claim and run every task that
    is due, then stop. Its own loop is left out only for closing the database
    connection between tasks, which would end the test's transaction."""
    worker = Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    )
    while True:
        with exclusive_transaction():
            task_result = DBTaskResult.objects.ready().filter(backend_name="default").get_locked()
            if task_result is None:
                return
            task_result.claim(worker.worker_id)
        worker.run_task(task_result)


@pytest.fixture
def make_webhook(db):
    def make(url, events=tuple(Event.values), **filters):
        webhook = Webhook.objects.create(name="Mirror", url=url, events=list(events), secret="s3cret")
        for name, values in filters.items():
            getattr(webhook, name).set(values)
        return webhook

    return make
