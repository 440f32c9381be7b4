from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from headless import documents
from headless.expiry import unexpired
from headless.preview import HeadlessPreviewMixin
from taxonomy.filing import filing_tokens
from taxonomy.models import TopicItemBase, TopicsManager
from taxonomy.panels import taxonomy_tab

from .api import INTERVIEW_API_FIELDS, NEWS_INDEX_API_FIELDS, NEWS_ITEM_API_FIELDS, NEWS_PAGE_API_FIELDS
from .blocks import BodyBlock, InterviewBodyBlock
from .filters import NewsFilterForm

NEWS_PER_PAGE = 10


class NewsIndexPage(Page):
    intro = RichTextField(blank=True, features=["bold", "italic", "link"], help_text="Shown above the list.")

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    api_fields = NEWS_INDEX_API_FIELDS
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage", "news.InterviewPage"]
    max_count_per_parent = 1

    def news_items(self):
        return news_items().child_of(self)

    def document_dependencies(self):
        return {documents.type_token(NewsItemPage)}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items = self.news_items()
        filters = NewsFilterForm(request.GET, items)
        context["filters"] = filters
        context["news_page"] = Paginator(filters.filter(items), NEWS_PER_PAGE).get_page(request.GET.get("page"))
        query = request.GET.copy()
        query.pop("page", None)
        context["query_string"] = query.urlencode()
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if not response.context_data["filters"].is_valid():
            # A shared link whose filter no longer exists: say so, with the form.
            response.status_code = 400
        return response


def news_items():
    """News items and interviews in one stream, newest first, each as its own
    page type."""
    return NewsItemPage.objects.stream()


class NewsItemQuerySet(PageQuerySet):
    def stream(self):
        """Published, public, unexpired items newest first, ready for a listing: lead
        images fetched with the items, bodies left unloaded. Expired ones are left out
        before publish_scheduled unpublishes them."""
        return (
            self.live()
            .public()
            .filter(unexpired())
            .order_by("-date", "-pk")
            .defer_streamfields()
            .specific()
            .select_related("lead_image", for_specific_subqueries=True)
        )


class NewsItemManager(PageManager.from_queryset(NewsItemQuerySet)):
    pass


class NewsItemTopic(TopicItemBase):
    content_object = ParentalKey("news.NewsItemPage", related_name="topic_items", on_delete=models.CASCADE)


class NewsItemPage(HeadlessPreviewMixin, Page):
    """What news items and interviews share: a date, a teaser, a lead image with
    its credit, and the people, event, participants, countries and topics they
    are about. Concrete, so the news stream is one indexed table to sort and
    filter, whatever the mix of page types."""

    date = models.DateField(
        "date written", db_index=True, help_text="Shown as “Written the …” and used to order the news."
    )
    teaser = models.TextField(help_text="Two or three sentences shown in the news list, feeds and search results.")
    lead_image = models.ForeignKey(
        get_image_model_string(), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    lead_image_credit = models.CharField(
        max_length=255,
        blank=True,
        help_text='The credit printed under the lead image, e.g. "© CoE". Leave empty to use the image\'s own credit.',
    )
    related_people = ParentalManyToManyField(
        "people.Person", blank=True, related_name="news_items", help_text="People quoted or named."
    )
    related_participants = ParentalManyToManyField(
        "people.ParticipantPage",
        blank=True,
        related_name="news_items",
        help_text="Participants this item is about; it appears on their profiles.",
    )
    related_event = models.ForeignKey(
        "events.EventPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news_items",
        help_text="The event this item reports on or announces.",
    )
    countries = ParentalManyToManyField("taxonomy.Country", blank=True, related_name="news_items")
    topics = TopicsManager(through=NewsItemTopic, blank=True)

    objects = NewsItemManager()
    api_fields = NEWS_ITEM_API_FIELDS

    is_creatable = False
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    search_fields = [
        *Page.search_fields,
        index.SearchField("teaser"),
        index.SearchField("search_description"),
        index.RelatedFields("related_people", [index.SearchField("given_name"), index.SearchField("family_name")]),
        index.RelatedFields("countries", [index.SearchField("name")]),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.FilterField("date"),
    ]

    class Meta:
        verbose_name = "news stream item"

    def document_tokens(self):
        """The participant and event pages listing the news about them."""
        about = [participant.pk for participant in self.related_participants.all()]
        if self.related_event_id:
            about.append(self.related_event_id)
        return {f"news-about:{pk}" for pk in about} | filing_tokens(self, ["countries__code"])

    @property
    def image_credit(self):
        if self.lead_image_credit:
            return self.lead_image_credit
        return self.lead_image.credit if self.lead_image else ""


LEAD_PANELS = [
    FieldPanel("date"),
    FieldPanel("teaser"),
    MultiFieldPanel([FieldPanel("lead_image"), FieldPanel("lead_image_credit")], heading="Lead image"),
]


def related_panels(event_heading="Event"):
    return [
        FieldPanel("related_people"),
        FieldPanel("related_event", heading=event_heading),
        FieldPanel("related_participants"),
    ]


class NewsPage(NewsItemPage):
    body = StreamField(BodyBlock(), blank=True)
    api_fields = NEWS_PAGE_API_FIELDS

    content_panels = [*Page.content_panels, *LEAD_PANELS, FieldPanel("body")]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading="Content"),
            ObjectList(related_panels(), heading="Related"),
            taxonomy_tab(),
            ObjectList(Page.promote_panels, heading="Promote"),
            ObjectList(Page.settings_panels, heading="Settings"),
        ]
    )
    search_fields = [*NewsItemPage.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = _("news item")


class InterviewKind(models.TextChoices):
    INTERVIEW = "interview", _("Interview")
    STATEMENT = "statement", _("Statement")


class InterviewPage(NewsItemPage):
    """A spokesperson's interview or statement, shown in the news stream."""

    kind = models.CharField(max_length=20, choices=InterviewKind.choices, default=InterviewKind.INTERVIEW)
    speaker = models.ForeignKey(
        "people.Person", on_delete=models.PROTECT, related_name="interviews", help_text="Who speaks."
    )
    speaker_role = models.CharField(
        "speaker's role at the time",
        max_length=255,
        blank=True,
        help_text='As printed with this item, e.g. "Congress Spokesperson on Roma and Traveller issues".',
    )
    pull_quote = models.TextField(blank=True, help_text="The sentence to set apart in large type.")
    body = StreamField(InterviewBodyBlock(), blank=True)
    api_fields = INTERVIEW_API_FIELDS

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("kind"), FieldPanel("speaker")]),
        FieldPanel("speaker_role"),
        *LEAD_PANELS,
        FieldPanel("pull_quote"),
        FieldPanel("body"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading="Content"),
            ObjectList(related_panels(event_heading="Occasion (event)"), heading="Related"),
            taxonomy_tab(),
            ObjectList(Page.promote_panels, heading="Promote"),
            ObjectList(Page.settings_panels, heading="Settings"),
        ]
    )
    search_fields = [
        *NewsItemPage.search_fields,
        index.SearchField("pull_quote"),
        index.SearchField("body"),
        index.SearchField("speaker_role"),
        index.RelatedFields("speaker", [index.SearchField("given_name"), index.SearchField("family_name")]),
        index.FilterField("kind"),
    ]

    class Meta:
        verbose_name = _("interview or statement")

    @property
    def occasion(self):
        return self.related_event
