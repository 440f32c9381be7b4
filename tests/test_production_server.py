"""The production server as the README starts it: gunicorn with gunicorn.conf.py and the
production settings, answering the health check, sending HSTS behind the proxy, logging each
request to its standard output, and stopping gracefully."""

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
def server(tmp_path):
    port = free_port()
    env = {key: value for key, value in os.environ.items() if key not in NOT_INHERITED | {"DATABASE_URL"}}
    env.update(
        PRODUCTION_ENV,
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        STATIC_ROOT=str(tmp_path / "static"),
        GUNICORN_BIND=f"127.0.0.1:{port}",
        GUNICORN_WORKERS="2",
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
    status, headers, _ = get(f"{url}/robots.txt", **{"X-Forwarded-Proto": "https"})
    assert status == 200
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert "script-src 'self'" in headers["Content-Security-Policy"]

    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=35) == 0
    output = log.read_text()
    assert '"GET /healthz HTTP/1.1" 200' in output, output
    assert "Booting worker" in output
