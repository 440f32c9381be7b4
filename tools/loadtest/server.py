"""The site as production runs it (README, "Production"): the production settings, gunicorn
with gunicorn.conf.py, on a loopback port, in front of a database of its own. Requests are
sent as the proxy in front of gunicorn sends them: with the public host name and
`X-Forwarded-Proto: https`, so that production's HTTPS redirect stays on."""

import os
import re
import secrets
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from .postgres import free_port

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
HOST = "alliance.example.org"
PROXY_HEADERS = {"Host": HOST, "X-Forwarded-Proto": "https"}
# Settings of the caller's own environment that must not leak into the production server's.
NOT_INHERITED = {"DJANGO_SETTINGS_MODULE", "SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"}


# A line of gunicorn's access log as gunicorn.conf.py writes it: the request, status, size, microseconds.
ACCESS_LINE = re.compile(r'"[A-Z]+ (?P<path>\S+) HTTP/[\d.]+" (?P<status>\d{3}) \S+ (?P<micros>\d+)us')


class ServerError(RuntimeError):
    pass


def production_env(directory, database_url, **overrides):
    """The documented production environment, with every file the site writes kept under
    `directory`."""
    directory = Path(directory)
    env = {key: value for key, value in os.environ.items() if key not in NOT_INHERITED}
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS=HOST,
        DATABASE_URL=database_url,
        STATIC_ROOT=str(directory / "static"),
        MEDIA_ROOT=str(directory / "media"),
        PRIVATE_MEDIA_ROOT=str(directory / "private_media"),
        PYTHONUNBUFFERED="1",
    )
    env.update({key: str(value) for key, value in overrides.items()})
    return env


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def fetch(url, timeout=30, **headers):
    """(status, headers, body) of a GET; an HTTP error status is an answer, not an exception."""
    request = urllib.request.Request(url, headers={**PROXY_HEADERS, **headers})
    try:
        with OPENER.open(request, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


class ProductionServer:
    """`prepare()` migrates, loads the demo content and collects the static files; `with
    server:` runs gunicorn until the block is left."""

    def __init__(self, directory, database_url, workers=4, **env):
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.workers = workers
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = production_env(
            self.directory, database_url, GUNICORN_BIND=f"127.0.0.1:{self.port}", GUNICORN_WORKERS=workers, **env
        )
        self.log = self.directory / "gunicorn.log"
        self.process = None
        self.background = []

    def start_command(self, *args):
        """A management command started beside the server (the scheduler, the task worker, a
        step of `prepare()` run in parallel), stopped with it if still running; its output goes
        to a log file named after it."""
        log = open(self.directory / f"{args[0]}.log", "w")  # closed in stop()
        process = subprocess.Popen(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT
        )
        process.arguments, process.log = args, log
        self.background.append(process)
        return process

    def finish(self, process):
        if process.wait() != 0:
            process.log.flush()
            raise ServerError(f"manage.py {' '.join(process.arguments)} failed:\n{tail(process.log.name)}")

    def manage(self, *args):
        """Runs a management command to its end."""
        self.finish(self.start_command(*args))

    def prepare(self):
        """Migrates and loads the demo content, collecting the static files meanwhile."""
        static = self.start_command("collectstatic", "--no-input")
        self.manage("migrate", "--no-input")
        self.manage("load_demo_content")
        self.finish(static)

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc_info):
        self.stop()

    def start(self, timeout=180):
        log = open(self.log, "w")  # closed in stop()
        self.process = subprocess.Popen(
            [BIN / "gunicorn", "cms.wsgi"], cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT
        )
        self.process.log = log
        # The port opens before the workers have imported Django, which takes a while on a busy machine.
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise ServerError(f"gunicorn exited with {self.process.returncode}:\n{tail(self.log)}")
            try:
                if fetch(f"{self.url}/healthz", timeout=5)[0] == 200 and len(self.worker_pids()) == self.workers:
                    return
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise ServerError(f"gunicorn did not answer /healthz within {timeout} s:\n{tail(self.log)}")
            time.sleep(0.5)

    def stop(self):
        """Stops whatever it started that still runs; safe to call at any time, and again."""
        for process in self.background:
            stop_process(process, timeout=10)
            process.log.close()
        self.background = []
        if self.process is not None:
            stop_process(self.process, timeout=35)
            self.process.log.close()
            self.process = None

    def worker_pids(self):
        try:
            children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children").read_text()
        except OSError:
            return set()
        return {int(pid) for pid in children.split()}

    def request_times(self):
        """(seconds, status, path) of each request in gunicorn's access log so far."""
        with open(self.log, errors="replace") as log:
            return [
                (int(match["micros"]) / 1e6, int(match["status"]), match["path"])
                for match in map(ACCESS_LINE.search, log)
                if match
            ]

    def get(self, path, timeout=30, **headers):
        return fetch(f"{self.url}{path}", timeout=timeout, **headers)


def stop_process(process, timeout):
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def tail(path, lines=40):
    try:
        return "\n".join(Path(path).read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""
