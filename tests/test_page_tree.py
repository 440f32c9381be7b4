"""Editors can only build a valid tree: each page type is allowed under its
parent and nowhere else, and can be created through the real admin form."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from events.models import EventIndexPage, EventPage
from home.models import FormPage, HomePage, InformationPage
from intranet.models import IntranetIndexPage
from news.models import InterviewPage, NewsIndexPage, NewsPage
from people.models import ParticipantIndexPage, ParticipantPage
from taxonomy.models import Country, Topic
from tests.factories import (
    EventIndexPageFactory,
    NewsIndexPageFactory,
    ParticipantIndexPageFactory,
    PersonFactory,
)


class PageTreeRulesTest(WagtailPageTestCase):
    def test_home_page_holds_the_sections_and_forms(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage,
            {NewsIndexPage, EventIndexPage, ParticipantIndexPage, FormPage, InformationPage, IntranetIndexPage},
        )

    def test_news_index_holds_news_items_and_interviews_only(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage, InterviewPage})
        for model in (NewsPage, InterviewPage):
            self.assertAllowedParentPageTypes(model, {NewsIndexPage})
            self.assertAllowedSubpageTypes(model, set())

    def test_event_index_holds_events_only(self):
        self.assertAllowedParentPageTypes(EventIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedSubpageTypes(EventPage, set())

    def test_participant_index_holds_participant_profiles_only(self):
        self.assertAllowedParentPageTypes(ParticipantIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ParticipantIndexPage, {ParticipantPage})
        self.assertAllowedParentPageTypes(ParticipantPage, {ParticipantIndexPage})
        self.assertAllowedSubpageTypes(ParticipantPage, set())

    def test_form_pages_live_under_the_home_page(self):
        self.assertAllowedParentPageTypes(FormPage, {HomePage})
        self.assertAllowedSubpageTypes(FormPage, set())

    def test_information_pages_live_under_the_home_page(self):
        self.assertAllowedParentPageTypes(InformationPage, {HomePage})
        self.assertAllowedSubpageTypes(InformationPage, set())

    def test_a_section_index_can_exist_only_once(self):
        home = Page.objects.get(depth=2).specific
        NewsIndexPageFactory(parent=home)
        self.assertFalse(NewsIndexPage.can_create_at(home))
        self.assertTrue(EventIndexPage.can_create_at(home))


class CreateThroughTheEditorTest(WagtailPageTestCase):
    """Each page type saved through the admin's own create view and form."""

    def setUp(self):
        self.login()
        self.home = Page.objects.get(depth=2).specific
        self.albania = Country.objects.get(code="AL")
        self.person = PersonFactory()

    def taxonomy(self):
        return {"countries": [self.albania.pk], "topics": "Housing, European funds"}

    def test_news_item(self):
        news_index = NewsIndexPageFactory(parent=self.home)
        data = nested_form_data(
            {
                "title": "Daugavpils: the first new participant of the Alliance in 2015",
                "slug": "daugavpils",
                "date": "2015-02-24",
                "teaser": "The European Alliance welcomes the city of Daugavpils.",
                "lead_image_credit": "© Wikipedia.org",
                "body": streamfield(
                    [
                        ("paragraph", rich_text("<p>Daugavpils is a city in the South of Latvia.</p>")),
                        (
                            "key_figure",
                            {
                                "figure": "92%",
                                "label": "of non-Roma have toilets inside their homes",
                                "comparison_figure": "50%",
                                "comparison_label": "of the Roma population",
                                "source": "",
                            },
                        ),
                    ]
                ),
                "related_people": [self.person.pk],
                **self.taxonomy(),
            }
        )
        self.assertCanCreate(news_index, NewsPage, data)
        page = NewsPage.objects.get(slug="daugavpils")
        self.assertEqual(page.body[1].value["figure"], "92%")
        self.assertEqual({t.name for t in page.topics.all()}, {"Housing", "European funds"})
        self.assertTrue(Topic.objects.filter(name="European funds").exists())

    def test_interview(self):
        news_index = NewsIndexPageFactory(parent=self.home)
        data = nested_form_data(
            {
                "title": "Juliana Hoxha: Roma should be part of the priority-setting process",
                "slug": "juliana-hoxha",
                "kind": "interview",
                "speaker": self.person.pk,
                "speaker_role": "Congress member and municipal councillor from Tirana",
                "date": "2015-05-20",
                "teaser": "On the occasion of the 28th Congress Session ...",
                "lead_image_credit": "© CoE",
                "pull_quote": "Roma should be part of the priority-setting process.",
                "body": streamfield(
                    [
                        (
                            "question_answer",
                            {"question": "What must change?", "answer": rich_text("<p>Participation.</p>")},
                        ),
                        ("statement", {"text": rich_text("<p>Roma remain largely marginalized.</p>")}),
                    ]
                ),
                **self.taxonomy(),
            }
        )
        self.assertCanCreate(news_index, InterviewPage, data)

    def test_event(self):
        event_index = EventIndexPageFactory(parent=self.home)
        data = nested_form_data(
            {
                "title": "Seminar on Roma Inclusion at the local level",
                "slug": "seminar-tirana",
                "event_type": "seminar",
                "start_date": "2018-10-11",
                "end_date": "",
                "venue": "",
                "city": "Tirana",
                "country": self.albania.pk,
                "teaser": "An exchange between Albanian mayors.",
                "description": rich_text("<p>Co-organised by the Congress and the City of Tirana.</p>"),
                "organisers": inline_formset(
                    [
                        {"name": "Congress of Local and Regional Authorities", "role": "co-organiser"},
                        {"name": "City of Tirana", "role": "co-organiser"},
                    ]
                ),
                "speakers": inline_formset([{"person": self.person.pk, "role": "Congress Spokesperson"}]),
                "programme": streamfield([]),
                **self.taxonomy(),
            }
        )
        self.assertCanCreate(event_index, EventPage, data)
        event = EventPage.objects.get(slug="seminar-tirana")
        self.assertEqual(
            [o.name for o in event.organisers.all()], ["Congress of Local and Regional Authorities", "City of Tirana"]
        )
        self.assertEqual(event.speakers.get().person, self.person)

    def test_participant_profile(self):
        index = ParticipantIndexPageFactory(parent=self.home)
        data = nested_form_data(
            {
                "title": "Megara",
                "slug": "megara",
                "official_name": "",
                "kind": "city",
                "country": Country.objects.get(code="GR").pk,
                "region": "",
                "teaser": "The Greek city of Megara is the 124th participant.",
                "body": rich_text("<p>Located 40km west of Athens.</p>"),
                "participant_number": "124",
                "date_joined": "2014-12-05",
                "population": "40000",
                "roma_population": "1800",
                "roma_population_is_approximate": "on",
                "roma_population_data": "unofficial",
                "roma_population_source": "",
                "roma_population_note": "",
                "latitude": "37.996400",
                "longitude": "23.344400",
                "website": "",
                "initiatives": streamfield(
                    [
                        (
                            "project",
                            {
                                "title": "Support Center for Roma and Vulnerable Groups",
                                "year_started": "2014",
                                "description": rich_text("<p>Helps small entrepreneurs.</p>"),
                                "european_funds": "on",
                                "staff": streamfield([("item", "Sociologist"), ("item", "Roma facilitator")]),
                            },
                        )
                    ]
                ),
                "partners": inline_formset([{"name": "CSO Young Roma", "website": "", "description": ""}]),
                "topics": "Housing",
            }
        )
        self.assertCanCreate(index, ParticipantPage, data)
        megara = ParticipantPage.objects.get(slug="megara")
        self.assertEqual((megara.participant_number, megara.population, megara.roma_population), (124, 40000, 1800))
        self.assertTrue(megara.initiatives[0].value["european_funds"])

    def test_form_page(self):
        data = nested_form_data(
            {
                "title": "Cooperate as NGO",
                "slug": "cooperate-as-ngo",
                "intro": rich_text("<p>Propose a cooperation.</p>"),
                "thank_you_text": rich_text("<p>Thank you.</p>"),
                "form_fields": inline_formset(
                    [
                        {
                            "label": "Organisation",
                            "field_type": "singleline",
                            "required": "on",
                            "choices": "",
                            "default_value": "",
                            "help_text": "",
                        }
                    ]
                ),
                "from_address": "",
                "to_address": "",
                "subject": "",
            }
        )
        self.assertCanCreate(self.home, FormPage, data)

    def test_information_page(self):
        data = nested_form_data(
            {
                "title": "Accessibility statement",
                "slug": "accessibility",
                "intro": rich_text("<p>Everyone should be able to use this site.</p>"),
                "body": streamfield(
                    [
                        ("heading", {"text": "Conformance status", "level": "h2"}),
                        ("paragraph", rich_text("<p>Partially conformant with WCAG 2.2, level AA.</p>")),
                    ]
                ),
            }
        )
        self.assertCanCreate(self.home, InformationPage, data)
        page = InformationPage.objects.get(slug="accessibility")
        self.assertEqual(page.body[0].value["text"], "Conformance status")
