"""The intranet's demo content, from the Alliance's own words about it (seed
002) and the projects and policies the demo participants describe."""

from .models import (
    EuropeanFundsPage,
    FundStatus,
    FundUse,
    IntranetIndexPage,
    IntranetPolicyPage,
    IntranetProjectPage,
    PartnerFinderPage,
    ProjectStatus,
)

INTRO = (
    "<p>This intranet allows the Alliance participants to share key information about their respective "
    "projects and policies for Roma inclusion at local and regional level, with a view to better learn from "
    "each other: needs assessment, planning processes, funding schemes, challenges, successes and lessons "
    "learnt. It also holds data on the access to and use of European funds, and helps participants identify "
    "potential partners for joint projects and related activities.</p>"
)

PROJECTS = [
    {
        "slug": "megara-support-center-for-roma-and-vulnerable-groups",
        "title": "Support Center for Roma and Vulnerable Groups",
        "participant": "megara",
        "summary": (
            "Opened in 2014 with European funds, the Support Center helps Roma and other disadvantaged groups "
            "in legal matters, helps small entrepreneurs organise their businesses and trains unemployed people."
        ),
        "status": ProjectStatus.RUNNING,
        "year_started": 2014,
        "european_funds": True,
        "looking_for_partners": True,
        "funding": "<p>The Support Center successfully uses European funds.</p>",
        "planning": (
            "<p>The Support Center employs a sociologist, a psychologist, a lawyer, an economist, a doctor, a "
            "trainer and a Roma facilitator.</p>"
        ),
        "topics": ["european-funds", "employment", "health"],
    },
]

POLICIES = [
    {
        "slug": "tivat-local-action-plan",
        "title": "Local Action Plan",
        "participant": "tivat",
        "summary": (
            "Created in 2011 with the Association of Egyptians and the NGO ‘CSO Young Roma’, the Local Action "
            "Plan tackles the exclusion of Roma and Egyptians from multiple perspectives."
        ),
        "year_adopted": 2011,
        "partners": "Association of Egyptians\nCSO Young Roma",
        "topics": ["strategy"],
    },
]

FUND_USES = [
    {
        "participant": "megara",
        "fund": "European funds",
        "period": "since 2014",
        "purpose": "Support Center for Roma and Vulnerable Groups",
        "status": FundStatus.USED,
    },
]


class IntranetDemoLoader:
    def __init__(self, loader):
        self.loader = loader

    def run(self, home, participants, topics):
        index = IntranetIndexPage.objects.child_of(home).first()
        if index is None:
            index = self.loader.publish(home, IntranetIndexPage(title="Intranet", slug="intranet", intro=INTRO))
        self.child(
            index,
            EuropeanFundsPage,
            "european-funds",
            title="European funds",
            intro="<p>Which participants use which European funds, and for what.</p>",
            fund_uses=[
                FundUse(sort_order=i, **dict(use, participant=participants[use["participant"]]))
                for i, use in enumerate(FUND_USES)
            ],
        )
        self.child(
            index,
            PartnerFinderPage,
            "partner-finder",
            title="Find partners",
            intro="<p>Find participants, and the projects they share here, by topic, country and kind.</p>",
        )
        for model, items in [(IntranetProjectPage, PROJECTS), (IntranetPolicyPage, POLICIES)]:
            for item in items:
                fields = dict(item)
                page_topics = [topics[slug] for slug in fields.pop("topics")]
                fields["participant"] = participants[fields["participant"]]
                self.child(index, model, fields.pop("slug"), topics=page_topics, **fields)
        return index

    def child(self, index, model, slug, topics=(), **fields):
        """Create and publish the page unless it exists."""
        if model.objects.child_of(index).filter(slug=slug).exists():
            return
        page = model(slug=slug, **fields)
        if topics:
            page.topics.add(*topics)
        self.loader.publish(index, page)
