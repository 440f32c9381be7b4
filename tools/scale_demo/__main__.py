"""python -m tools.scale_demo (make scale-demo): the topology of docs/deployment.md on
loopback, and the claims made there, checked.

Starts a PostgreSQL primary and a hot standby streaming from it (its replay held back by
SCALE_APPLY_DELAY, 3 s, so that a stale read would show), Redis, two application instances
with the production settings sharing them, and nginx in front. Then:

1. nginx spreads requests over both instances and serves the static files itself;
2. anonymous reads go to the standby, not the primary;
3. a page published through instance 1 (the v3 API, an editor's token) is served fresh by
   instance 2 and through nginx on the very next request, although the standby has not
   replayed the change yet and both instances had the old page cached;
4. once the standby has caught up, anonymous reads go back to it;
5. with the standby stopped, the site keeps answering (from the primary), without errors.

Exits 1 if a claim fails, 2 if the run could not be carried out."""

import contextlib
import json
import os
import secrets
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

from tools.loadtest.nginx import Nginx
from tools.loadtest.postgres import ThrowawayCluster
from tools.loadtest.redis import ThrowawayRedis
from tools.loadtest.replication import ThrowawayStandby
from tools.loadtest.run import heading, scratch_directory, stop_on_signals
from tools.loadtest.server import PROXY_HEADERS, ProductionServer
from tools.stress.report import Report

APPLY_DELAY = float(os.environ.get("SCALE_APPLY_DELAY", "3"))
KEEP = os.environ.get("SCALE_KEEP", "") == "1"

TOKEN_SCRIPT = """
from django.contrib.auth import get_user_model
from wagtail.models import APIToken
user, _ = get_user_model().objects.get_or_create(username="scale-demo", defaults={"is_superuser": True, "is_staff": True})
print("TOKEN=" + APIToken.create_token(user=user, name="scale demo")[1])
"""


def progress(message):
    print(f"==> {message}", flush=True)


def send(url, method, payload, token):
    body = json.dumps(payload).encode()
    headers = {**PROXY_HEADERS, "Content-Type": "application/json", "Authorization": f"Bearer {token}"}
    request = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def transactions(cluster):
    """Transactions committed so far in the site's database of this server."""
    return int(cluster.query(f"SELECT xact_commit FROM pg_stat_database WHERE datname = '{cluster.database}'"))


# PostgreSQL (15 and later) publishes a backend's counters when a transaction ends, at most once
# a second; a backend gone idle with counters still pending publishes them ten seconds later
# (PGSTAT_IDLE_INTERVAL). The instances keep their connections (DB_CONN_MAX_AGE), so the last
# second of requests was counted only then: waiting a second and a half, the first read phase
# saw 35 transactions on the standby for 40 requests, which each make at least one there.
STATISTICS_PUBLISHED_WITHIN = 11


def settle_statistics():
    time.sleep(STATISTICS_PUBLISHED_WITHIN)


class ScaleDemo:
    def __init__(self, primary, standby, instances, nginx, report):
        self.primary, self.standby, self.instances, self.nginx = primary, standby, instances, nginx
        self.report = report

    def reads_by_server(self, paths, server):
        """(primary, standby) transactions while `server` answers `paths`, anonymously."""
        settle_statistics()
        before = transactions(self.primary), transactions(self.standby)
        statuses = [server.get(path)[0] for path in paths]
        settle_statistics()
        after = transactions(self.primary), transactions(self.standby)
        return after[0] - before[0], after[1] - before[1], statuses

    def balancing(self):
        progress("nginx in front of both instances")
        upstreams = {self.nginx.get("/en/")[1].get("X-Upstream") for _ in range(6)}
        expected = {instance.url.removeprefix("http://") for instance in self.instances}
        self.report.claim(
            "nginx", "requests are spread over both instances", upstreams == expected, ", ".join(sorted(upstreams))
        )
        status, headers, _ = self.nginx.get("/static/css/site.css")
        self.report.claim(
            "nginx",
            "nginx serves the static files itself",
            status == 200 and not headers.get("X-Upstream"),
            f"{status}",
        )

    def anonymous_reads(self, phase, distinct):
        # Distinct addresses, so that each one misses the response cache and reads the database.
        paths = [f"/api/v2/pages/?limit=1&offset={distinct + index}" for index in range(40)]
        on_primary, on_standby, statuses = self.reads_by_server(paths, self.nginx)
        self.report.claim(
            phase,
            "anonymous reads go to the standby",
            all(status == 200 for status in statuses) and on_standby >= len(paths) and on_primary < len(paths) / 4,
            f"{len(paths)} requests: {on_standby} transactions on the standby, {on_primary} on the primary",
        )

    def fresh_after_publishing(self, token):
        first, second = self.instances
        status, _, body = second.get("/api/v2/pages/?type=news.NewsPage&locale=en&limit=1&fields=title")
        item = json.loads(body)["items"][0]
        page_id, title = item["id"], item["title"]
        path = urllib.parse.urlparse(item["meta"]["html_url"]).path
        progress(f"warming both instances' cache with {path}")
        for instance in self.instances:
            instance.get(path)
            cached = instance.get(path)[1].get("X-Cache")
            self.report.claim(
                "publish",
                f"{instance.url} serves the page from the shared cache",
                cached == "HIT",
                f"X-Cache: {cached}",
            )

        new_title = f"{title} (updated {time.strftime('%H:%M:%S')})"
        progress(f"publishing a new title through instance 1's v3 API: {new_title!r}")
        status, body = send(
            f"{first.url}/api/v3/pages/{page_id}/", "PATCH", {"title": new_title, "meta": {"action": "publish"}}, token
        )
        if not self.report.claim(
            "publish",
            "the editor's token publishes through instance 1",
            status == 200,
            f"{status}" if status == 200 else f"{status} {body[:200]!r}",
        ):
            return
        seen = {}
        for name, server in [("instance 2", second), ("nginx", self.nginx), ("instance 1", first)]:
            status, headers, body = server.get(path)
            seen[name] = new_title.encode() in body
            self.report.claim(
                "publish",
                f"{name} serves the new title on the next request",
                status == 200 and seen[name],
                f"{status}, X-Cache: {headers.get('X-Cache')}",
            )
        api = json.loads(second.get(f"/api/v2/pages/{page_id}/")[2])
        self.report.claim(
            "publish", "instance 2's API has the new title", api.get("title") == new_title, api.get("title", "")
        )
        on_standby = self.standby.query(f"SELECT title FROM wagtailcore_page WHERE id = {page_id}")
        self.report.claim(
            "publish",
            "meanwhile the standby still had the old title (so it was not read)",
            on_standby != new_title,
            f"standby: {on_standby!r}",
        )
        deadline = time.monotonic() + APPLY_DELAY + 30
        while self.standby.query(f"SELECT title FROM wagtailcore_page WHERE id = {page_id}") != new_title:
            if time.monotonic() > deadline:
                break
            time.sleep(0.5)
        self.report.claim(
            "publish",
            "the standby replays the change after its delay",
            self.standby.query(f"SELECT title FROM wagtailcore_page WHERE id = {page_id}") == new_title,
        )

    def standby_down(self):
        progress("stopping the standby")
        self.standby.stop()
        paths = [f"/api/v2/pages/?limit=1&offset={100 + index}" for index in range(10)] + ["/en/", "/en/news/"]
        statuses = [self.nginx.get(path)[0] for path in paths]
        self.report.claim(
            "standby down",
            "the site keeps answering from the primary",
            all(status == 200 for status in statuses),
            f"{statuses.count(200)} of {len(statuses)} answered 200",
        )


