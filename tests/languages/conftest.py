"""An English news item, and the French home and news index it is translated under, all
through wagtail-localize's own views."""

import pytest

from django.test import Client

from wagtail.models import Page

from tests.factories import NewsIndexPageFactory, NewsPageFactory

from .test_translation_flow import FRENCH, publish_translation, submit_for_translation, translate_strings


@pytest.fixture
def english_news(home_page):
    index = NewsIndexPageFactory(parent=home_page)
    return NewsPageFactory(
        parent=index,
        title="Housing for Roma families in Tivat",
        slug="tivat-housing",
        teaser="Tivat builds twenty homes with Roma families.",
    )


@pytest.fixture
def french_site(admin_client, home_page, english_news, french, django_capture_on_commit_callbacks):
    """The home page and the news index in French, published: where translated news goes."""
    for page in (home_page, english_news.get_parent()):
        submit_for_translation(admin_client, page, french)
        publish_translation(admin_client, page, french, django_capture_on_commit_callbacks)


@pytest.fixture
def draft(admin_client, french_site, english_news, french, django_capture_on_commit_callbacks):
    """The English news item put into French and translated, not yet published."""
    with django_capture_on_commit_callbacks(execute=True):
        translation = submit_for_translation(admin_client, english_news, french)
    translate_strings(admin_client, translation, FRENCH)
    return Page.objects.get(pk=english_news.get_translation(french).pk).specific


@pytest.fixture
def visitor():
    """Anonymous: pytest-django's `client` is the one `admin_client` logs in."""
    return Client()
