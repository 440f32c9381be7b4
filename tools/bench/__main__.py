"""python -m tools.bench (make bench): the benchmark of docs/performance.md.

Builds a synthetic site of BENCH_SIZE pages (10,000; `make bench SIZE=100000` for the large
run) on the demo content, in a throwaway PostgreSQL cluster; serves it with gunicorn and the
production settings on loopback; loads each endpoint alone with wrk; prints one table.

Four modes, each with the same server's static file as the yardstick; every server uses a
throwaway Redis (CACHE_URL) as production does:
  uncached     no response cache: every request renders, counts and serializes what it shows;
               HTML pages and feeds are the documents the site stored when it was built
  warm         the response cache on Redis (CACHE_URL): repeated anonymous reads come from it
  conditional  warm, and the client revalidates with If-None-Match: 304 answers
  publishing   warm, under mixed anonymous traffic (home, listings, 10 topic and 10 country
               pages, 150 news items, feeds, both API listings; 16 connections), first alone,
               then while an editor publishes a news item every 10 s (tools/bench/publisher.py)

Settings from the environment: BENCH_SIZE (10000), BENCH_DURATION seconds per endpoint and
mode (8), BENCH_CONNECTIONS (8), BENCH_WORKERS gunicorn workers (2), BENCH_MODES the modes to
run (uncached,warm,conditional,publishing), BENCH_KEEP=1 keeps the cluster and logs, BENCH_MIXED_DURATION seconds for each of the
publishing mode's two runs (60). BENCH_DATABASE_URL runs
on an existing PostgreSQL database instead of a throwaway cluster, migrated and topped up to
BENCH_SIZE pages (a 100,000-page site takes a while to build: build it once, measure it
often), with BENCH_FILES the directory holding its media/ and private_media/."""

import contextlib
import json
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from tools.loadtest.postgres import ThrowawayCluster
from tools.loadtest.redis import ThrowawayRedis
from tools.loadtest.run import heading, scratch_directory, stop_on_signals
from tools.loadtest.server import HOST, PROXY_HEADERS, ROOT, ProductionServer
from tools.loadtest.table import markdown_table
from tools.loadtest.wrk import Wrk, find_wrk

ENDPOINTS = [
    ("API v2 listing, 20 items, all fields", "/api/v2/pages/?type=news.NewsPage&fields=*&limit=20", "api"),
    ("API v2 listing by country", "/api/v2/pages/?type=news.NewsPage&fields=*&limit=20&country={country}", "api"),
    ("API v2 listing by topic", "/api/v2/pages/?type=news.NewsPage&fields=*&limit=20&topic={topic}", "api"),
    ("API v2 detail", "/api/v2/pages/{news_id}/", "api"),
    ("API v3 listing", "/api/v3/pages/", "api"),
    ("API v2 search", "/api/v2/pages/?search=roma&limit=20", "api"),
    ("home page", "/en/", "html"),
    ("news listing", "/en/news/", "html"),
    ("news page", "{news_path}", "html"),
    ("topic page", "/en/topics/{topic}/", "html"),
    ("country page", "/en/countries/{country}/", "html"),
    ("site search", "/en/search/?q=roma", "html"),
    ("RSS feed", "/en/feeds/news.rss", "feed"),
]
MODES = ["uncached", "warm", "conditional", "publishing"]
# The endpoints issue 22 holds to a tenth of the static file with nothing cached.
UNCACHED_TARGET = [
    "API v2 listing, 20 items, all fields",
    "news page",
    "news listing",
    "topic page",
    "country page",
    "home page",
]
# The publishing mode's mix: what visitors read, each in turn.
MIXED_COUNTS = {"topics": 10, "countries": 10, "news": 150}
MIXED_CONNECTIONS = 16
PUBLISH_INTERVAL = 10


@dataclass
class Config:
    size: int
    duration: int
    connections: int
    workers: int
    keep: bool
    database_url: str
    files: str
    modes: list
    mixed_duration: int

    @classmethod
    def from_env(cls):
        env = os.environ.get
        return cls(
            size=int(env("BENCH_SIZE", "10000")),
            duration=int(env("BENCH_DURATION", "8")),
            connections=int(env("BENCH_CONNECTIONS", "8")),
            workers=int(env("BENCH_WORKERS", "2")),
            keep=env("BENCH_KEEP", "") == "1",
            database_url=env("BENCH_DATABASE_URL", ""),
            files=env("BENCH_FILES", ""),
            modes=[mode for mode in env("BENCH_MODES", ",".join(MODES)).split(",") if mode in MODES],
            mixed_duration=int(env("BENCH_MIXED_DURATION", "60")),
        )


