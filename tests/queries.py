from django.db import connection
from django.test.utils import CaptureQueriesContext


def fetch(client, url, **headers):
    """client.get(url), with how many SQL queries answering it took as `response.queries`."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **headers)
    response.queries = len(queries.captured_queries)
    return response
