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
