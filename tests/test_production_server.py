"""The production server as the README starts it: gunicorn with gunicorn.conf.py and the
production settings, answering the health check, sending HSTS behind the proxy, logging each
request to its standard output, stopping gracefully, and replacing its workers (forked from
the master, which keeps no connection of theirs) without losing a request."""

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from .test_settings import NOT_INHERITED, PRODUCTION_ENV, ROOT

GUNICORN = Path(sys.executable).with_name("gunicorn")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(url, **headers):
    request = urllib.request.Request(url, headers={"Host": "alliance.example.org", **headers})
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.fixture
def server(tmp_path, request):
    """gunicorn as the README starts it; a test may add to its environment (indirect parameter)."""
    port = free_port()
    env = {key: value for key, value in os.environ.items() if key not in NOT_INHERITED | {"DATABASE_URL"}}
    env.update(
        PRODUCTION_ENV,
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        STATIC_ROOT=str(tmp_path / "static"),
        GUNICORN_BIND=f"127.0.0.1:{port}",
        GUNICORN_WORKERS="2",
        **getattr(request, "param", {}),
    )
    log = open(tmp_path / "gunicorn.log", "w+")
    process = subprocess.Popen([GUNICORN, "cms.wsgi"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    # The port opens before the workers have imported Django; on a busy machine that takes a while.
    deadline = time.monotonic() + 120
    while True:
        assert process.poll() is None, (tmp_path / "gunicorn.log").read_text()
        try:
            get(f"{url}/healthz")
            break
        except OSError:
            assert time.monotonic() < deadline, "gunicorn did not answer within two minutes"
            time.sleep(0.5)
    yield url, process, tmp_path / "gunicorn.log"
    if process.poll() is None:
        process.kill()
    process.wait()
    log.close()


def test_gunicorn_serves_the_production_site_and_stops_gracefully(server):
    url, process, log = server
    status, headers, body = get(f"{url}/healthz")
    assert status == 200, body
    assert json.loads(body)["status"] == "ok"
    assert "no-store" in headers["Cache-Control"]

    # Plain HTTP is sent to HTTPS; behind the proxy, HTTPS responses carry HSTS.
    status, headers, _ = get(f"{url}/robots.txt")
    assert status == 301 and headers["Location"] == "https://alliance.example.org/robots.txt"
    # The health check: it reads no content, and this database is not migrated.
    status, headers, _ = get(f"{url}/healthz", **{"X-Forwarded-Proto": "https"})
    assert status == 200
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert "script-src 'self'" in headers["Content-Security-Policy"]

    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=35) == 0
    output = log.read_text()
    assert '"GET /healthz HTTP/1.1" 200' in output, output
    assert "Booting worker" in output


@pytest.mark.parametrize(
    "server", [{"GUNICORN_MAX_REQUESTS": "3", "GUNICORN_MAX_REQUESTS_JITTER": "0"}], indirect=True
)
def test_workers_are_replaced_from_the_loaded_master_without_losing_a_request(server):
    url, process, log = server
    # Each worker answers three requests, then is replaced by a fork of the master.
    for _ in range(20):
        status, _, body = get(f"{url}/healthz")
        assert status == 200, body
    output = log.read_text()
    assert output.count("Autorestarting worker") >= 4, output
    # The health check opened the database in the workers; the master, which forks them, has
    # not: a connection it held would be shared by every worker forked after.
    held = [os.readlink(fd) for fd in Path(f"/proc/{process.pid}/fd").iterdir()]
    assert not [path for path in held if "db.sqlite3" in path], held
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=35) == 0
