"""Locale.get_for_language (behind Locale.get_active) is memoized per content version
(languages/locales.py): read once, and a new locale is found at once."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import Locale

from headless import content_version


@pytest.fixture
def memo(cache_backend, settings):
    settings.MEMOIZE_FIGURES = True
    return cache_backend


def test_the_active_locale_is_read_once(memo, db):
    english = Locale.objects.get(language_code="en")
    assert Locale.get_active() == english
    with CaptureQueriesContext(connection) as captured:
        assert Locale.get_active() == english
        assert Locale.objects.get_for_language("en").pk == english.pk
    assert not captured.captured_queries


def test_a_locale_added_is_found_and_one_missing_is_not_kept(memo, db, settings):
    from tests.languages.test_fallback import ROMANI

    for name, value in ROMANI.items():
        setattr(settings, name, value)
    with content_version.pinned():
        with pytest.raises(Locale.DoesNotExist):
            Locale.objects.get_for_language("rom")
        romani = Locale.objects.create(language_code="rom")
        assert Locale.objects.get_for_language("rom") == romani
    with translation.override("rom"):
        assert Locale.get_active() == romani


def test_off_it_reads_the_row_each_time(settings, db):
    settings.MEMOIZE_FIGURES = False
    Locale.get_active()
    with CaptureQueriesContext(connection) as captured:
        Locale.get_active()
    assert len(captured.captured_queries) == 1