@contextlib.contextmanager
def database(config):
    """The URL of the database to measure: BENCH_DATABASE_URL's, or a throwaway cluster's."""
    if config.database_url:
        yield config.database_url
        return
    with ThrowawayCluster(settings={"fsync": "off", "full_page_writes": "off"}, keep=config.keep) as cluster:
        progress(f"PostgreSQL on 127.0.0.1:{cluster.port}")
        yield cluster.url


def media_settings(config):
    """Where the site's uploads are: BENCH_FILES's, else the server's own directory."""
    if not config.files:
        return {}
    return {"MEDIA_ROOT": f"{config.files}/media", "PRIVATE_MEDIA_ROOT": f"{config.files}/private_media"}


def progress(message):
    print(f"==> {message}", flush=True)


def json_of(server, path):
    status, _, body = server.get(path)
    if status != 200:
        raise RuntimeError(f"{path} answered {status}")
    return json.loads(body)


def endpoint_paths(server):
    """The endpoints' addresses, with a real news item, topic and country of the built site."""
    news = json_of(server, "/api/v2/pages/?type=news.NewsPage&limit=1&order=-date")["items"][0]
    topic = max(json_of(server, "/api/v2/topics/?limit=100")["items"], key=lambda item: item.get("page_count", 0))
    country = max(json_of(server, "/api/v2/countries/?limit=100")["items"], key=lambda item: item["page_count"])
    values = {
        "news_id": news["id"],
        "news_path": urlsplit(news["meta"]["html_url"]).path,
        "topic": topic["slug"],
        "country": country["code"],
    }
    return [(label, template.format(**values), kind) for label, template, kind in ENDPOINTS]


def mixed_paths(server):
    """The publishing mode's mix of addresses, from the built site."""
    topics = json_of(server, "/api/v2/topics/?limit=100")["items"][: MIXED_COUNTS["topics"]]
    countries = json_of(server, "/api/v2/countries/?limit=100")["items"][: MIXED_COUNTS["countries"]]
    news = []
    while len(news) < MIXED_COUNTS["news"]:
        listing = f"/api/v2/pages/?type=news.NewsPage&locale=en&limit=100&offset={len(news)}"
        items = json_of(server, listing)["items"]
        if not items:
            break
        news += [urlsplit(item["meta"]["html_url"]).path for item in items]
    return [
        "/en/",
        "/en/news/",
        "/en/events/",
        "/en/participants/",
        *(f"/en/topics/{topic['slug']}/" for topic in topics),
        *(f"/en/countries/{country['code']}/" for country in countries),
        *news[: MIXED_COUNTS["news"]],
        "/en/feeds/news.rss",
        "/en/feeds/events.ics",
        "/api/v2/pages/?type=news.NewsPage&fields=*&limit=20",
        "/api/v3/pages/",
    ]


def static_path(server):
    home = server.get("/en/")[2].decode()
    return sorted(set(re.findall(r'href="(/static/[^"]+\.css)"', home)))[0]


def queries_per_request(server, paths):
    result = subprocess.run(
        [sys.executable, "-m", "tools.bench.queries", *paths],
        cwd=ROOT,
        env={**server.env, "RESPONSE_CACHE": "0"},
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise RuntimeError(f"counting queries failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def worker_memory_mb(server):
    sizes = []
    for pid in server.worker_pids():
        try:
            status = open(f"/proc/{pid}/status").read()
        except OSError:
            continue
        rss_kb = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))
        sizes.append(rss_kb / 1024)
    return sizes


def megabytes(sizes):
    """Each worker's resident memory once the row's load has run: the range over the workers."""
    if not sizes:
        return "–"
    low, high = round(min(sizes)), round(max(sizes))
    return f"{low}" if low == high else f"{low}–{high}"


def settle(server, static, quick=0.1, in_a_row=4, patience=120):
    """Waits until the workers are idle: a slow endpoint leaves requests queued when its
    run ends (wrk stops waiting, gunicorn does not), and they would be counted against the
    next endpoint. Idle is when the static file comes back within `quick` seconds
    `in_a_row` times (one quick answer may come from the one worker already free)."""
    deadline = time.monotonic() + patience
    quick_ones = 0
    while quick_ones < in_a_row and time.monotonic() < deadline:
        began = time.monotonic()
        server.get(static, timeout=patience)
        if time.monotonic() - began < quick:
            quick_ones += 1
        else:
            quick_ones = 0
            time.sleep(0.2)


