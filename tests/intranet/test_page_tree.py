"""The intranet's page types go only where they belong and are created
through the editor's own forms."""

from wagtail.models import Page, PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from home.models import HomePage
from intranet.models import (
    EuropeanFundsPage,
    IntranetIndexPage,
    IntranetPolicyPage,
    IntranetProjectPage,
    PartnerFinderPage,
)
from tests.factories import CountryFactory, ParticipantIndexPageFactory, ParticipantPageFactory

CHILDREN = {IntranetProjectPage, IntranetPolicyPage, EuropeanFundsPage, PartnerFinderPage}


class IntranetTreeTest(WagtailPageTestCase):
    def test_the_intranet_lives_under_the_home_page_and_holds_its_pages(self):
        self.assertAllowedParentPageTypes(IntranetIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(IntranetIndexPage, CHILDREN)
        for model in CHILDREN:
            self.assertAllowedParentPageTypes(model, {IntranetIndexPage})
            self.assertAllowedSubpageTypes(model, set())


class CreateIntranetPagesTest(WagtailPageTestCase):
    def setUp(self):
        self.login()
        home = Page.objects.get(depth=2).specific
        self.participant = ParticipantPageFactory(
            parent=ParticipantIndexPageFactory(parent=home), title="Megara", country=CountryFactory(code="GR")
        )
        self.assertCanCreate(
            home,
            IntranetIndexPage,
            nested_form_data({"title": "Intranet", "slug": "intranet", "intro": rich_text("")}),
        )
        self.intranet = IntranetIndexPage.objects.get()

    def test_an_intranet_made_in_the_editor_is_private_at_once(self):
        restriction = PageViewRestriction.objects.get(page=self.intranet)
        self.assertEqual([group.name for group in restriction.groups.all()], ["Participants"])

    def test_project(self):
        data = nested_form_data(
            {
                "title": "Support Center for Roma and Vulnerable Groups",
                "slug": "support-center",
                "participant": self.participant.pk,
                "summary": "Legal help, business advice and training.",
                "status": "running",
                "year_started": "2014",
                "year_ended": "",
                "european_funds": "on",
                "needs_assessment": rich_text(""),
                "planning": rich_text("<p>A sociologist, a psychologist and a lawyer.</p>"),
                "funding": rich_text("<p>European funds.</p>"),
                "challenges": rich_text(""),
                "successes": rich_text(""),
                "lessons_learnt": rich_text(""),
                "topics": "European funds, Employment",
            }
        )
        self.assertCanCreate(self.intranet, IntranetProjectPage, data)
        page = IntranetProjectPage.objects.get()
        self.assertEqual({topic.name for topic in page.topics.all()}, {"European funds", "Employment"})

    def test_a_project_cannot_end_before_it_starts(self):
        data = nested_form_data(
            {
                "title": "Backwards",
                "slug": "backwards",
                "participant": self.participant.pk,
                "summary": "Ends first.",
                "status": "completed",
                "year_started": "2015",
                "year_ended": "2014",
                **{name: rich_text("") for name in ("needs_assessment", "planning", "funding")},
                **{name: rich_text("") for name in ("challenges", "successes", "lessons_learnt")},
                "topics": "",
            }
        )
        response = self.client.post(f"/admin/pages/add/intranet/intranetprojectpage/{self.intranet.pk}/", data)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "A project cannot end before it starts.")
        self.assertFalse(IntranetProjectPage.objects.exists())

    def test_policy(self):
        data = nested_form_data(
            {
                "title": "Local Action Plan",
                "slug": "local-action-plan",
                "participant": self.participant.pk,
                "summary": "Created in 2011 with the Association of Egyptians.",
                "year_adopted": "2011",
                "document": "",
                "partners": "Association of Egyptians\nCSO Young Roma",
                "body": rich_text("<p>Housing, education and employment.</p>"),
                "topics": "Strategy",
            }
        )
        self.assertCanCreate(self.intranet, IntranetPolicyPage, data)
        self.assertEqual(
            IntranetPolicyPage.objects.get().partner_list(), ["Association of Egyptians", "CSO Young Roma"]
        )

    def test_funds_and_finder(self):
        funds = nested_form_data(
            {
                "title": "European funds",
                "slug": "european-funds",
                "intro": rich_text(""),
                "fund_uses": inline_formset(
                    [
                        {
                            "participant": self.participant.pk,
                            "fund": "European Social Fund (ESF+)",
                            "period": "2014-2020",
                            "purpose": "Support Center",
                            "status": "used",
                            "amount_eur": "",
                        }
                    ]
                ),
            }
        )
        self.assertCanCreate(self.intranet, EuropeanFundsPage, funds)
        self.assertEqual(EuropeanFundsPage.objects.get().fund_uses.get().purpose, "Support Center")
        finder = nested_form_data({"title": "Find partners", "slug": "partner-finder", "intro": rich_text("")})
        self.assertCanCreate(self.intranet, PartnerFinderPage, finder)