def main():
    stop_on_signals()
    report = Report()
    began = time.monotonic()
    with scratch_directory("alliance-scale-", KEEP) as directory:
        failed = carry_out(report, directory)
    print(heading("Scale-out run", began, f"{os.cpu_count()} CPUs"))
    print(report.claim_table())
    print()
    print(report.verdict())
    return failed


def carry_out(report, directory):
    instances = []
    try:
        with contextlib.ExitStack() as stack:
            primary = stack.enter_context(ThrowawayCluster(settings={"fsync": "off"}, keep=KEEP))
            progress(f"PostgreSQL primary on 127.0.0.1:{primary.port}")
            redis = stack.enter_context(ThrowawayRedis())
            progress(f"Redis on 127.0.0.1:{redis.port}")
            shared = {
                "STATIC_ROOT": directory / "static",
                "MEDIA_ROOT": directory / "media",
                "PRIVATE_MEDIA_ROOT": directory / "private_media",
                "CACHE_URL": redis.url,
                # One key for all: sessions, signed cookies and API token digests must hold on every instance.
                "SECRET_KEY": secrets.token_urlsafe(50),
                "DB_CONN_MAX_AGE": 60,
            }
            setup = ProductionServer(directory / "setup", primary.url, workers=1, **shared)
            stack.callback(setup.stop)
            progress("migrating and loading the demo content on the primary, collecting the static files meanwhile")
            setup.prepare()
            setup.manage("shell", "--command", TOKEN_SCRIPT)
            token = next(
                line.removeprefix("TOKEN=")
                for line in (setup.directory / "shell.log").read_text().splitlines()
                if line.startswith("TOKEN=")
            )
            standby = stack.enter_context(ThrowawayStandby(primary, apply_delay=f"{APPLY_DELAY:g}s", keep=KEEP))
            progress(f"hot standby on 127.0.0.1:{standby.port}, replaying {APPLY_DELAY:g} s behind the primary")
            report.claim("setup", "the standby is in recovery, streaming from the primary", standby.is_in_recovery())
            for number in (1, 2):
                instance = ProductionServer(
                    directory / f"instance{number}",
                    primary.url,
                    workers=2,
                    DATABASE_REPLICA_URL=standby.url,
                    **shared,
                )
                stack.callback(instance.stop)
                progress(f"instance {number}: gunicorn, 2 workers, on {instance.url}")
                instance.start()
                instances.append(instance)
            nginx = stack.enter_context(Nginx(directory / "nginx", [i.url for i in instances], shared["STATIC_ROOT"]))
            progress(f"nginx on {nginx.url}")
            # Until the standby has replayed the demo's last write, reads rightly go to the primary.
            time.sleep(APPLY_DELAY + 1)
            demo = ScaleDemo(primary, standby, instances, nginx, report)
            demo.balancing()
            demo.anonymous_reads("reads", 0)
            demo.fresh_after_publishing(token)
            demo.anonymous_reads("caught up", 50)
            demo.standby_down()
            progress("stopping nginx, the instances, Redis and PostgreSQL")
    except Exception:
        return report.broke(instances)
    return report.exit_code()


if __name__ == "__main__":
    sys.exit(main())
