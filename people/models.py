from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
    TitleFieldPanel,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Locale, Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from headless import documents
from headless.expiry import unexpired
from headless.preview import HeadlessPreviewMixin
from taxonomy.filing import filing_tokens
from taxonomy.models import TopicItemBase, TopicsManager
from taxonomy.panels import taxonomy_tab

from .api import PARTICIPANT_API_FIELDS, PARTICIPANT_INDEX_API_FIELDS, PERSON_API_FIELDS
from .blocks import InitiativesBlock

BIO_FEATURES = ["bold", "italic", "link", "ul", "ol"]
# The directory's table, a page at a time: the Alliance's whole network (130 cities and regions)
# fits on one, and a network a hundred times larger does not make one page of 2 MB.
PARTICIPANTS_PER_PAGE = 200


class PoliticalGroup(models.TextChoices):
    EPP_CCE = "EPP/CCE", "European People's Party Group (EPP/CCE)"
    SOC = "SOC", "Socialist Group (SOC)"
    SOC_G_PD = "SOC/G/PD", "Group of Socialists, Greens and Progressive Democrats (SOC/G/PD)"
    ILDG = "ILDG", "Independent Liberal and Democratic Group (ILDG)"
    ECR = "ECR", "European Conservatives and Reformists Group (ECR)"
    GILD = "GILD", "Group of Independents and Liberal Democrats (GILD)"
    NR = "NR", "Not registered in a political group"