class Bench:
    def __init__(self, config):
        self.config = config
        self.rows = []
        self.rates = {}  # (mode, label) -> rps
        self.memory = {}
        self.mixed = None

    def load(self, server, path, headers=None):
        all_headers = {**PROXY_HEADERS, **(headers or {})}
        return Wrk(server.url, [path], self.config.duration, self.config.connections, headers=all_headers).run()

    def measure(self, mode, server, endpoints, static, queries, baseline=None):
        """Each endpoint alone under wrk; `baseline`, a static file run of the same server, is
        measured first unless given."""
        if baseline is None:
            progress(f"{mode}: the static file {static}")
            # A worker's first seconds are slower (imports, connections): not the yardstick.
            Wrk(server.url, [static], 2, self.config.connections, headers=PROXY_HEADERS).run()
            settle(server, static)
            baseline = self.load(server, static)
            self.row(mode, "static file", baseline, "–", baseline.rps, worker_memory_mb(server))
        self.rates[(mode, "static file")] = baseline.rps
        for label, path, _kind in endpoints:
            headers = None
            if mode == "conditional":
                etag = server.get(path)[1].get("ETag")
                headers = {"If-None-Match": etag} if etag else None
            elif mode == "warm":
                server.get(path)  # stored by this first request
            settle(server, static)
            progress(f"{mode}: {label} ({path})")
            result = self.load(server, path, headers)
            self.rates[(mode, label)] = result.rps
            self.row(
                mode,
                label,
                result,
                queries.get(path, "–") if mode == "uncached" else 0,
                baseline.rps,
                worker_memory_mb(server),
            )
        self.memory[mode] = worker_memory_mb(server)
        return baseline

    def row(self, mode, label, result, queries, static_rps, memory):
        self.rows.append(
            [
                label,
                mode,
                f"{result.rps:.0f}",
                f"{result.latency_ms['p50']:.1f}",
                f"{result.latency_ms['p95']:.1f}",
                f"{result.latency_ms['p99']:.1f}",
                queries,
                f"{100 * result.rps / static_rps:.0f}%" if static_rps else "–",
                megabytes(memory),
                result.describe_errors(),
            ]
        )
        print(f"    {result.rps:.0f} requests/s, p50 {result.latency_ms['p50']:.1f} ms", flush=True)

    def table(self):
        return markdown_table(
            ["endpoint", "mode", "req/s", "p50 ms", "p95 ms", "p99 ms", "SQL/req", "of static", "worker MB", "errors"],
            self.rows,
        )

    def publishing(self, server, static):
        """The mix alone, then the same mix while an editor publishes every PUBLISH_INTERVAL s."""
        paths = mixed_paths(server)
        duration = self.config.mixed_duration
        runs = {}
        for label, publishing in (("mixed traffic", False), (f"mixed, a publish every {PUBLISH_INTERVAL} s", True)):
            progress(f"publishing: {label} ({len(paths)} addresses, {MIXED_CONNECTIONS} connections, {duration} s)")
            settle(server, static)
            wrk = Wrk(server.url, paths, duration, MIXED_CONNECTIONS, headers=PROXY_HEADERS)
            publisher = None
            if publishing:
                publisher = subprocess.Popen(
                    [
                        sys.executable,
                        "-m",
                        "tools.bench.publisher",
                        f"--interval={PUBLISH_INTERVAL}",
                        f"--duration={duration - 1}",
                    ],
                    cwd=ROOT,
                    env=server.env,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                )
            result = wrk.start().wait()
            if publisher is not None:
                output, errors = publisher.communicate(timeout=120)
                if publisher.returncode != 0:
                    raise RuntimeError(f"the publisher failed:\n{errors[-3000:]}")
                published = json.loads(output.strip().splitlines()[-1])
                seconds = published["seconds"]
                label += f" ({published['published']} published, {max(seconds):.1f} s at most each)"
            runs[publishing] = result
            self.row(
                "publishing", label, result, "–", self.rates.get(("warm", "static file")), worker_memory_mb(server)
            )
        self.mixed = runs

    def publishing_targets(self):
        quiet, busy = self.mixed[False], self.mixed[True]
        throughput = busy.rps / quiet.rps if quiet.rps else 0
        p99 = busy.latency_ms["p99"] / quiet.latency_ms["p99"] if quiet.latency_ms["p99"] else float("inf")
        return "\n".join(
            [
                f"- publishing, throughput at least 70% of the same mix without publishing: "
                f"{'met' if throughput >= 0.7 else 'MISSED'} ({throughput:.0%})",
                f"- publishing, p99 at most 3 times as high: {'met' if p99 <= 3 else 'MISSED'} ({p99:.1f} times)",
                f"- publishing, no errors: {'met' if busy.errors == 0 else 'MISSED'} ({busy.describe_errors()})",
            ]
        )

    def targets(self, endpoints):
        """The issue's targets, as ratios to the static file of the same mode."""

        def share(mode, label):
            return self.rates[(mode, label)] / yardstick(mode)

        def yardstick(mode):
            # Warm answers are held to the static file of a server without the response cache.
            if mode == "warm" and ("uncached", "static file") in self.rates:
                return self.rates[("uncached", "static file")]
            return self.rates[(mode, "static file")]

        lines = []
        if ("uncached", "static file") in self.rates:
            shares = {label: share("uncached", label) for label, _path, _kind in endpoints}
            named = {label: shares[label] for label in UNCACHED_TARGET}
            worst = min(named, key=named.get)
            missed = [f"{label} {value:.0%}" for label, value in named.items() if value < 0.10]
            lines.append(
                f"- uncached, each of {'; '.join(UNCACHED_TARGET)}: at least 10% of the static file: "
                + (f"MISSED ({'; '.join(missed)})" if missed else f"met (lowest: {worst}, {named[worst]:.0%})")
            )
            others = [f"{label} {value:.0%}" for label, value in shares.items() if label not in named and value < 0.10]
            if others:
                lines.append(f"- uncached, not among the target's endpoints, below 10%: {'; '.join(others)}")
        if ("warm", "static file") in self.rates:
            shares = {label: share("warm", label) for label, _path, _kind in endpoints}
            worst = min(shares, key=shares.get)
            missed = [f"{label} {value:.0%}" for label, value in shares.items() if value < 0.50]
            lines.append(
                "- warm, every endpoint at least 50% of the static file of a server without the response cache: "
                + (f"MISSED ({'; '.join(missed)})" if missed else f"met (lowest: {worst}, {shares[worst]:.0%})")
            )
        return "\n".join(lines)


