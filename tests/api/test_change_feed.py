"""The change feed for mirrors: `updated_since` lists pages published since, and
`meta.tombstones` the pages that stopped being public since."""

import datetime

import pytest

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction

from api.models import PageTombstone
from tests.factories import NewsIndexPageFactory, NewsPageFactory


@pytest.fixture
def since():
    return (timezone.now() - datetime.timedelta(seconds=1)).isoformat()


@pytest.fixture
def published(content):
    """The news item, published through a revision as an editor does."""
    content.news.save_revision().publish()
    content.news.refresh_from_db()
    return content.news


def test_updated_since_lists_pages_published_since(api, content, since, published):
    body = api("pages/", updated_since=since)
    assert [item["id"] for item in body["items"]] == [published.pk]
    assert body["meta"]["tombstones"] == []


def test_updated_since_in_the_future_lists_nothing(api, published):
    later = (timezone.now() + datetime.timedelta(days=1)).strftime("%Y-%m-%d")
    assert api("pages/", updated_since=later)["meta"]["total_count"] == 0


def test_a_naive_timestamp_is_read_as_utc(api, published):
    body = api("pages/", updated_since="2000-01-01T00:00:00")
    assert published.pk in [item["id"] for item in body["items"]]


def test_unpublished_page_leaves_a_tombstone(api, published, since):
    published.unpublish()
    body = api("pages/", updated_since=since)
    assert body["items"] == []
    (tombstone,) = body["meta"]["tombstones"]
    assert tombstone["id"] == published.pk
    assert tombstone["type"] == "news.NewsPage"
    assert tombstone["reason"] == "unpublished"
    assert tombstone["locale"] == "en"
    assert tombstone["url_path"].endswith(f"/news/{published.slug}/")


def test_deleted_page_leaves_a_tombstone(api, published, since):
    pk = published.pk
    published.delete()
    (tombstone,) = api("pages/", updated_since=since)["meta"]["tombstones"]
    assert (tombstone["id"], tombstone["reason"]) == (pk, "deleted")


def test_deleting_a_section_buries_its_published_pages(api, content, published, since):
    content.site.news_index.delete()
    buried = {t["id"]: t["reason"] for t in api("pages/", updated_since=since)["meta"]["tombstones"]}
    assert buried[published.pk] == "deleted"


def test_page_made_private_leaves_a_tombstone(api, published, since):
    PageViewRestriction.objects.create(page=published, restriction_type=PageViewRestriction.LOGIN)
    (tombstone,) = api("pages/", updated_since=since)["meta"]["tombstones"]
    assert (tombstone["id"], tombstone["reason"]) == (published.pk, "made_private")


def test_publishing_again_removes_the_tombstone(api, published, since):
    published.unpublish()
    published.save_revision().publish()
    body = api("pages/", updated_since=since)
    assert body["meta"]["tombstones"] == []
    assert [item["id"] for item in body["items"]] == [published.pk]


def test_a_draft_never_published_leaves_no_tombstone(content):
    draft = NewsPageFactory(parent=content.site.news_index, live=False, title="Never out")
    draft.delete()
    assert not PageTombstone.objects.filter(page_id=draft.pk).exists()


def test_old_tombstones_are_left_out(api, published):
    published.unpublish()
    later = (timezone.now() + datetime.timedelta(seconds=1)).isoformat()
    assert api("pages/", updated_since=later)["meta"]["tombstones"] == []


def test_tombstones_only_with_updated_since(api, published):
    published.unpublish()
    assert "tombstones" not in api("pages/")["meta"]


def test_page_unpublished_at_its_expiry_leaves_a_tombstone(api, published, since):
    published.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    published.save()
    call_command("publish_scheduled", verbosity=0)
    (tombstone,) = api("pages/", updated_since=since)["meta"]["tombstones"]
    assert (tombstone["id"], tombstone["reason"]) == (published.pk, "unpublished")


def test_a_page_moved_into_a_private_section_leaves_a_tombstone_and_out_of_it_takes_it_away(
    api, home_page, published, since
):
    members = NewsIndexPageFactory(parent=home_page, title="Members' news", slug="members-news")
    PageViewRestriction.objects.create(page=members, restriction_type=PageViewRestriction.LOGIN)
    public_index = published.get_parent()

    published.move(members, pos="last-child")
    (tombstone,) = api("pages/", updated_since=since)["meta"]["tombstones"]
    assert (tombstone["id"], tombstone["reason"]) == (published.pk, "made_private")

    Page.objects.get(pk=published.pk).move(public_index, pos="last-child")
    assert api("pages/", updated_since=since)["meta"]["tombstones"] == []
