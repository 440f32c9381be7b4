"""What a request reads once: the content version, and the restricted sections behind every
`.public()`. Kept for the request, and read again after a change the request makes."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, PageViewRestriction

from headless import content_version
from headless.privacy import restricted_sections, wagtail_get_view_restrictions
from news.models import NewsPage
from tests.browse.builders import Site


@pytest.fixture
def memo(cache_backend, settings):
    settings.MEMOIZE_FIGURES = True
    return cache_backend


def test_the_version_is_read_once_per_request_and_again_after_a_change(memo, db):
    cache = content_version.response_cache()
    with content_version.pinned():
        first = content_version.current()
        cache.set(content_version.VERSION_KEY, first + 100, timeout=None)  # another instance's publish
        assert content_version.current() == first
        content_version.bump()  # this request's own change
        assert content_version.current() == first + 101
    assert content_version.current() == first + 101


def test_outside_a_request_the_version_is_read_each_time(memo, db):
    cache = content_version.response_cache()
    first = content_version.current()
    cache.set(content_version.VERSION_KEY, first + 1, timeout=None)
    assert content_version.current() == first + 1


def public_titles():
    return sorted(NewsPage.objects.live().public().values_list("title", flat=True))


def test_the_restricted_sections_are_read_once_and_follow_a_new_restriction(home_page, memo):
    site = Site(home_page)
    site.news(title="Open")
    private = site.news(title="Closed")
    with content_version.pinned():
        assert public_titles() == ["Closed", "Open"]
        with CaptureQueriesContext(connection) as captured:
            assert public_titles() == ["Closed", "Open"]
            assert not Page.objects.not_public().filter(title="Open").exists()
        assert not [query for query in captured.captured_queries if "pageviewrestriction" in query["sql"]]

        PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
        assert public_titles() == ["Open"]
    assert restricted_sections() == ((private.path, private.depth),)
    assert public_titles() == ["Open"]


@pytest.mark.parametrize("memoize", [True, False])
def test_public_matches_wagtails_own_reading(home_page, settings, memoize):
    settings.MEMOIZE_FIGURES = memoize
    site = Site(home_page)
    section = site.news(title="Section")
    site.news(title="Elsewhere")
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    public = set(Page.objects.public().values_list("pk", flat=True))
    restricted = {page.pk for page in Page.objects.all() if page.get_view_restrictions()}
    assert section.pk in restricted
    assert public == set(Page.objects.values_list("pk", flat=True)) - restricted


@pytest.mark.parametrize("memoize", [True, False])
def test_the_restrictions_wagtail_checks_before_serving_are_wagtails(home_page, settings, memoize):
    # headless.privacy.get_view_restrictions answers from the restricted sections for a page in
    # none of them and under no alias; Wagtail's reading for the others, aliases included.
    settings.MEMOIZE_FIGURES = memoize
    site = Site(home_page)
    section = site.news(title="Section")
    open_page = site.news(title="Elsewhere")
    restriction = PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    alias = section.create_alias(update_slug="section-alias")
    with content_version.pinned():
        pages = list(Page.objects.all())
        list(open_page.get_view_restrictions())  # reads the sections and aliases, once per version
        with CaptureQueriesContext(connection) as captured:
            assert list(open_page.get_view_restrictions()) == []
        if memoize:
            assert not captured.captured_queries
        assert list(section.get_view_restrictions()) == [restriction]
        # An alias takes its source's restrictions, though its path is outside the section.
        assert list(Page.objects.get(pk=alias.pk).get_view_restrictions()) == [restriction]
        for page in pages:
            assert set(page.get_view_restrictions()) == set(wagtail_get_view_restrictions(page)), page


def test_a_restricted_page_is_still_refused_to_a_visitor(home_page, client, settings):
    settings.MEMOIZE_FIGURES = True
    site = Site(home_page)
    private = site.news(title="Closed")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    for _ in range(2):
        response = client.get(private.url)
        assert response.status_code == 302
        assert "/login" in response["Location"]
