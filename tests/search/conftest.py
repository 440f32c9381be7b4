from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup

from tests.factories import EventIndexPageFactory, NewsIndexPageFactory, ParticipantIndexPageFactory


@pytest.fixture
def sections(home_page):
    """The three section index pages under the home page."""
    return SimpleNamespace(
        news=NewsIndexPageFactory(parent=home_page),
        events=EventIndexPageFactory(parent=home_page),
        participants=ParticipantIndexPageFactory(parent=home_page),
    )


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def result_titles(response):
    return [a.get_text() for a in soup(response).select(".search-results article h2 a")]


def facet_counts(response):
    """{label: count} of the type facets, e.g. {"News": 2, "Events": 1}."""
    counts = {}
    for link in soup(response).select(".facets li a"):
        label, count = link.get_text(" ", strip=True).rsplit(" ", 1)
        counts[label] = int(count.strip("()"))
    return counts
