import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import NewsPageFactory

from .conftest import bearer


def count_listing_queries(client, headers):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/api/v3/pages/", {"type": "news.NewsPage", "limit": 20}, **headers)
    assert response.status_code == 200
    return len(queries), response.json()["count"]


@pytest.mark.parametrize("with_key", [False, True])
def test_listing_cost_does_not_grow_with_the_number_of_pages(client, news_index, consumer_key, with_key):
    cache.clear()
    headers = bearer(consumer_key) if with_key else {}
    NewsPageFactory.create_batch(2, parent=news_index)
    count_listing_queries(client, headers)  # warms the cached site root paths that page URLs use
    few, count = count_listing_queries(client, headers)
    assert count == 2
    NewsPageFactory.create_batch(10, parent=news_index)
    many, count = count_listing_queries(client, headers)
    assert count == 12
    assert many == few
    # The site, its root page and the root's translations (every language's tree is in the
    # site), the restricted sections, the count and the items; a consumer key adds its lookup
    # and its usage update.
    assert few == (7 if with_key else 5)
