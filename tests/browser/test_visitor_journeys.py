"""What a visitor does, in a real browser against the demo content."""

import pytest

pytestmark = pytest.mark.browser


def test_a_visitor_reads_the_news_filtered_by_country_and_opens_an_item(page):
    page.goto("/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="News").click()
    page.get_by_label("Country").select_option("ME")
    page.get_by_role("button", name="Filter").click()
    assert "country=ME" in page.url
    assert page.get_by_role("status").inner_text().startswith("1 item for")
    page.get_by_role("link", name="The municipality of Tivat is the 127th participant of the Alliance").first.click()
    assert page.locator("h1").inner_text() == "The municipality of Tivat is the 127th participant of the Alliance"
    assert page.locator(".credit").first.inner_text() == "© Wikipedia.org"


def test_a_visitor_finds_a_participant_on_the_map_and_opens_its_profile(page):
    page.goto("/participants/")
    figure = page.locator("figure.participants-map")
    figure.wait_for(state="visible")
    markers = page.locator(".participants-map a.marker")
    assert markers.count() == int(figure.get_attribute("data-markers")) >= 4
    page.get_by_label("Country").select_option("ME")
    page.get_by_role("button", name="Show").click()
    page.locator("figure.participants-map").wait_for(state="visible")
    assert page.locator(".participants-map a.marker").count() == 1
    page.locator(".participants-map a.marker").first.click()
    assert page.locator("h1").inner_text() == "Tivat"
    assert "127th participant of the Alliance" in page.locator(".facts").inner_text()
