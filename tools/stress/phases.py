"""The faults, one method each, against a running production server and its database."""

import json
import math
import os
import re
import signal
import time
from urllib.parse import urlsplit

from tools.loadtest.server import PROXY_HEADERS
from tools.loadtest.wrk import Wrk

# Error answers of a request that was already under way when the database went away are
# counted in the second they arrive: two seconds either side of the restart are part of it.
WINDOW_GRACE = 2
# How long gunicorn's master gets to replace a killed worker (it imports Django first).
REPLACE_TIMEOUT = 90


def progress(message):
    print(f"==> {message}", flush=True)


class StressRun:
    def __init__(self, cluster, server, config, report):
        self.cluster = cluster
        self.server = server
        self.config = config
        self.report = report
        self.paths = []
        self.static_paths = []

    # What to ask for

    def discover_paths(self):
        """The main pages, both APIs' listings, search and feeds, found through the API the way
        a consumer would, and the site's hashed static files as its pages link them."""
        news = self.json("/api/v2/pages/?type=news.NewsPage&fields=_,html_url&limit=1")["items"][0]
        topic = self.json("/api/v2/topics/?limit=1")["items"][0]
        country = next(item for item in self.json("/api/v2/countries/?limit=100")["items"] if item["page_count"])
        self.paths = [
            "/en/",
            "/en/news/",
            urlsplit(news["meta"]["html_url"]).path,
            f"/en/topics/{topic['slug']}/",
            f"/en/countries/{country['code']}/",
            "/api/v2/pages/?type=news.NewsPage&fields=title,date",
            "/api/v2/people/",
            "/api/v3/pages/",
            "/en/search/?q=roma",
            "/en/feeds/news.rss",
            "/en/feeds/news.json",
        ]
        home = self.server.get("/en/")[2].decode()
        self.static_paths = sorted(set(re.findall(r'href="(/static/[^"]+)"', home)))
        answers = {path: self.server.get(path)[0] for path in self.paths + self.static_paths}
        wrong = {path: status for path, status in answers.items() if status != 200}
        self.report.claim(
            "setup",
            f"every path of the load answers 200 ({len(self.paths)} pages and API listings, "
            f"{len(self.static_paths)} static files)",
            not wrong and self.static_paths,
            ", ".join(f"{path} {status}" for path, status in wrong.items()),
        )

    def json(self, path):
        status, _, body = self.server.get(path)
        if status != 200:
            raise RuntimeError(f"{path} answered {status}")
        return json.loads(body)

    def wrk(self, seconds, paths=None, connections=None):
        return Wrk(
            self.server.url,
            paths or self.paths,
            duration=seconds,
            connections=connections or self.config.connections,
            headers=PROXY_HEADERS,
        )

    def no_errors(self, phase, result):
        self.report.load(phase, result)
        self.report.claim(
            phase,
            "no errors under load",
            result.errors == 0 and result.requests > 0,
            f"{result.requests} requests, {result.errors} errors",
        )

    # Phases

    def warm_up(self):
        progress("warming up: every worker loads its templates and opens its connection")
        self.report.load("0 warm-up", self.wrk(5).run())

    def sustained(self):
        progress(f"phase 1: sustained load on {len(self.paths)} pages, API listings, search and feeds")
        self.no_errors("1 sustained load", self.wrk(self.config.duration).run())

    def postgres_restart(self):
        progress("phase 2: restarting PostgreSQL under load (pg_ctl restart -m fast)")
        run = self.wrk(15).start()
        try:
            time.sleep(4)
            started = time.time()
            self.cluster.restart(mode="fast")
            back = time.time()
            result = self.report.load("2 PostgreSQL restart", run.wait())
        finally:
            run.stop()
        window = (math.floor(started) - WINDOW_GRACE, math.ceil(back) + WINDOW_GRACE)
        outside = {
            second: count for second, count in result.error_seconds.items() if not window[0] <= second <= window[1]
        }
        self.report.claim(
            "2 PostgreSQL restart",
            f"errors only while PostgreSQL restarted ({back - started:.1f} s, ±{WINDOW_GRACE} s)",
            not outside and not result.socket_error_count,
            f"{result.error_answers} error answers, {sum(outside.values())} outside the restart, "
            f"{result.socket_error_count} socket errors",
        )
        self.only_503("2 PostgreSQL restart", result)
        progress("phase 2: load once PostgreSQL is back")
        self.no_errors("2 after the restart", self.wrk(10).run())

    def only_503(self, phase, result):
        other = {status: count for status, count in result.statuses.items() if status >= 400 and status != 503}
        self.report.claim(
            phase,
            "every error answer a 503 (never a 500)",
            not other,
            result.describe_errors(),
        )

    def database_down(self):
        seconds = self.config.down
        progress(f"phase 3: PostgreSQL stopped for {seconds} s")
        workers_before = self.server.worker_pids()
        master = self.server.process.pid
        self.cluster.stop(mode="fast")
        stopped = time.monotonic()
        try:
            self.probe_down()
            remaining = max(5, seconds - (time.monotonic() - stopped))
            pages = self.wrk(remaining, connections=max(1, self.config.connections - 2)).start()
            static = self.wrk(remaining, paths=self.static_paths, connections=2).start()
            try:
                pages_result = self.report.load("3 database down: pages, APIs", pages.wait())
                static_result = self.report.load("3 database down: static files", static.wait())
            finally:
                pages.stop()
                static.stop()
        finally:
            progress("phase 3: starting PostgreSQL again")
            self.cluster.start()
        down_for = time.monotonic() - stopped
        self.report.claim(
            "3 database down",
            "pages and APIs answer 503 all along, never a 500 or a dropped connection",
            pages_result.requests and pages_result.statuses == {503: pages_result.requests},
            f"{pages_result.describe_errors()} in {pages_result.requests} requests",
        )
        self.report.claim(
            "3 database down",
            "static files served all along",
            static_result.requests and static_result.errors == 0,
            f"{static_result.requests} requests, {static_result.errors} errors",
        )
        answers = {path: self.server.get(path)[0] for path in self.paths + ["/healthz"]}
        wrong = {path: status for path, status in answers.items() if status != 200}
        alive = self.server.process.poll() is None and self.server.process.pid == master
        kept = len(workers_before & self.server.worker_pids())
        self.report.claim(
            "3 database back",
            "the next requests answer 200, gunicorn not restarted",
            not wrong and alive,
            f"down {down_for:.0f} s; same master; {kept} of {len(workers_before)} workers from before the outage, "
            "the others replaced after GUNICORN_MAX_REQUESTS" + (f"; {wrong}" if wrong else ""),
        )
        progress("phase 3: load once the database is back")
        self.no_errors("3 after recovery", self.wrk(10).run())

    def probe_down(self):
        status, headers, body = self.server.get("/en/")
        page = body.decode(errors="replace")
        stylesheet = re.search(r'<link rel="stylesheet" href="([^"]+)"', page)
        self.report.claim(
            "3 database down",
            "a page answers the styled 503 page with Retry-After",
            status == 503
            and "briefly unavailable" in page
            and headers.get("Retry-After") == "30"
            and stylesheet
            and self.server.get(stylesheet.group(1))[0] == 200,
            f"{status}, stylesheet {stylesheet.group(1) if stylesheet else 'missing'}",
        )
        for path, content_type in (
            ("/api/v2/pages/", "application/json"),
            ("/api/v3/pages/", "application/problem+json"),
            ("/healthz", "application/json"),
        ):
            status, headers, _ = self.server.get(path)
            self.report.claim(
                "3 database down",
                f"{path} answers JSON 503",
                status == 503 and headers.get("Content-Type") == content_type,
                f"{status} {headers.get('Content-Type')}",
            )

    def worker_killed(self):
        progress("phase 4: a gunicorn worker killed (SIGKILL) under load")
        run = self.wrk(20).start()
        try:
            time.sleep(5)
            before = self.server.worker_pids()
            victim = max(before)
            os.kill(victim, signal.SIGKILL)
            killed = time.monotonic()
            replaced = None
            while time.monotonic() - killed < REPLACE_TIMEOUT:
                now = self.server.worker_pids()
                if victim not in now and len(now) == self.server.workers and now - before:
                    replaced = time.monotonic() - killed
                    break
                time.sleep(0.2)
            result = self.report.load("4 worker killed", run.wait())
        finally:
            run.stop()
        in_flight = math.ceil(self.config.connections / self.server.workers)
        self.report.claim(
            "4 worker killed",
            f"costs at most its in-flight requests (≤ {in_flight}: connections per worker)",
            result.errors <= in_flight,
            f"{result.errors} errors: {result.describe_errors()}",
        )
        self.report.claim(
            "4 worker killed",
            "the master replaces the worker",
            replaced is not None,
            f"worker {victim} replaced after {replaced:.1f} s" if replaced is not None else "not replaced",
        )
