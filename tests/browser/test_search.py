import re

import pytest

from .conftest import serious_violations

pytestmark = pytest.mark.browser


def test_search_form_filters_results_with_no_serious_accessibility_violation(page):
    page.goto("/en/search/")
    page.get_by_label("Search the site").fill("Roma inclusion")
    page.get_by_label("Type").select_option("news")
    page.get_by_role("button", name="Search").click()

    assert "type=news" in page.url
    assert re.fullmatch(r"\d+ results for “Roma inclusion”\.", page.get_by_role("status").inner_text())
    assert set(page.locator(".search-results .result-type").all_inner_texts()) == {"News item"}
    assert page.locator(".search-results mark").first.is_visible()
    assert serious_violations(page) == []

    for url in ("/en/search/?q=xylophone", "/en/search/?q=Roma&type=podcast"):
        page.goto(url)
        assert serious_violations(page) == [], url
