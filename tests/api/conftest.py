import datetime
import json
from types import SimpleNamespace

import pytest

from django.utils import timezone

from tests.browse.builders import Site
from tests.factories import CountryFactory, CreditedImageFactory, PersonFactory, TopicFactory


@pytest.fixture
def api(client):
    """GET an /api/v2/ path with query parameters (lists repeat the parameter)."""

    def get(path, expect=200, **params):
        response = client.get(f"/api/v2/{path}", params)
        assert response.status_code == expect, response.content[:500]
        return response.json()

    return get


def titles(body):
    return sorted(item["title"] for item in body["items"])


@pytest.fixture
def content(home_page):
    """Pages of each type, filed under two countries and two topics."""
    site = Site(home_page)
    albania = CountryFactory(code="AL", name="Albania")
    romania = CountryFactory(code="RO", name="Romania")
    housing = TopicFactory(name="Housing", slug="housing")
    education = TopicFactory(name="Education", slug="education")
    warmisham = PersonFactory(given_name="John", family_name="Warmisham")
    hoxha = PersonFactory(given_name="Juliana", family_name="Hoxha")
    image = CreditedImageFactory(title="Tirana town hall", credit="© CoE", file__width=1200, file__height=900)
    today = timezone.localdate()

    tirana = site.participant(
        topics=[housing],
        title="Tirana",
        country=albania,
        kind="city",
        participant_number=120,
        date_joined=datetime.date(2014, 1, 1),
        mayor=warmisham,
    )
    cluj = site.participant(
        title="Cluj", country=romania, kind="region", participant_number=110, date_joined=datetime.date(2013, 5, 1)
    )
    seminar = site.event(
        topics=[housing],
        countries=[albania],
        title="Seminar in Tirana",
        start_date=today + datetime.timedelta(days=30),
        country=albania,
    )
    meeting = site.event(
        topics=[education], title="Meeting in Bucharest", start_date=datetime.date(2018, 3, 1), country=romania
    )
    news = site.news(
        topics=[housing],
        countries=[albania],
        title="Housing in Albania",
        date=datetime.date(2020, 6, 1),
        lead_image=image,
        related_people=[warmisham],
        related_participants=[tirana],
        related_event=seminar,
        body=json.dumps(
            [
                {"type": "paragraph", "value": f'<p>Read about <a linktype="page" id="{tirana.pk}">Tirana</a>.</p>'},
                {"type": "image", "value": {"image": image.pk, "caption": "The town hall", "credit": ""}},
                {"type": "quote", "value": {"text": "We act.", "person": warmisham.pk, "attribution": "", "role": ""}},
            ]
        ),
    )
    older_news = site.news(
        topics=[education], countries=[romania], title="Schools in Romania", date=datetime.date(2016, 1, 10)
    )
    interview = site.interview(
        topics=[education, housing],
        countries=[albania, romania],
        title="Interview with Juliana Hoxha",
        date=datetime.date(2019, 2, 1),
        speaker=hoxha,
        kind="statement",
    )
    return SimpleNamespace(
        site=site,
        albania=albania,
        romania=romania,
        housing=housing,
        education=education,
        warmisham=warmisham,
        hoxha=hoxha,
        image=image,
        tirana=tirana,
        cluj=cluj,
        seminar=seminar,
        meeting=meeting,
        news=news,
        older_news=older_news,
        interview=interview,
    )
