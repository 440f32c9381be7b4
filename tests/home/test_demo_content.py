"""The demo site built from home/demo/content.py: complete, faithful to the
client's pages, renderable, and safe to load again."""

import datetime
from io import StringIO

from bs4 import BeautifulSoup

from django.core.management import call_command

from wagtail.models import Page

from events.models import EventPage
from home.demo.loader import DemoLoader
from home.models import FormPage, SiteContent
from news.models import InterviewPage, NewsPage
from people.models import ParticipantPage, Person, participant_counter


def test_every_demo_page_renders(demo_site, client):
    pages = Page.objects.live().public().filter(depth__gte=2).specific()
    assert pages.count() > 40
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, f"{page.url} answered {response.status_code}"
        assert BeautifulSoup(response.content, "html.parser").h1.get_text(strip=True) == page.title


def test_the_news_listing_is_complete(demo_site):
    # 25 items of the news listing plus the two 2018 statements
    english = {"locale__language_code": "en"}
    assert NewsPage.objects.filter(**english).count() + InterviewPage.objects.filter(**english).count() == 27
    assert InterviewPage.objects.filter(**english).count() == 7
    tivat = NewsPage.objects.get(title="The municipality of Tivat is the 127th participant of the Alliance")
    assert tivat.date == datetime.date(2015, 5, 6)
    assert tivat.image_credit == "© Wikipedia.org"
    assert tivat.teaser.startswith("While the municipality of Tivat has just 14.111 inhabitants")
    oldest = NewsPage.objects.order_by("date").first()
    assert oldest.date == datetime.date(2014, 5, 14)


def test_statements_keep_their_speaker_figures_and_occasion(demo_site):
    tirana = InterviewPage.objects.get(title__startswith="John WARMISHAM in Albania")
    assert tirana.kind == "statement"
    assert tirana.speaker.family_name.lower() == "warmisham"
    assert tirana.related_event is not None and tirana.related_event.city == "Tirana"
    figures = [block.value["figure"] for block in tirana.body if block.block_type == "key_figure"]
    assert "92%" in figures
    assert tirana.speaker.political_group == "SOC"
    assert tirana.speaker.national_delegation.code == "GB"


def test_participants_carry_the_facts_of_the_seeds(demo_site):
    megara = ParticipantPage.objects.get(title="Megara")
    assert megara.participant_number == 124
    assert megara.population == 40000
    assert megara.roma_population == 1800
    assert megara.roma_population_is_approximate
    assert megara.roma_population_data == "unofficial"
    assert megara.country.code == "GR"
    assert megara.mayor is not None
    numbers = dict(ParticipantPage.objects.values_list("title", "participant_number"))
    assert numbers["Tivat"] == 127
    assert numbers["Anderlecht"] == 126
    assert numbers["Ploiesti"] == 123
    assert "Daugavpils" in numbers
    assert participant_counter() == {"participants": 5, "countries": 5}


def test_people_events_forms_and_site_content_are_loaded(demo_site):
    assert Person.objects.filter(family_name__iexact="Warmisham", locale__language_code="en").count() == 1
    cahrom = EventPage.objects.get(city="Athens")
    assert cahrom.start_date == datetime.date(2018, 5, 24)
    assert (
        FormPage.objects.filter(slug__in=["join-the-alliance", "cooperate-as-ngo"], locale__language_code="en").count()
        == 2
    )
    content = SiteContent.objects.get(locale__language_code="en")
    assert "Roma and Travellers" in content.terminology_note
    assert content.join_page.slug == "join-the-alliance"


def test_loading_again_adds_nothing_and_keeps_edits(demo_site):
    megara = ParticipantPage.objects.get(title="Megara")
    megara.title = "Megara (edited)"
    megara.save_revision().publish()
    counts = (Page.objects.count(), Person.objects.count(), SiteContent.objects.count())

    assert DemoLoader(log=lambda message: None, french=False).run() == 0

    assert (Page.objects.count(), Person.objects.count(), SiteContent.objects.count()) == counts
    assert ParticipantPage.objects.get(pk=megara.pk).title == "Megara (edited)"


def test_command_reports_progress(db):
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    assert "participants: 5 in the dataset, 5 created" in out.getvalue()
    assert "items created" in out.getvalue()
    out = StringIO()
    call_command("load_demo_content", stdout=out)
    assert "participants: 5 in the dataset, 0 created" in out.getvalue()
    assert "nothing to add" in out.getvalue()
