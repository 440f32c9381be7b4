"""gunicorn's settings for production: `gunicorn cms.wsgi` reads this file from the working
directory (or name it with `-c gunicorn.conf.py`). Each value can be changed through the
environment; the README's configuration table lists them."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Synchronous workers: each handles one request at a time, and most time goes to the database.
# Two per core plus one, a few at most on small machines, where memory runs out first.
workers = int(os.environ.get("GUNICORN_WORKERS", min(2 * multiprocessing.cpu_count() + 1, 8)))
# A request still running after this many seconds is killed with its worker (a stuck query, a
# hung mail server) and the client gets 502 from the proxy; the worker is replaced.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# On restart or deploy (SIGHUP, SIGTERM) workers get this long to finish their requests.
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
# Behind a proxy that reuses connections: keep them open a little longer than none at all.
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
# Workers are replaced after a number of requests, at staggered times so that they never
# all restart together: whatever memory a long-lived worker gathers is given back. A new
# worker imports Django afresh, about a second on two cores, so not too often: at 1,000 a
# worker serving cached answers at 400 requests/s was replaced every few seconds, which
# stalled one request in twenty for over a second (make bench's p95).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "20000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "2000"))
# The site is imported once, by the master, and every worker forked from it, its objects frozen
# out of the garbage collector's sight (when_ready). A worker replaced after max_requests then
# serves at once: loading Django and Wagtail anew took a second or two of both cores, and under
# an even load both workers of a small machine reach their limit within seconds of each other,
# which stalled requests for up to 2.9 s (make bench, docs/performance.md). Forked without the
# freeze, the new worker's first collections still touched every inherited object (stalls of
# a second). The price: HUP gives new workers the code the master holds; deploy new code with
# a restart (docs/operations.md). GUNICORN_PRELOAD=0 loads the site in each worker instead.
preload_app = os.environ.get("GUNICORN_PRELOAD", "1") != "0"
# Logs to the standard streams, for systemd's journal or the container runtime.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# Who asked, what, the answer, its size and how long it took (microseconds).
access_log_format = '%({x-real-ip}i)s %(h)s "%(r)s" %(s)s %(b)s %(D)sus "%(f)s" "%(a)s"'
# The heartbeat file in memory: a disk that stalls must not get healthy workers killed.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None
# The proxy's addresses, whose X-Forwarded-Proto is believed (Django's SECURE_PROXY_SSL_HEADER
# trusts it too, so only a proxy may reach gunicorn).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")


def when_ready(server):
    """In the master, once the site is loaded and before any worker is forked."""
    if not preload_app:
        return
    import gc

    from django.db import connections

    from operations.warmup import warm_up

    warm_up()
    # A connection opened while loading would be shared by every forked worker.
    connections.close_all()
    gc.collect()
    gc.freeze()
