"""The pages listing fetches the ids of the pages to show, then the pages; with MEMOIZE_FIGURES
each page's representation is kept per content version (api/items.py). The answer must be
the one the listing gives without memoizing, and any change to a page or to what it shows
(a person, a participant) must show on the next request. Every test runs on the in-memory
cache and, marked `redis`, on a real redis-server."""

import json

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.models import NewsPage
from tests.browse.builders import Site, country
from tests.factories import PersonFactory, TopicFactory

LISTING = "/api/v2/pages/?type=news.NewsPage&fields=*&order=title"


@pytest.fixture
def site(home_page):
    site = Site(home_page)
    site.housing = TopicFactory(name="Housing", slug="housing")
    site.mayor = PersonFactory(given_name="Ana", family_name="Petrović", role="Mayor")
    site.tivat = site.participant(title="Tivat", topics=[site.housing], country=country("ME"))
    for n in range(3):
        news = site.news(title=f"News {n}", topics=[site.housing], countries=[country("AL")])
        news.related_people.add(site.mayor)
        news.related_participants.add(site.tivat)
        news.save_revision().publish()
    return site


@pytest.fixture
def memo(cache_backend, settings):
    settings.MEMOIZE_FIGURES = True
    return cache_backend


def get(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return response.json(), len(captured.captured_queries)


@pytest.mark.parametrize(
    "url",
    [
        LISTING,
        "/api/v2/pages/?type=news.NewsPage&fields=*&order=-title&limit=2&offset=1",
        "/api/v2/pages/?type=news.NewsPage&fields=title,related_people&country=AL",
        "/api/v2/pages/?type=news.NewsPage,people.ParticipantPage&topic=housing",
        "/api/v2/pages/?fields=-title&order=id",
        "/api/v2/pages/?search=News&type=news.NewsPage&fields=teaser",
    ],
)
def test_memoized_items_are_the_items_the_listing_renders(site, client, settings, memo, url):
    settings.MEMOIZE_FIGURES = False
    plain, _ = get(client, url)
    settings.MEMOIZE_FIGURES = True
    first, _ = get(client, url)
    second, _ = get(client, url)
    assert plain["items"], "the listing shows something to compare"
    assert first == plain
    assert second == plain


def test_a_memoized_detail_is_the_detail_and_follows_changes(site, client, settings, memo):
    news = NewsPage.objects.get(title="News 1")
    url = f"/api/v2/pages/{news.pk}/"
    settings.MEMOIZE_FIGURES = False
    plain, plain_queries = get(client, url)
    settings.MEMOIZE_FIGURES = True
    get(client, url)
    memoized, memoized_queries = get(client, url)
    assert memoized == plain
    assert memoized_queries < plain_queries
    assert "teaser" in plain
    assert "teaser" not in get(client, f"{url}?fields=-teaser")[0]

    site.mayor.role = "Former mayor"
    site.mayor.save()
    assert [person["role"] for person in get(client, url)[0]["related_people"]] == ["Former mayor"]
    news.unpublish()
    assert client.get(url).status_code == 404


def test_the_second_listing_serializes_nothing(site, client, memo):
    first, first_queries = get(client, LISTING)
    second, second_queries = get(client, LISTING)
    assert second == first
    # The pages, their people, participants, topics, countries and images are not read again;
    # nor the site, the view restrictions, the site root's translations, the total or the ids
    # of the pages to show: they are memoized under the request's parameters.
    assert second_queries == 0


@pytest.mark.parametrize(
    ("first", "then"),
    [
        (LISTING, f"{LISTING}&limit=2"),
        (f"{LISTING}&limit=2", f"{LISTING}&limit=2&offset=1"),
        (LISTING, LISTING.replace("order=title", "order=-title")),
        (LISTING, f"{LISTING}&country=ME"),
        (LISTING, f"{LISTING}&search=News"),
        (LISTING, LISTING.replace("fields=*", "fields=title")),
        (LISTING, f"{LISTING}&locale=fr"),
    ],
)
def test_a_listing_that_differs_in_any_parameter_is_chosen_again(site, client, settings, memo, first, then):
    settings.MEMOIZE_FIGURES = False
    plain, _ = get(client, then)
    settings.MEMOIZE_FIGURES = True
    get(client, first)
    assert get(client, then)[0] == plain


@pytest.mark.parametrize(
    ("url", "parameter"),
    [
        (f"{LISTING}&limit=1000", "limit"),
        (f"{LISTING}&colour=red", "colour"),
        (f"{LISTING}&country=XX", "country"),
        (f"{LISTING}&offset=-1", "offset"),
        (LISTING.replace("news.NewsPage", "news.Nothing"), None),
        (f"{LISTING}&search=News&order=date", "order"),
    ],
)
def test_a_refused_listing_is_refused_every_time(site, client, memo, url, parameter):
    get(client, LISTING)
    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 400, response.content
        if parameter:
            assert parameter in response.json()["message"]


def test_facets_and_tombstones_are_in_the_memoized_listing_too(site, client, memo):
    since = "2000-01-01"
    url = f"/api/v2/pages/?type=news.NewsPage&facets=country,topic&updated_since={since}"
    gone = NewsPage.objects.get(title="News 2")
    gone.unpublish()
    first, _ = get(client, url)
    second, queries = get(client, url)
    assert second == first
    assert first["meta"]["facets"]["country"], first["meta"]
    assert [tombstone["id"] for tombstone in second["meta"]["tombstones"]] == [gone.pk]
    assert queries == 1  # the tombstones, read afresh


def test_a_listing_is_chosen_again_on_a_new_day(site, client, memo, monkeypatch):
    # `upcoming=` compares with the day: a listing chosen yesterday is not today's.
    import datetime

    from api import public

    get(client, LISTING)
    assert get(client, LISTING)[1] == 0
    tomorrow = public.localdate() + datetime.timedelta(days=1)
    monkeypatch.setattr(public, "localdate", lambda: tomorrow)
    assert get(client, LISTING)[1] > 0


def test_a_listing_renders_only_the_pages_it_has_not_shown(site, client, memo):
    get(client, f"{LISTING}&limit=2")
    with CaptureQueriesContext(connection) as captured:
        items = client.get(LISTING).json()["items"]
    assert [item["title"] for item in items] == ["News 0", "News 1", "News 2"]
    fetched = [query["sql"] for query in captured.captured_queries if 'FROM "news_newspage"' in query["sql"]]
    # The ids, then only the third page by id (its relations are prefetched for it alone).
    assert any(f"IN ({NewsPage.objects.get(title='News 2').pk})" in sql for sql in fetched), fetched


def test_a_published_change_shows_on_the_next_listing(site, client, memo):
    get(client, LISTING)
    news = site.news_index.get_children().get(title="News 1").specific
    news.title = "News 1, corrected"
    news.save_revision().publish()
    titles = [item["title"] for item in get(client, LISTING)[0]["items"]]
    assert titles == ["News 0", "News 1, corrected", "News 2"]


def test_a_change_to_what_a_page_shows_shows_on_the_next_listing(site, client, memo):
    get(client, LISTING)
    site.mayor.role = "Former mayor"
    site.mayor.save()
    site.tivat.title = "Tivat Municipality"
    site.tivat.save_revision().publish()
    for item in get(client, LISTING)[0]["items"]:
        assert [person["role"] for person in item["related_people"]] == ["Former mayor"]
        assert [page["title"] for page in item["related_participants"]] == ["Tivat Municipality"]


def test_a_participant_unpublished_leaves_every_memoized_item(site, client, memo):
    get(client, LISTING)
    site.tivat.unpublish()
    for item in get(client, LISTING)[0]["items"]:
        assert item["related_participants"] == []


def test_the_fields_asked_for_are_kept_apart(site, client, memo):
    bare, _ = get(client, "/api/v2/pages/?type=news.NewsPage&fields=title&order=title")
    full, _ = get(client, LISTING)
    again, _ = get(client, "/api/v2/pages/?type=news.NewsPage&fields=title&order=title")
    assert "related_people" not in bare["items"][0]
    assert "related_people" in full["items"][0]
    assert again == bare


def test_absolute_addresses_follow_the_base_url(site, client, memo, settings):
    settings.WAGTAILAPI_BASE_URL = "https://one.example.org"
    first = client.get(LISTING).json()["items"][0]
    settings.WAGTAILAPI_BASE_URL = "https://two.example.org"
    second = client.get(LISTING).json()["items"][0]
    assert first["meta"]["detail_url"].startswith("https://one.example.org/")
    assert second["meta"]["detail_url"].startswith("https://two.example.org/")


def test_a_memoized_listing_is_valid_json_with_its_total(site, client, memo):
    get(client, LISTING)
    response = client.get(LISTING)
    body = json.loads(response.content)
    assert body["meta"]["total_count"] == 3
    assert len(body["items"]) == 3
