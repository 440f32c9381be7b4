"""Figures read from every page (topic and country counts, listing totals, the
participant counter, search results) are worked out once per content change: the next request
reads them from the cache, and a publish is counted on the request after it.
Every test runs on the in-memory cache and, marked `redis`, on a real redis-server."""

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from headless.memo import MemoizedPaginator, memoized, memoized_count, memoized_slice
from home.models import SiteContent
from news.models import NewsPage
from taxonomy.models import Country
from tests.browse.builders import Site, country
from tests.factories import FormPageFactory, TopicFactory


@pytest.fixture
def memo(cache_backend, settings):
    settings.MEMOIZE_FIGURES = True
    return cache_backend


@pytest.fixture
def site(home_page, memo):
    site = Site(home_page)
    housing = TopicFactory(name="Housing", slug="housing")
    for n in range(3):
        site.news(title=f"News {n}", topics=[housing], countries=[country("AL")])
    site.participant(title="Tivat", topics=[housing], country=country("ME"))
    site.housing = housing
    return site


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return response, len(captured.captured_queries)


@pytest.mark.parametrize(
    ("url", "before", "after"),
    [
        ("/en/topics/", "(4 items)", "(5 items)"),
        ("/en/countries/", "<td>3</td>", "<td>4</td>"),
        ("/en/topics/housing/", '<span class="count">(3)</span>', '<span class="count">(4)</span>'),
        ("/en/countries/AL/", '<span class="count">(3)</span>', '<span class="count">(4)</span>'),
        ("/en/news/", "News 2", "News 3"),
        ("/api/v2/pages/?type=news.NewsPage", '"total_count": 3', '"total_count": 4'),
        ("/api/v3/pages/?type=news.NewsPage", '"count": 3', '"count": 4'),
        ("/api/v2/topics/", '"page_count": 4', '"page_count": 5'),
        # Search results too: their facets, count and pages of ids.
        ("/en/search/?q=News", "<mark>News</mark> 2", "<mark>News</mark> 3"),
        ("/api/v2/pages/?search=News", '"total_count": 4', '"total_count": 5'),
    ],
)
def test_the_second_request_counts_nothing_and_a_publish_is_counted_at_once(site, client, url, before, after):
    first, first_queries = queries(client, url)
    second, second_queries = queries(client, url)
    assert before in first.text
    assert second_queries < first_queries
    assert second.content == first.content

    site.news(title="News 3", topics=[site.housing], countries=[country("AL")])
    assert after in client.get(url).text


def test_the_events_archive_is_counted_once(site, client):
    for n in range(3):
        site.event(title=f"Seminar {n}", start_date=datetime.date(2015, 1, 1 + n))
    client.get("/en/events/")
    with CaptureQueriesContext(connection) as captured:
        second = client.get("/en/events/")
    assert "Seminar 2" in second.text
    assert not [query for query in captured.captured_queries if "COUNT(" in query["sql"].upper()]


def test_unpublishing_is_counted_at_once(site, client):
    assert "(4 items)" in client.get("/en/topics/").text
    NewsPage.objects.get(title="News 0").unpublish()
    assert "(3 items)" in client.get("/en/topics/").text


def test_the_participant_counter_counts_a_new_participant(site, client):
    first = client.get("/en/").text
    assert client.get("/en/").text == first
    site.participant(title="Kotor", country=country("GR"))
    assert client.get("/en/").text != first


def test_off_it_counts_every_time(settings, db):
    settings.MEMOIZE_FIGURES = False
    calls = []
    for _ in range(2):
        memoized("figure", lambda: calls.append(1) or len(calls))
    assert calls == [1, 1]


def test_a_figure_is_worked_out_once_until_content_changes(memo, db):
    calls = []

    def figure():
        calls.append(1)
        return len(calls)

    assert memoized("figure", figure, "en") == memoized("figure", figure, "en") == 1
    assert memoized("figure", figure, "fr") == 2  # other parts, another figure
    Country.objects.create(code="XK", name="Kosovo*")  # any content saved moves the version on
    assert memoized("figure", figure, "en") == 3


def test_counting_what_cannot_be_queried(memo, db):
    assert memoized_count(Country.objects.none()) == 0
    assert memoized_count(Country.objects.filter(pk__in=[])) == 0
    assert memoized_count([1, 2, 3]) == 3


