"""A page past its expiry date leaves every list at once, before the scheduler unpublishes it
(headless/expiry.py)."""

import datetime

import pytest

from django.utils import timezone

from news.models import NewsPage
from tests.browse.builders import Site, country
from tests.factories import TopicFactory


@pytest.fixture
def site(home_page):
    site = Site(home_page)
    housing = TopicFactory(name="Housing", slug="housing")
    for n in range(3):
        site.news(title=f"News {n}", topics=[housing], countries=[country("AL")])
    return site


@pytest.mark.parametrize(
    "url",
    ["/en/news/", "/en/topics/housing/", "/api/v2/pages/?type=news.NewsPage", "/api/v3/pages/?type=news.NewsPage"],
)
def test_a_page_leaves_every_list_when_its_expiry_passes_though_nothing_else_changed(site, client, monkeypatch, url):
    page = NewsPage.objects.get(title="News 2")
    page.expire_at = timezone.now() + datetime.timedelta(hours=1)
    page.save_revision().publish()
    assert "News 2" in client.get(url).text

    later = page.expire_at + datetime.timedelta(seconds=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert "News 2" not in client.get(url).text
    assert "News 1" in client.get(url).text
