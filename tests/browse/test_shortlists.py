"""A topic or country page shows the first few of its events and participants,
says how many there are, and links to all of them on the events index or the
participants directory, narrowed the same way."""

import datetime

import pytest

from django.utils import timezone

from browse.shortlists import PARTICIPANTS_SHOWN, PAST_SHOWN, UPCOMING_SHOWN

from .builders import country
from .html import section, soup, texts

TODAY = timezone.localdate()


def add_events(site, topic, count, ahead):
    for n in range(count):
        days = n + 1 if ahead else -(n + 1)
        site.event(
            title=f"{'Upcoming' if ahead else 'Past'} {n:02}",
            topics=[topic],
            country=country("AL"),
            start_date=TODAY + datetime.timedelta(days=days),
        )


@pytest.mark.parametrize(
    ("url", "events_link", "participants_link"),
    [
        ("/en/topics/housing/", "/en/events/?topic=housing", "/en/participants/?topic=housing"),
        ("/en/topics/housing/?country=AL", "/en/events/?topic=housing&country=AL", None),
        ("/en/countries/AL/", "/en/events/?country=AL", "/en/participants/?country=AL"),
    ],
)
def test_long_sections_show_the_first_ones_and_link_to_the_rest(
    site, housing, client, url, events_link, participants_link
):
    add_events(site, housing, UPCOMING_SHOWN + 2, ahead=True)
    add_events(site, housing, PAST_SHOWN + 3, ahead=False)
    for n in range(PARTICIPANTS_SHOWN + 1):
        site.participant(title=f"Town {n:02}", topics=[housing], country=country("AL"), participant_number=n + 1)

    html = soup(client.get(url))

    upcoming = section(html, "upcoming-heading")
    assert texts(upcoming, "h2 .count") == [f"({UPCOMING_SHOWN + 2})"]
    titles = texts(upcoming, "h3")
    assert titles[0] == "Upcoming 00"  # the soonest first
    assert len(titles) == UPCOMING_SHOWN
    assert upcoming.select_one("p.more a")["href"] == f"{events_link}#upcoming"
    assert texts(upcoming, "p.more") == [f"See all {UPCOMING_SHOWN + 2}"]

    past = section(html, "past-heading")
    assert texts(past, "h2 .count") == [f"({PAST_SHOWN + 3})"]
    titles = texts(past, "h3")
    assert titles[0] == "Past 00"  # the latest first
    assert len(titles) == PAST_SHOWN
    assert past.select_one("p.more a")["href"] == f"{events_link}#past"

    participants = section(html, "participants-heading")
    assert texts(participants, "h2 .count") == [f"({PARTICIPANTS_SHOWN + 1})"]
    assert len(participants.select("tbody tr")) == PARTICIPANTS_SHOWN
    if participants_link:
        assert participants.select_one("p.more a")["href"] == participants_link


def test_the_link_leads_to_every_one_of_them(site, housing, education, client):
    add_events(site, housing, PAST_SHOWN + 3, ahead=False)
    site.event(title="Schools", topics=[education], country=country("AL"), start_date=TODAY - datetime.timedelta(1))
    href = section(soup(client.get("/en/topics/housing/")), "past-heading").select_one("p.more a")["href"]

    listed = texts(soup(client.get(href.split("#")[0])), "section[aria-labelledby=past] h3")
    assert sorted(set(listed)) == [f"Past {n:02}" for n in range(PAST_SHOWN + 3)]


def test_short_sections_have_no_link(site, housing, client):
    add_events(site, housing, 2, ahead=True)
    site.participant(topics=[housing], country=country("AL"))
    html = soup(client.get("/en/topics/housing/"))
    assert html.select("p.more") == []
    assert texts(section(html, "upcoming-heading"), "h2 .count") == ["(2)"]
