"""What a visitor does, in a real browser against the demo content."""

import datetime

import pytest
from icalendar import Calendar

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
    page.goto("/en/participants/")
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


def test_a_visitor_follows_a_topic_narrows_to_a_country_searches_and_subscribes_to_the_events(page):
    # Home page → topics → a topic.
    page.goto("/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Topics").click()
    assert page.locator("h1").inner_text() == "Topics"
    page.locator(".tag-cloud").get_by_role("link", name="European funds").click()
    assert page.locator("h1").inner_text() == "European funds"

    # Narrow to Spain, then open a news item from there.
    page.locator(".related-countries").get_by_role("link", name="Spain", exact=True).click()
    assert page.locator("h1").inner_text() == "European funds in Spain"
    assert "country=ES" in page.url
    news = page.locator("section[aria-labelledby=news-heading]")
    news.get_by_role("link", name="Alliance 3rd national workshop in Spain").first.click()
    assert page.locator("h1").inner_text().startswith("Alliance 3rd national workshop in Spain")
    assert "Spain" in page.locator(".taxonomy").inner_text()

    # Search for the seminar and open the event.
    page.get_by_label("Search the site").fill("Malaga seminar")
    page.get_by_label("Search the site").press("Enter")
    assert "Malaga seminar" in page.get_by_role("status").inner_text()
    page.get_by_role("link", name="Alliance 3rd national seminar in Spain on access to European funds").first.click()
    assert page.locator("h1").inner_text() == "Alliance 3rd national seminar in Spain on access to European funds"

    # A past event offers no "Add to calendar"; the footer's events calendar holds what is to come.
    assert page.get_by_role("link", name="Add to calendar (.ics)").count() == 0
    with page.expect_download() as download_info:
        page.get_by_role("contentinfo").get_by_role("link", name="Events calendar (iCalendar)").click()
    download = download_info.value
    assert download.suggested_filename == "events.ics"
    calendar = Calendar.from_ical(open(download.path(), "rb").read())
    assert calendar.subcomponents, "RFC 5545: at least one component, an event or the time zone"
    for event in calendar.walk("VEVENT"):
        assert (event.get("DTEND") or event["DTSTART"]).dt >= datetime.date.today() - datetime.timedelta(days=1)


def test_a_visitor_opens_a_country_page_and_a_participant(page):
    page.goto("/en/countries/")
    page.get_by_role("link", name="Montenegro", exact=True).click()
    assert page.locator("h1").inner_text() == "Montenegro"
    page.locator("section[aria-labelledby=participants-heading]").get_by_role("link", name="Tivat").click()
    assert page.locator("h1").inner_text() == "Tivat"
    facts = page.locator(".facts").inner_text()
    assert "Roma population" in facts and "Participant" in facts
