"""SQL queries per request, counted inside Django for each path given on the command line,
with the settings of the environment (the benchmark's production server's, response cache
off): `python -m tools.bench.queries /en/ /en/news/ …` prints {"path": count, …} as JSON.

Each path is asked twice and the second count kept: the first request of a process also fills
the per-process caches (Site root paths, content types) that a running server has warm."""

import json
import os
import sys


def main(paths):
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST=os.environ.get("BENCH_HOST", "alliance.example.org"))
    counts = {}
    for path in paths:
        client.get(path, secure=True)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path, secure=True)
        counts[path] = len(queries) if response.status_code == 200 else f"status {response.status_code}"
    print(json.dumps(counts))


if __name__ == "__main__":
    main(sys.argv[1:])