class Person(TranslatableMixin, index.Indexed, models.Model):
    """Anyone our content quotes or names: the spokesperson, Congress members,
    mayors, officials of the Council of Europe and of partner organisations."""

    given_name = models.CharField(max_length=100, blank=True, help_text="e.g. John. Leave empty if unknown.")
    family_name = models.CharField(max_length=100, help_text="e.g. Warmisham. Shown in capitals in official style.")
    slug = models.SlugField(max_length=200, blank=True, help_text="Made from the name if left empty.")
    role = models.CharField(
        "current role and title",
        max_length=255,
        blank=True,
        help_text='Their role today, e.g. "Congress Spokesperson on Roma and Traveller issues". '
        "An interview records the role the person held at the time.",
    )
    organisation = models.CharField(
        max_length=255,
        blank=True,
        help_text='e.g. "Congress of Local and Regional Authorities" or "Open Society Foundation".',
    )
    country = models.ForeignKey(
        "taxonomy.Country",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
        help_text="The country the person comes from or works in.",
    )
    national_delegation = models.ForeignKey(
        "taxonomy.Country",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="congress_delegates",
        help_text="For Congress members only: the national delegation they sit in.",
    )
    political_group = models.CharField(
        max_length=10,
        blank=True,
        choices=PoliticalGroup.choices,
        help_text="For Congress members only: their group in the Congress.",
    )
    photo = models.ForeignKey(
        get_image_model_string(), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    biography = RichTextField(blank=True, features=BIO_FEATURES)

    panels = [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("given_name"), FieldPanel("family_name")]), FieldPanel("slug")],
            heading="Name",
        ),
        MultiFieldPanel([FieldPanel("role"), FieldPanel("organisation"), FieldPanel("country")], heading="Role"),
        MultiFieldPanel(
            [FieldPanel("national_delegation"), FieldPanel("political_group")], heading="Congress membership"
        ),
        FieldPanel("photo"),
        FieldPanel("biography"),
    ]
    api_fields = PERSON_API_FIELDS

    search_fields = [
        index.SearchField("given_name"),
        index.SearchField("family_name"),
        index.AutocompleteField("family_name"),
        index.SearchField("role"),
        index.SearchField("organisation"),
        index.FilterField("political_group"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["family_name", "given_name"]
        verbose_name_plural = "people"
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="people_person_unique_slug_per_locale"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self.unique_slug(slugify(self.name)[:190] or "person")
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.slug and self.same_slug().exists():
            raise ValidationError({"slug": f"Another person already has the slug “{self.slug}”."})

    def same_slug(self, slug=None):
        locale_id = self.locale_id or Locale.get_default().pk
        return Person.objects.filter(slug=slug or self.slug, locale_id=locale_id).exclude(pk=self.pk)

    def unique_slug(self, base):
        slug, n = base, 1
        while self.same_slug(slug).exists():
            n += 1
            slug = f"{base}-{n}"
        return slug

    @property
    def name(self):
        return " ".join(part for part in (self.given_name, self.family_name) if part)


class ParticipantIndexPage(Page):
    intro = RichTextField(blank=True, features=BIO_FEATURES, help_text="Shown above the list of participants.")

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("search_description")]
    api_fields = PARTICIPANT_INDEX_API_FIELDS
    parent_page_types = ["home.HomePage"]
    subpage_types = ["people.ParticipantPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = "participant index page"

    def participants(self):
        return (
            ParticipantPage.objects.child_of(self)
            .live()
            .public()
            .filter(unexpired())
            .select_related("country")
            .defer_streamfields()
        )

    def document_dependencies(self):
        return {documents.type_token(ParticipantPage)}

    def get_context(self, request, *args, **kwargs):
        # directory.py builds on this module's models, so it is imported late.
        from .directory import DirectoryForm

        context = super().get_context(request, *args, **kwargs)
        participants = self.participants()
        directory = DirectoryForm(request.GET, participants)
        context["directory"] = directory
        context["participants"] = Paginator(directory.apply(participants), PARTICIPANTS_PER_PAGE).get_page(
            request.GET.get("page")
        )
        # The filters and the order, for the map and the links to other pages of the table.
        query = request.GET.copy()
        query.pop("page", None)
        context["query_string"] = query.urlencode()
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if not response.context_data["directory"].is_valid():
            response.status_code = 400
        return response


class ParticipantKind(models.TextChoices):
    CITY = "city", _("City")
    MUNICIPALITY = "municipality", _("Municipality")
    REGION = "region", _("Region")


class RomaPopulationData(models.TextChoices):
    OFFICIAL = "official", _("Official data (census or register)")
    UNOFFICIAL = "unofficial", _("Unofficial data or estimate")


class ParticipantPageTopic(TopicItemBase):
    content_object = ParentalKey("people.ParticipantPage", related_name="topic_items", on_delete=models.CASCADE)


class ParticipantPage(HeadlessPreviewMixin, Page):
    """A city, municipality or region taking part in the Alliance."""

    official_name = models.CharField(
        max_length=255, blank=True, help_text='The full official name if it differs, e.g. "Municipality of Tivat".'
    )
    kind = models.CharField(max_length=20, choices=ParticipantKind.choices, default=ParticipantKind.CITY)
    country = models.ForeignKey("taxonomy.Country", on_delete=models.PROTECT, related_name="participants")
    region = models.CharField(
        max_length=255, blank=True, help_text='The region or province it lies in, e.g. "Brussels-Capital".'
    )
    participant_number = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text="Its rank in order of joining: 124 for the 124th participant. Leave empty if unknown.",
    )
    date_joined = models.DateField(
        null=True, blank=True, help_text="The day its participation was announced, if the exact date is not known."
    )
    population = models.PositiveIntegerField(null=True, blank=True, help_text="Number of inhabitants.")
    population_is_approximate = models.BooleanField(
        default=False, help_text='Tick when the source gives a round figure ("almost 100,000").'
    )
    roma_population = models.PositiveIntegerField(
        "Roma population", null=True, blank=True, help_text="Estimated number of Roma living there."
    )
    roma_population_is_approximate = models.BooleanField(
        "Roma population is approximate", default=False, help_text='Tick for "about 1,800" or "nearly 400".'
    )
    roma_population_data = models.CharField(
        "kind of data",
        max_length=20,
        blank=True,
        choices=RomaPopulationData.choices,
        help_text="Whether the Roma population figure is official. Leave empty if the source does not say.",
    )
    roma_population_source = models.CharField(
        "source of the figure", max_length=255, blank=True, help_text="Who published the figure, if known."
    )
    roma_population_note = models.CharField(
        "note on the figure",
        max_length=255,
        blank=True,
        help_text='Which groups the figure covers, if not Roma alone, e.g. "Roma or Egyptians".',
    )
    latitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    mayor = models.ForeignKey(
        "people.Person",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="mayor_of",
        help_text="The mayor or head of the authority.",
    )
    contact_person = models.ForeignKey(
        "people.Person",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contact_for",
        help_text="Who the Alliance deals with, if not the mayor.",
    )
    website = models.URLField(blank=True)
    teaser = models.TextField(blank=True, help_text="One or two sentences shown in lists and search results.")
    lead_image = models.ForeignKey(
        get_image_model_string(), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = RichTextField(blank=True, help_text="The authority's profile: its Roma community, its approach.")
    initiatives = StreamField(
        InitiativesBlock(),
        blank=True,
        verbose_name="action plans and projects",
        help_text="Its local action plans and projects for Roma inclusion.",
    )
    topics = TopicsManager(through=ParticipantPageTopic, blank=True)

    api_fields = PARTICIPANT_API_FIELDS

    content_panels = [
        TitleFieldPanel("title", help_text='The name as commonly written, e.g. "Megara".'),
        FieldPanel("official_name"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("country")]),
        FieldPanel("region"),
        FieldPanel("teaser"),
        FieldPanel("lead_image"),
        FieldPanel("body"),
    ]
    facts_panels = [
        FieldRowPanel([FieldPanel("participant_number"), FieldPanel("date_joined")], heading="Participation"),
        FieldRowPanel([FieldPanel("population"), FieldPanel("population_is_approximate")], heading="Population"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("roma_population"), FieldPanel("roma_population_is_approximate")]),
                FieldRowPanel([FieldPanel("roma_population_data"), FieldPanel("roma_population_source")]),
                FieldPanel("roma_population_note"),
            ],
            heading="Roma population",
        ),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")], heading="Location (for the map)"),
        MultiFieldPanel(
            [FieldPanel("mayor"), FieldPanel("contact_person"), FieldPanel("website")], heading="Contacts"
        ),
    ]
    initiatives_panels = [
        FieldPanel("initiatives"),
        InlinePanel("partners", heading="Partner NGOs", label="Partner NGO"),
    ]

    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading="Content"),
            ObjectList(facts_panels, heading="Key facts"),
            ObjectList(initiatives_panels, heading="Action plans and projects"),
            taxonomy_tab(countries=False),
            ObjectList(Page.promote_panels, heading="Promote"),
            ObjectList(Page.settings_panels, heading="Settings"),
        ]
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("official_name"),
        index.SearchField("teaser"),
        index.SearchField("body"),
        index.SearchField("region"),
        index.SearchField("initiatives"),
        index.SearchField("search_description"),
        index.RelatedFields("country", [index.SearchField("name")]),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.RelatedFields("mayor", [index.SearchField("given_name"), index.SearchField("family_name")]),
        index.RelatedFields("partners", [index.SearchField("name")]),
        index.FilterField("kind"),
        index.FilterField("country"),
        index.FilterField("participant_number"),
    ]

    parent_page_types = ["people.ParticipantIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("participant profile")

    def clean(self):
        super().clean()
        if self.participant_number is None:
            return
        clash = (
            ParticipantPage.objects.filter(participant_number=self.participant_number, locale_id=self.locale_id)
            .exclude(translation_key=self.translation_key)
            .first()
        )
        if clash:
            raise ValidationError(
                {"participant_number": f"{clash.title} is already participant number {self.participant_number}."}
            )

    def document_dependencies(self):
        return {f"news-about:{self.pk}"}

    def document_tokens(self):
        return filing_tokens(self, ["country__code"])

    def document_values(self):
        return {"participant-counter": "{participants}-{countries}".format(**count_participants())}

    def news(self):
        """Published news items and interviews about this participant, through
        the reverse relation (and manager) the news app declares."""
        return self.news_items.stream()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["news"] = self.news()
        return context


class ParticipantPartner(TranslatableMixin, Orderable):
    """Translatable, so that wagtail-localize offers each partner's name and
    description with the rest of its participant's page; the website is the
    same in every language."""

    page = ParentalKey(ParticipantPage, on_delete=models.CASCADE, related_name="partners")
    name = models.CharField(max_length=255, help_text='e.g. "CSO Young Roma".')
    website = models.URLField(blank=True)
    description = models.CharField(max_length=255, blank=True, help_text="What the partner does with the authority.")

    panels = [FieldPanel("name"), FieldPanel("website"), FieldPanel("description")]
    override_translatable_fields = [SynchronizedField("website")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass


def participant_counter():
    """The live "N cities and regions from M countries" figures: published,
    public participant profiles only, each counted once across translations."""
    counter = count_participants()
    # Shown on every page: a change that leaves the figures as they were deletes no document.
    documents.depends_on_value("participant-counter", "{participants}-{countries}".format(**counter))
    documents.expires_with(ParticipantPage.objects.live())
    return counter


def count_participants():
    live = ParticipantPage.objects.live().public().filter(unexpired())
    return {
        "participants": live.values("translation_key").distinct().count(),
        "countries": live.values("country__code").distinct().count(),
    }