def test_the_menu_and_the_footer_are_memoized_and_follow_changes(site, client):
    content = SiteContent.objects.create(
        mission_statement="<p>Mission</p>", terminology_note="<p>Note</p>", contact_text="Write to us:"
    )
    site.news_index.show_in_menus = True
    site.news_index.save_revision().publish()
    first, first_queries = queries(client, "/en/news/")
    second, second_queries = queries(client, "/en/news/")
    assert second.content == first.content
    assert second_queries < first_queries
    assert "Write to us:" in second.text

    FormPageFactory(parent=site.news_index.get_parent(), title="Join the Alliance", show_in_menus=True)
    content.contact_text = "Write to the secretariat:"
    content.save()
    html = client.get("/en/news/").text
    assert ">Join the Alliance</a></li>" in html
    assert "Write to the secretariat:" in html


def titles(pages):
    return [page.title for page in pages]


def test_a_memoized_slice_is_the_slice_fetched_by_id_and_follows_changes(site):
    pages = NewsPage.objects.live().order_by("title")
    assert titles(memoized_slice(pages, 0, 2)) == ["News 0", "News 1"]
    assert titles(memoized_slice(pages, 1, 3)) == ["News 1", "News 2"]
    with CaptureQueriesContext(connection) as captured:
        again = titles(memoized_slice(pages, 0, 2))
    assert again == ["News 0", "News 1"]
    # The two pages by id; the slice is not looked for again.
    assert len(captured) == 1 and "LIMIT" not in captured[0]["sql"].upper()

    site.news(title="News 00")
    assert titles(memoized_slice(pages, 0, 2)) == ["News 0", "News 00"]
    NewsPage.objects.get(title="News 0").unpublish()
    assert titles(memoized_slice(pages, 0, 2)) == ["News 00", "News 1"]


def test_a_memoized_page_of_a_listing_is_the_page(site):
    pages = NewsPage.objects.live().order_by("title")
    paginator = MemoizedPaginator(pages, 2)
    assert titles(paginator.get_page(2)) == ["News 2"]
    assert titles(MemoizedPaginator(pages, 2).get_page(1)) == ["News 0", "News 1"]
    assert titles(MemoizedPaginator(pages, 2).get_page(2)) == ["News 2"]
    assert MemoizedPaginator(pages, 2).get_page(2).has_previous()


def test_a_slice_fetched_by_id_keeps_the_querysets_joins_and_kind(site):
    from events.models import EventPage

    site.event(title="Seminar", start_date=datetime.date(2015, 1, 1), country=country("AL"))
    events = EventPage.objects.live().past(datetime.date(2020, 1, 1)).select_related("country").order_by("title")
    with CaptureQueriesContext(connection) as captured:
        unread = memoized_slice(events, 0, 5)
    assert not captured.captured_queries, "nothing is looked up until the slice is read"
    list(unread)
    with CaptureQueriesContext(connection) as captured:
        (seminar,) = memoized_slice(events, 0, 5)
        assert seminar.country.code == "AL"  # joined, not read apart
    # By id alone: the filters found the ids, for this content version.
    assert len(captured) == 1 and "COALESCE" not in captured[0]["sql"].upper()

    pages = NewsPage.objects.live().specific().order_by("title")
    assert {type(page) for page in memoized_slice(pages, 0, 3)} == {NewsPage}


def test_a_slice_of_annotated_items_keeps_the_annotations(site):
    from django.db.models import Value

    pages = NewsPage.objects.live().annotate(mark=Value("x")).order_by("title")
    memoized_slice(pages, 0, 2)
    assert [page.mark for page in memoized_slice(pages, 0, 2)] == ["x", "x"]


@pytest.mark.parametrize(
    "url",
    ["/en/news/", "/en/topics/housing/", "/api/v2/pages/?type=news.NewsPage", "/api/v3/pages/?type=news.NewsPage"],
)
def test_a_page_leaves_every_list_when_its_expiry_passes_though_nothing_else_changed(site, client, monkeypatch, url):
    from django.utils import timezone

    from headless.memo import NO_EXPIRY, expiry_cutoff

    page = NewsPage.objects.get(title="News 2")
    page.expire_at = timezone.now() + datetime.timedelta(hours=1)
    page.save_revision().publish()
    assert "News 2" in client.get(url).text
    # Until it expires, queries compare with the same moment: their memoized figures hold.
    assert expiry_cutoff() == NO_EXPIRY
    half_an_hour = timezone.now() + datetime.timedelta(minutes=30)
    monkeypatch.setattr(timezone, "now", lambda: half_an_hour)
    assert expiry_cutoff() == NO_EXPIRY

    later = page.expire_at + datetime.timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert expiry_cutoff() == page.expire_at
    assert "News 2" not in client.get(url).text
    assert "News 1" in client.get(url).text


