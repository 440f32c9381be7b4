"""A real HTTP receiver on 127.0.0.1 and the database task worker run in the
test's own process, so deliveries travel the way they do in production."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django_tasks_db.management.commands.db_worker import Worker

from webhooks.models import Event, Webhook


class Receiver:
    def __init__(self):
        self.requests = []
        self.statuses = []  # answers to give, in order; 200 once they run out
        self.delay = 0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.requests.append({"headers": dict(self.headers), "body": body})
                time.sleep(receiver.delay)
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                answer = b"thanks" if status < 400 else b"receiver is down"
                try:
                    self.send_response(status)
                    self.send_header("Content-Length", str(len(answer)))
                    self.end_headers()
                    self.wfile.write(answer)
                except OSError:
                    pass  # the sender stopped waiting

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


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
    """What `manage.py db_worker --batch` does: run every task that is due, then stop."""
    Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    ).run()


@pytest.fixture
def make_webhook(db):
    def make(url, events=tuple(Event.values), **filters):
        webhook = Webhook.objects.create(name="Mirror", url=url, events=list(events), secret="s3cret")
        for name, values in filters.items():
            getattr(webhook, name).set(values)
        return webhook

    return make
