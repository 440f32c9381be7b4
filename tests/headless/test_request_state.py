"""What a request reads once: the content version, kept for the request and read again after
a change the request makes; and the privacy checks Wagtail makes, unchanged."""

from wagtail.models import Page, PageViewRestriction

from headless import content_version
from news.models import NewsPage
from tests.browse.builders import Site


def test_the_version_is_read_once_per_request_and_again_after_a_change(cache_backend, db):
    cache = content_version.response_cache()
    with content_version.pinned():
        first = content_version.current()
        cache.set(content_version.VERSION_KEY, first + 100, timeout=None)  # another instance's publish
        assert content_version.current() == first
        content_version.bump()  # this request's own change
        assert content_version.current() == first + 101
    assert content_version.current() == first + 101


def test_outside_a_request_the_version_is_read_each_time(cache_backend, db):
    cache = content_version.response_cache()
    first = content_version.current()
    cache.set(content_version.VERSION_KEY, first + 1, timeout=None)
    assert content_version.current() == first + 1


def public_titles():
    return sorted(NewsPage.objects.live().public().values_list("title", flat=True))


def test_public_matches_wagtails_own_reading(home_page):
    site = Site(home_page)
    section = site.news(title="Section")
    site.news(title="Elsewhere")
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    public = set(Page.objects.public().values_list("pk", flat=True))
    restricted = {page.pk for page in Page.objects.all() if page.get_view_restrictions()}
    assert section.pk in restricted
    assert public == set(Page.objects.values_list("pk", flat=True)) - restricted


def test_a_restricted_page_is_still_refused_to_a_visitor(home_page, client):
    site = Site(home_page)
    private = site.news(title="Closed")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    for _ in range(2):
        response = client.get(private.url)
        assert response.status_code == 302
        assert "/login" in response["Location"]