def test_past_the_expiry_dates_kept_the_cutoff_is_the_minute(site, monkeypatch):
    from django.utils import timezone

    from headless import memo

    monkeypatch.setattr(memo, "EXPIRIES_KEPT", 2)
    start = timezone.now()
    for n, page in enumerate(NewsPage.objects.order_by("title")):
        page.expire_at = start + datetime.timedelta(hours=n + 1)
        page.save_revision().publish()
    first, second, third = (page.expire_at for page in NewsPage.objects.order_by("title"))
    monkeypatch.setattr(timezone, "now", lambda: first + datetime.timedelta(minutes=1))
    assert memo.expiry_cutoff() == first
    after_the_kept_ones = third + datetime.timedelta(seconds=90)
    monkeypatch.setattr(timezone, "now", lambda: after_the_kept_ones)
    assert memo.expiry_cutoff() == after_the_kept_ones.replace(second=0, microsecond=0)
    assert memo.expiry_cutoff() >= third


def test_the_social_media_links_are_memoized_and_follow_changes(site, client):
    from home.models import SocialMediaSettings

    links = SocialMediaSettings.load()
    links.facebook_url = "https://www.facebook.com/first"
    links.save()
    assert "https://www.facebook.com/first" in client.get("/en/news/").text
    links.facebook_url = "https://www.facebook.com/second"
    links.save()
    assert "https://www.facebook.com/second" in client.get("/en/news/").text
    with CaptureQueriesContext(connection) as captured:
        assert "https://www.facebook.com/second" in client.get("/en/news/").text
    assert not [query for query in captured.captured_queries if "socialmediasettings" in query["sql"]]


@pytest.mark.redis
def test_each_process_keeps_its_own_copies_and_follows_the_shared_version(redis_caches, settings, db):
    # With Redis, a worker keeps what it memoized in its own memory too: the key holds the content
    # version read from Redis, so a publish through another instance (which moves that version) is
    # seen at once, and no round trip to Redis is made for the figure itself.
    from headless import content_version

    settings.MEMOIZE_FIGURES = True
    computed = []

    def compute():
        computed.append(1)
        return len(computed)

    assert memoized("local", compute, "a") == 1
    content_version.response_cache().delete_pattern("figure:*")
    assert memoized("local", compute, "a") == 1, "kept by this process"
    assert len(computed) == 1
    content_version.response_cache().incr(content_version.VERSION_KEY)  # another instance publishes
    assert memoized("local", compute, "a") == 2
    assert memoized("local", compute, "a") == 2


@pytest.mark.redis
def test_nothing_is_kept_in_the_process_while_the_version_is_unknown(redis_caches, db):
    # With Redis unreachable the version reads None: copies kept under it would outlive changes.
    from headless import memo

    assert memo.local_cache(["figure:None:count:abc"]) is None
    assert memo.local_cache(["figure:123:count:abc", "item:123:xyz:4"]) is not None


def test_without_redis_there_is_no_second_copy():
    # The in-memory "responses" cache is this process's memory already.
    from headless import memo

    assert memo.local_cache(["figure:123:count:abc"]) is None


def test_a_built_queryset_is_built_once_per_content_version_and_named(memo, db):
    from headless import content_version
    from headless.memo import built, sql_of

    builds = []

    def build():
        builds.append(1)
        return NewsPage.objects.live().order_by("-date")

    first = built("latest-news", build, "en")
    second = built("latest-news", build, "en")
    assert len(builds) == 1
    assert first is not second  # each request has its own clone to filter and slice
    assert sql_of(first) == sql_of(second) == ("named", "latest-news", "en")
    assert str(first.query) == str(second.query)
    built("latest-news", build, "fr")
    assert len(builds) == 2
    content_version.bump()
    built("latest-news", build, "en")
    assert len(builds) == 3


def test_without_memoized_figures_a_queryset_is_built_every_time(settings, db):
    from headless.memo import built

    settings.MEMOIZE_FIGURES = False
    builds = []
    for _ in range(2):
        built("latest-news", lambda: builds.append(1) or NewsPage.objects.all(), "en")
    assert len(builds) == 2
