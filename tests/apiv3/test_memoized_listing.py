"""The anonymous v3 listing answered from its memoized choice and items (apiv3/listing.py):
the answer stock v3 gives, byte for byte, with no query, a change shown on the next request,
and nothing an editor's token sees ever served to anyone else. Every test runs on the
in-memory cache and, marked `redis`, on a real redis-server."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from apiv3.listing import item_prefix
from apiv3.models import ConsumerKey
from headless import content_version
from headless import memo as memo_module
from tests.factories import NewsPageFactory

from .conftest import bearer, editor_with, token_for

LISTING = "/api/v3/pages/"


@pytest.fixture
def news(news_index):
    return [NewsPageFactory(parent=news_index, title=f"News {n}", slug=f"news-{n}") for n in range(3)]


@pytest.fixture
def memo(cache_backend, settings):
    settings.MEMOIZE_FIGURES = True
    return cache_backend


def get(client, url, params=None, **headers):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params or {}, **headers)
    return response, len(captured.captured_queries)


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"type": "news.NewsPage", "order": "-title"},
        {"type": "news.NewsPage", "limit": 2, "offset": 1},
        {"type": ["news.NewsPage", "news.NewsIndexPage"]},
        {"child_of": "root"},
        {"locale": "en", "order": "title"},
        {"search": "News", "type": "news.NewsPage"},
    ],
)
def test_the_memoized_answer_is_stock_v3_s_answer(news, client, settings, memo, params):
    settings.MEMOIZE_FIGURES = False
    stock, _ = get(client, LISTING, params)
    settings.MEMOIZE_FIGURES = True
    first, _ = get(client, LISTING, params)
    second, queries = get(client, LISTING, params)
    assert stock.status_code == first.status_code == second.status_code == 200, stock.content
    assert stock.json()["items"], "the listing shows something to compare"
    assert first.content == stock.content
    assert second.content == stock.content
    assert second["Content-Type"] == stock["Content-Type"]
    assert queries == 0


def test_a_listing_that_differs_in_any_parameter_is_chosen_again(news, client, memo):
    get(client, LISTING, {"type": "news.NewsPage", "order": "title"})
    titles = [
        item["title"] for item in get(client, LISTING, {"type": "news.NewsPage", "order": "-title"})[0].json()["items"]
    ]
    assert titles == ["News 2", "News 1", "News 0"]
    only_one = get(client, LISTING, {"type": "news.NewsPage", "order": "title", "limit": 1})[0].json()
    assert [item["title"] for item in only_one["items"]] == ["News 0"]
    assert only_one["count"] == 3


def test_a_published_change_shows_on_the_next_request(news, news_index, client, memo):
    params = {"type": "news.NewsPage", "order": "title"}
    get(client, LISTING, params)
    news[1].title = "News 1, corrected"
    news[1].save_revision().publish()
    NewsPageFactory(parent=news_index, title="News 3", slug="news-3")
    news[0].unpublish()
    answer = get(client, LISTING, params)[0].json()
    assert [item["title"] for item in answer["items"]] == ["News 1, corrected", "News 2", "News 3"]
    assert answer["count"] == 3


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"colour": "red"}, 400),
        ({"limit": 1000}, 400),
        ({"offset": -1}, 422),
        ({"type": "news.Nothing"}, 422),
        ({"child_of": 2147483648}, 400),
    ],
)
def test_a_refused_listing_is_refused_every_time(news, client, memo, params, status):
    get(client, LISTING)
    for _ in range(2):
        response, _ = get(client, LISTING, params)
        assert response.status_code == status, response.content


def test_what_an_editor_s_token_lists_is_never_served_to_others(news, news_index, client, memo, django_user_model):
    draft = NewsPageFactory(parent=news_index, title="Draft news", slug="draft", live=False)
    draft.save_revision()
    token = bearer(token_for(editor_with(django_user_model, "newsdesk", news_index, ["add", "change"])))
    params = {"type": "news.NewsPage", "order": "title"}

    def titles(**headers):
        response, _ = get(client, LISTING, params, **headers)
        assert response.status_code == 200, response.content
        return [item["title"] for item in response.json()["items"]]

    assert "Draft news" in titles(**token)
    assert "Draft news" not in titles()
    assert "Draft news" not in titles()
    assert "Draft news" in titles(**token)


def test_a_session_does_not_make_the_memoized_caller_an_editor(news, news_index, client, memo, admin_user):
    NewsPageFactory(parent=news_index, title="Draft news", slug="draft", live=False)
    get(client, LISTING, {"type": "news.NewsPage"})
    client.force_login(admin_user)
    response, _ = get(client, LISTING, {"type": "news.NewsPage"})
    assert "Draft news" not in {item["title"] for item in response.json()["items"]}


def test_a_consumer_key_is_counted_on_a_memoized_answer(news, client, memo, consumer_key):
    for _ in range(3):
        response, _ = get(client, LISTING, {"type": "news.NewsPage"}, **bearer(consumer_key))
        assert response.status_code == 200
        assert len(response.json()["items"]) == 3
    assert ConsumerKey.objects.get().usage_count == 3


def test_a_random_order_is_drawn_every_time(news, client, memo):
    get(client, LISTING, {"order": "random"})
    response, queries = get(client, LISTING, {"order": "random"})
    assert response.status_code == 200
    assert queries > 0


def test_a_listing_whose_item_was_evicted_is_answered_by_stock_v3(news, client, memo, rf):
    params = {"type": "news.NewsPage", "order": "title"}
    first, _ = get(client, LISTING, params)
    evicted = f"{item_prefix(rf.get(LISTING, params))}:{news[1].pk}"
    content_version.response_cache().delete(evicted)
    if memo_module.local_cache([evicted]):
        memo_module.local_cache([evicted]).delete(evicted)
    again, queries = get(client, LISTING, params)
    assert again.content == first.content
    assert queries > 0
    assert get(client, LISTING, params)[1] == 0  # stored again
