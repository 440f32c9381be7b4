"""axe-core finds no serious or critical violation on the main pages, at
desktop and phone widths, and keyboard focus stays visible."""

import pytest

from .conftest import serious_violations

pytestmark = pytest.mark.browser

MAIN_PAGES = [
    "/",
    "/en/news/",
    "/en/news/the-municipality-of-tivat-is-the-127th-participant-of-the-alliance/",
    "/en/events/",
    "/en/events/seminar-roma-inclusion-local-level-tirana-2018/",
    "/en/participants/",
    "/en/participants/tivat/",
    "/en/topics/",
    "/en/topics/european-funds/?country=ES",
    "/en/countries/",
    "/en/countries/ES/",
    "/en/search/?q=Roma",
    "/en/accessibility/",
    "/fr/protection-des-donnees-personnelles/",
    "/en/no-such-page/",
]


def test_main_pages_have_no_serious_accessibility_violation(page):
    found = {}
    for width in (1280, 360):
        page.set_viewport_size({"width": width, "height": 800})
        for url in MAIN_PAGES:
            page.goto(url)
            if violations := serious_violations(page):
                found[f"{url} at {width}px"] = violations
    assert found == {}


def test_nothing_overflows_a_360_pixel_screen(page):
    page.set_viewport_size({"width": 360, "height": 800})
    for url in MAIN_PAGES:
        page.goto(url)
        # Wide tables scroll inside their own box; the page itself must not.
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{url} is {overflow}px wider than the screen"


def test_the_skip_link_and_keyboard_focus_are_visible(page):
    page.goto("/en/news/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert skip.evaluate("element => element === document.activeElement")
    box = skip.bounding_box()
    assert box["x"] >= 0 and box["y"] >= 0  # on screen once focused
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    shadow = page.evaluate("getComputedStyle(document.activeElement).boxShadow")
    background = page.evaluate("getComputedStyle(document.activeElement).backgroundColor")
    assert outline != "none" or shadow != "none" or background == "rgb(255, 191, 71)"