def main():
    config = Config.from_env()
    find_wrk()
    stop_on_signals()
    began = time.monotonic()
    bench = Bench(config)
    with scratch_directory("alliance-bench-", config.keep) as directory:
        with database(config) as database_url, ThrowawayRedis() as redis:
            # Both servers as in production, on Redis (CACHE_URL): the rate limits' counters are
            # there; the first leaves the response cache off.
            common = {
                "SEARCH_RATE": "1000000/m",
                "DB_CONN_MAX_AGE": 60,
                "CACHE_URL": redis.url,
                "PUBLIC_BASE_URL": f"https://{HOST}",
            }
            uncached = ProductionServer(
                directory / "uncached",
                database_url,
                workers=config.workers,
                RESPONSE_CACHE=0,
                **media_settings(config),
                **common,
            )
            try:
                progress("migrating, loading the demo content")
                uncached.prepare()
                progress(f"building the synthetic site: {config.size} pages")
                uncached.manage("build_synthetic_site", "--size", str(config.size))
                progress(f"storing every page's document, in {config.workers} processes")
                # As the task worker stores them after each change (headless/documents.py).
                shards = [
                    uncached.start_command("store_documents", "--shard", f"{share}/{config.workers}")
                    for share in range(1, config.workers + 1)
                ]
                for shard in shards:
                    uncached.finish(shard)
                progress("running the tasks the demo content queued (search and reference index)")
                uncached.manage("db_worker", "--batch", "--no-reload", "--no-startup-delay")
                progress("counting SQL queries per request")
                uncached.start()
                endpoints = endpoint_paths(uncached)
                static = static_path(uncached)
                queries = queries_per_request(uncached, [path for _label, path, _kind in endpoints])
                if "uncached" in config.modes:
                    bench.measure("uncached", uncached, endpoints, static, queries)
            finally:
                uncached.stop()
            # The files the first server collected and the synthetic site's images.
            files = {name: uncached.env[name] for name in ("STATIC_ROOT", "MEDIA_ROOT", "PRIVATE_MEDIA_ROOT")}
            warm = ProductionServer(
                directory / "warm", database_url, workers=config.workers, RESPONSE_CACHE=1, **files, **common
            )
            if {"warm", "conditional", "publishing"} & set(config.modes):
                try:
                    warm.start()
                    baseline = None
                    if "warm" in config.modes:
                        baseline = bench.measure("warm", warm, endpoints, static, queries)
                    if "conditional" in config.modes:
                        bench.measure("conditional", warm, endpoints, static, queries, baseline)
                    if "publishing" in config.modes:
                        # Production's task worker, which stores again the pages a publish changed.
                        warm.start_command("db_worker", "--no-reload", "--no-startup-delay", "--interval", "0.2")
                        bench.publishing(warm, static)
                finally:
                    warm.stop()
    print(
        heading(
            f"Benchmark, {config.size} synthetic pages on the demo",
            began,
            f"gunicorn {config.workers} workers, wrk {config.connections} connections for {config.duration} s "
            f"per row, {os.cpu_count()} CPUs",
        )
    )
    print(bench.table())
    print()
    memory = ", ".join(f"{mode} {megabytes(sizes)} MB" for mode, sizes in bench.memory.items() if sizes)
    print(f"Memory per worker (resident, after the mode's run): {memory}")
    print()
    print(bench.targets(endpoints))
    if bench.mixed:
        print(bench.publishing_targets())
    return 0


if __name__ == "__main__":
    sys.exit(main())
