import pytest

from .conftest import serious_violations

pytestmark = pytest.mark.browser


def test_home_page_opens_with_no_serious_accessibility_violation(page):
    page.goto("/")
    assert page.locator("h1").first.is_visible()
    assert serious_violations(page) == []
