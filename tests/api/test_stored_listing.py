"""The v2 listing of one page type served from its stored listing (api/listing.py): the same
answer as counting and filtering the pages, in two queries, and never a page that is no
longer listed."""

import datetime
import time

import pytest

from django.test import Client
from django.utils import timezone

from api import listing
from headless import documents
from headless.changes import rendered_before_commit
from headless.models import StoredDocument
from news.models import NewsPage
from tests.factories import NewsIndexPageFactory, NewsPageFactory, TopicFactory
from tests.queries import fetch

LISTING = "/api/v2/pages/?type=news.NewsPage&fields=*"
KEY = documents.Listing.key_of(NewsPage)


@pytest.fixture
def news(home_page):
    index = NewsIndexPageFactory(parent=home_page)
    for slug in ("tivat", "megara", "skopje", "craiova"):
        NewsPageFactory(parent=index, title=f"{slug.title()} joins the Alliance", slug=slug)
    return index


def store_all():
    assert documents.render(KEY)
    for page in NewsPage.objects.live():
        assert documents.render(documents.Item.key(page))


@pytest.mark.parametrize(
    "query", ["", "&limit=2", "&limit=2&offset=1", "&offset=3", "&offset=10", "&fields=title"], ids=repr
)
def test_a_plain_listing_is_served_from_the_store_as_it_would_be_computed(news, query):
    computed = Client().get(LISTING + query)
    store_all()

    served = fetch(Client(), LISTING + query)

    assert served.status_code == computed.status_code == 200
    assert served.json() == computed.json()
    if "fields=title" not in query:
        assert served.queries == (2 if served.json()["items"] else 1), "the listing, then its items"


def test_a_listing_with_a_filter_or_an_order_is_computed(news):
    page = NewsPage.objects.get(slug="tivat")
    page.topics.add(TopicFactory(slug="housing"))
    page.save_revision().publish()
    store_all()
    StoredDocument.objects.filter(path=KEY).update(content=b'{"count": 0, "ids": []}')

    assert Client().get(LISTING + "&topic=housing").json()["meta"]["total_count"] == 1
    assert Client().get(LISTING + "&order=-title").json()["meta"]["total_count"] == 4
    assert Client().get(LISTING).json() == {"meta": {"total_count": 0}, "items": []}, "served as stored"


def test_past_its_stored_ids_the_listing_is_computed(news, monkeypatch):
    monkeypatch.setattr(listing, "LISTED_IDS", 2)
    computed = Client().get(LISTING + "&offset=1&limit=2").json()
    store_all()

    served = fetch(Client(), LISTING + "&offset=1&limit=2")

    assert served.json() == computed
    assert served.queries > 2


def test_a_new_page_makes_the_stored_listing_due_and_the_next_request_lists_it(news):
    store_all()

    NewsPageFactory(parent=news, title="Bitola joins the Alliance", slug="bitola")

    assert StoredDocument.objects.due().filter(path=KEY).exists()
    assert Client().get(LISTING).json()["meta"]["total_count"] == 5


def test_an_editors_change_stores_the_listing_again_before_it_commits(news):
    store_all()

    with rendered_before_commit():
        NewsPage.objects.get(slug="tivat").unpublish()

    served = fetch(Client(), LISTING)
    assert served.queries == 2
    assert served.json()["meta"]["total_count"] == 3
    assert "tivat" not in {item["meta"]["slug"] for item in served.json()["items"]}


def test_a_page_moved_elsewhere_in_the_tree_makes_the_listing_of_its_type_due(news, home_page):
    other = NewsIndexPageFactory(parent=home_page, slug="more-news")
    store_all()

    news.move(other, pos="last-child")

    assert StoredDocument.objects.due().filter(path=KEY).exists()


def test_the_stored_listing_is_not_served_past_the_expiry_of_a_page_it_lists(news):
    page = NewsPage.objects.get(slug="tivat")
    page.expire_at = timezone.now() + datetime.timedelta(seconds=2)
    page.save_revision().publish()
    store_all()
    assert StoredDocument.objects.get(path=KEY).valid_until == page.expire_at

    time.sleep(max(0, (page.expire_at - timezone.now()).total_seconds()) + 0.1)

    assert Client().get(LISTING).json()["meta"]["total_count"] == 3


def test_the_first_page_of_a_type_published_stores_its_listing(home_page, django_capture_on_commit_callbacks):
    index = NewsIndexPageFactory(parent=home_page)
    with django_capture_on_commit_callbacks(execute=True):
        page = NewsPageFactory(parent=index, slug="tivat")
        page.save_revision().publish()

    assert StoredDocument.objects.rendered().filter(path=KEY).exists()
