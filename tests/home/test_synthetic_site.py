"""`manage.py build_synthetic_site`: a site of the size asked for, with every page type
in both languages, in a tree Wagtail and treebeard find nothing wrong with, every page
served like one an editor published."""

import io
import re
from collections import Counter

import pytest

from django.core.management import call_command

from wagtail.models import Page, get_page_models

from news.models import NewsItemPage, NewsItemTopic

SIZE = 200


def build(size, **options):
    out = io.StringIO()
    call_command("build_synthetic_site", size=size, progress_every=50, stdout=out, **options)
    return out.getvalue()


@pytest.fixture
def synthetic_site(db):
    return build(SIZE)


def pages_of(model):
    return model.objects.filter(slug__startswith="synthetic-")


def project_page_types():
    return [
        model
        for model in get_page_models()
        if model.is_creatable and model._meta.app_label in {"home", "news", "events", "people", "intranet"}
    ]


def test_it_builds_a_valid_tree_of_the_size_asked_for(synthetic_site):
    assert Page.objects.filter(depth__gt=1).count() == SIZE
    assert re.search(r"^  50 of \d+ pages$", synthetic_site, re.MULTILINE), "progress is reported every 50 pages"

    evil_chars, bad_steplen, orphans, wrong_depth, wrong_numchild = Page.find_problems()
    assert (evil_chars, bad_steplen, orphans, wrong_depth, wrong_numchild) == ([], [], [], [], [])
    for page in Page.objects.filter(depth__gt=2):
        assert page.url_path == page.get_parent().url_path + page.slug + "/", page.pk
    sibling_slugs = Counter((page.path[:-4], page.slug) for page in Page.objects.all())
    assert max(sibling_slugs.values()) == 1
    assert not Page.objects.filter(live=False).exists()


def test_every_page_type_is_there_in_both_languages(synthetic_site):
    for model in project_page_types():
        assert model.objects.live().exists(), model.__name__
    french = Counter(
        page.specific_class.__name__ for page in Page.objects.filter(locale__language_code="fr", depth__gt=3)
    )
    assert {"NewsPage", "EventPage", "ParticipantPage"} <= set(french)
    english = Page.objects.filter(locale__language_code="en", slug__startswith="synthetic-").count()
    assert 0.15 < sum(french.values()) / english < 0.45


def test_topics_and_countries_are_skewed_as_real_content_is(synthetic_site):
    per_topic = sorted(Counter(NewsItemTopic.objects.values_list("tag_id", flat=True)).values(), reverse=True)
    assert per_topic[0] >= 4 * per_topic[len(per_topic) // 2]
    per_country = sorted(
        Counter(NewsItemPage.objects.values_list("countries__code", flat=True).exclude(countries=None)).values(),
        reverse=True,
    )
    assert per_country[0] >= 4 * per_country[len(per_country) // 2]


def test_the_pages_are_served_in_html_and_by_the_api(synthetic_site, client, member_client):
    for model in project_page_types():
        for language in ("en", "fr"):
            page = pages_of(model).filter(locale__language_code=language).first() or (
                model.objects.live().filter(locale__language_code=language).first()
            )
            if page is None:
                assert language == "fr", model.__name__
                continue
            private = model._meta.app_label == "intranet"
            html = (member_client if private else client).get(page.url)
            assert html.status_code == 200, (model.__name__, page.url)
            if not private:
                detail = client.get(f"/api/v2/pages/{page.pk}/")
                assert detail.status_code == 200, (model.__name__, page.pk)
                assert detail.json()["meta"]["locale"] == language

    listing = client.get("/api/v2/pages/?type=news.NewsPage&fields=*&limit=20")
    assert listing.status_code == 200
    assert listing.json()["meta"]["total_count"] == pages_of(Page).filter(slug__startswith="synthetic-news-").count()
    for url in ("/en/news/", "/fr/news/", "/en/events/", "/en/participants/", "/en/topics/", "/en/countries/"):
        assert client.get(url).status_code == 200, url


def test_the_site_search_finds_synthetic_pages(synthetic_site, client):
    response = client.get("/en/search/?q=municipality")

    assert response.status_code == 200
    assert "synthetic-" in response.content.decode()


def test_a_second_run_adds_nothing_and_a_larger_size_tops_up(db):
    build(120)
    assert "nothing to add" in build(120)
    assert Page.objects.filter(depth__gt=1).count() == 120

    build(170)

    assert Page.objects.filter(depth__gt=1).count() == 170
    assert Page.find_problems() == ([], [], [], [], [])
    sibling_slugs = Counter((page.path[:-4], page.slug) for page in Page.objects.all())
    assert max(sibling_slugs.values()) == 1
