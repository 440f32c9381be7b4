"""The participants' intranet: a section of the site only logged-in members of
the Participants group can read (a group view restriction on its index page,
which covers every page below it), where participants share their projects
and policies and their use of European funds, and find partners.

Every page here is private: lists inside the intranet use `.live()` without
`.public()`, because the reader has already passed the index's restriction;
nothing from here may be listed outside it."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Prefetch, Q, Sum
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from people.models import ParticipantPage
from taxonomy.models import TopicItemBase, TopicsManager

from .finder import PartnerFinderForm

TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul", "document-link", "image"]
NOINDEX_HELP = "Only members of the Participants group can read this page."


class IntranetIndexPage(Page):
    intro = RichTextField(blank=True, features=TEXT_FEATURES, help_text="Welcome text for the participants.")

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = [
        "intranet.IntranetProjectPage",
        "intranet.IntranetPolicyPage",
        "intranet.EuropeanFundsPage",
        "intranet.PartnerFinderPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = "intranet"

    def children_of_type(self, model):
        return model.objects.child_of(self).live().order_by("title")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["projects"] = self.children_of_type(IntranetProjectPage).select_related("participant__country")
        context["policies"] = self.children_of_type(IntranetPolicyPage).select_related("participant__country")
        context["tools"] = [
            *self.children_of_type(EuropeanFundsPage),
            *self.children_of_type(PartnerFinderPage),
        ]
        return context


class AuthorityPage(Page):
    """What one participating authority shares: a project or a policy (each
    names its `participant`). The participant who writes it owns it, and may
    edit only the pages they own."""

    summary = models.TextField(max_length=600, help_text="Two or three sentences, shown in lists.")

    parent_page_types = ["intranet.IntranetIndexPage"]
    subpage_types = []
    search_fields = [*Page.search_fields, index.SearchField("summary")]

    class Meta:
        abstract = True


class IntranetProjectTopic(TopicItemBase):
    content_object = ParentalKey("intranet.IntranetProjectPage", related_name="topic_items", on_delete=models.CASCADE)


class ProjectStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    RUNNING = "running", _("Running")
    COMPLETED = "completed", _("Completed")


class IntranetProjectPage(AuthorityPage):
    participant = models.ForeignKey(
        "people.ParticipantPage",
        on_delete=models.PROTECT,
        related_name="intranet_projects",
        help_text="The city, municipality or region running the project.",
    )
    status = models.CharField(max_length=20, choices=ProjectStatus.choices, default=ProjectStatus.RUNNING)
    year_started = models.PositiveSmallIntegerField(null=True, blank=True)
    year_ended = models.PositiveSmallIntegerField(null=True, blank=True)
    european_funds = models.BooleanField("uses European funds", default=False)
    looking_for_partners = models.BooleanField(
        default=False, help_text="Shown in the partner finder: other participants may propose to join."
    )
    needs_assessment = RichTextField(blank=True, features=TEXT_FEATURES)
    planning = RichTextField("planning process", blank=True, features=TEXT_FEATURES)
    funding = RichTextField("funding schemes", blank=True, features=TEXT_FEATURES)
    challenges = RichTextField(blank=True, features=TEXT_FEATURES)
    successes = RichTextField(blank=True, features=TEXT_FEATURES)
    lessons_learnt = RichTextField(blank=True, features=TEXT_FEATURES)
    topics = TopicsManager(through=IntranetProjectTopic, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("participant"),
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("year_started"), FieldPanel("year_ended")]),
        FieldRowPanel([FieldPanel("european_funds"), FieldPanel("looking_for_partners")]),
        MultiFieldPanel(
            [
                FieldPanel("needs_assessment"),
                FieldPanel("planning"),
                FieldPanel("funding"),
                FieldPanel("challenges"),
                FieldPanel("successes"),
                FieldPanel("lessons_learnt"),
            ],
            heading="Experience to share",
        ),
        FieldPanel("topics"),
    ]
    search_fields = [
        *AuthorityPage.search_fields,
        index.SearchField("needs_assessment"),
        index.SearchField("lessons_learnt"),
        index.FilterField("participant"),
    ]

    class Meta:
        verbose_name = "intranet project"

    def clean(self):
        super().clean()
        if self.year_started and self.year_ended and self.year_ended < self.year_started:
            raise ValidationError({"year_ended": "A project cannot end before it starts."})

    # The page's headings, in the reader's language: the fields' verbose names
    # are the editor's labels, and stay out of the catalogue.
    SECTION_HEADINGS = {
        "needs_assessment": _("Needs assessment"),
        "planning": _("Planning process"),
        "funding": _("Funding schemes"),
        "challenges": _("Challenges"),
        "successes": _("Successes"),
        "lessons_learnt": _("Lessons learnt"),
    }

    def sections(self):
        return [
            (heading, getattr(self, name)) for name, heading in self.SECTION_HEADINGS.items() if getattr(self, name)
        ]


class IntranetPolicyTopic(TopicItemBase):
    content_object = ParentalKey("intranet.IntranetPolicyPage", related_name="topic_items", on_delete=models.CASCADE)


class IntranetPolicyPage(AuthorityPage):
    participant = models.ForeignKey(
        "people.ParticipantPage",
        on_delete=models.PROTECT,
        related_name="intranet_policies",
        help_text="The city, municipality or region whose policy this is.",
    )
    year_adopted = models.PositiveSmallIntegerField(null=True, blank=True)
    partners = models.TextField(blank=True, help_text="Organisations the policy was drawn up with, one a line.")
    body = RichTextField(blank=True, features=TEXT_FEATURES)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The policy text; keep it in the Intranet collection so that only participants can open it.",
    )
    topics = TopicsManager(through=IntranetPolicyTopic, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("participant"),
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("year_adopted"), FieldPanel("document")]),
        FieldPanel("partners"),
        FieldPanel("body"),
        FieldPanel("topics"),
    ]
    search_fields = [*AuthorityPage.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = "intranet policy"

    def partner_list(self):
        return [line.strip() for line in self.partners.splitlines() if line.strip()]


class FundStatus(models.TextChoices):
    APPLIED = "applied", _("Applied for")
    GRANTED = "granted", _("Granted")
    USED = "used", _("In use or used")


class EuropeanFundsPage(Page):
    """Data on participants' access to and use of European funds."""

    intro = RichTextField(blank=True, features=TEXT_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro"), InlinePanel("fund_uses", label="Use of a fund")]
    parent_page_types = ["intranet.IntranetIndexPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = "European funds data"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        uses = self.fund_uses.select_related("participant__country")
        context["fund_uses"] = uses
        context["fund_totals"] = (
            uses.order_by()
            .values("fund")
            .annotate(participants=Count("participant", distinct=True), total=Sum("amount_eur"))
            .order_by("fund")
        )
        return context


class FundUse(Orderable):
    page = ParentalKey(EuropeanFundsPage, on_delete=models.CASCADE, related_name="fund_uses")
    participant = models.ForeignKey("people.ParticipantPage", on_delete=models.PROTECT, related_name="fund_uses")
    fund = models.CharField(
        max_length=100, help_text="e.g. European Social Fund (ESF+), European Regional Development Fund (ERDF)."
    )
    period = models.CharField("programming period", max_length=20, blank=True, help_text="e.g. 2014-2020.")
    purpose = models.CharField(max_length=255, help_text="What the money pays for.")
    status = models.CharField(max_length=20, choices=FundStatus.choices, default=FundStatus.USED)
    amount_eur = models.DecimalField("amount (EUR)", max_digits=14, decimal_places=2, null=True, blank=True)

    panels = [
        FieldPanel("participant"),
        FieldRowPanel([FieldPanel("fund"), FieldPanel("period")]),
        FieldPanel("purpose"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("amount_eur")]),
    ]


class PartnerFinderPage(Page):
    """Find participants, and the projects they share here, by topic, country
    and kind of authority."""

    intro = RichTextField(blank=True, features=TEXT_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["intranet.IntranetIndexPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = "partner finder"

    def serve(self, request, *args, **kwargs):
        form = PartnerFinderForm(request.GET or None)
        context = self.get_context(request, *args, **kwargs)
        context["form"] = form
        status = 200
        if form.is_bound and not form.is_valid():
            status = 400
        else:
            context["results"] = self.find(form.cleaned_data if form.is_bound else {})
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def find(self, criteria):
        intranet = self.get_parent()
        projects = IntranetProjectPage.objects.descendant_of(intranet).live().order_by("title")
        if topic := criteria.get("topic"):
            projects = projects.filter(topic_items__tag=topic)
        # The profiles in the finder's own language: each authority once, not once per translation.
        participants = ParticipantPage.objects.live().public().filter(locale=self.locale_id)
        if topic:
            participants = participants.filter(
                Q(topic_items__tag=topic) | Q(intranet_projects__in=projects.values("pk"))
            ).distinct()
        if country := criteria.get("country"):
            participants = participants.filter(country=country)
        if kind := criteria.get("kind"):
            participants = participants.filter(kind=kind)
        if criteria.get("looking_for_partners"):
            projects = projects.filter(looking_for_partners=True)
            participants = participants.filter(intranet_projects__in=projects.values("pk")).distinct()
        if text := criteria.get("q"):
            matching_projects = projects.filter(Q(title__icontains=text) | Q(summary__icontains=text))
            participants = participants.filter(
                Q(title__icontains=text) | Q(intranet_projects__in=matching_projects.values("pk"))
            ).distinct()
        return (
            participants.select_related("country")
            .prefetch_related(Prefetch("intranet_projects", queryset=projects, to_attr="shared_projects"))
            .defer_streamfields()
            .order_by("title")
        )
