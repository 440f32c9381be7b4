import datetime

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Orderable, Page, PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from headless import documents
from headless.expiry import unexpired
from headless.preview import HeadlessPreviewMixin
from taxonomy.filing import filing_tokens
from taxonomy.models import TopicItemBase, TopicsManager
from taxonomy.panels import taxonomy_tab

from .api import EVENT_API_FIELDS, EVENT_INDEX_API_FIELDS
from .blocks import ProgrammeBlock
from .calendar import calendar_response, event_calendar

EVENTS_PER_PAGE = 20


class EventIndexPage(Page):
    intro = RichTextField(blank=True, features=["bold", "italic", "link"], help_text="Shown above the lists.")

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("search_description")]
    api_fields = EVENT_INDEX_API_FIELDS
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    def document_dependencies(self):
        documents.valid_until_tomorrow()  # an event moves from upcoming to past
        return {documents.type_token(EventPage)}

    def events(self):
        # An expired event stays live until publish_scheduled runs; the topic and
        # country pages, which link here for their full lists, already leave it out.
        return EventPage.objects.child_of(self).live().public().filter(unexpired()).select_related("country")

    def upcoming_events(self):
        """Dated events still to come, cancelled ones included so that
        visitors learn of the cancellation. Each list ends on the id: events of the same day
        and title would otherwise come in any order, and move between pages of the list."""
        return self.events().ahead().order_by("start_date", "title", "pk")

    def unscheduled_events(self):
        return self.events().unscheduled().order_by("title", "pk")

    def past_events(self):
        return self.events().past().order_by("-start_date", "title", "pk")

    def get_context(self, request, *args, **kwargs):
        # filters.py reaches browse/, which builds on this module: imported late.
        from .filters import EventFilterForm

        context = super().get_context(request, *args, **kwargs)
        filters = EventFilterForm(request.GET)
        context["filters"] = filters
        # Each list paged apart, on a parameter of its own: a site of many years holds
        # thousands of past events, and a busy calendar hundreds still to come.
        for name, events, parameter in self.LISTS:
            chosen = filters.apply(events(self))
            context[name] = Paginator(chosen, EVENTS_PER_PAGE).get_page(request.GET.get(parameter))
            query = request.GET.copy()
            query.pop(parameter, None)
            context[f"{name}_query"] = query.urlencode()
        return context

    # (context name, the events, the query parameter paging them); the past events keep
    # `page`, which links made before the other lists were paged use.
    LISTS = [
        ("upcoming_events", upcoming_events, "upcoming_page"),
        ("unscheduled_events", unscheduled_events, "unscheduled_page"),
        ("past_events", past_events, "page"),
    ]

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if not response.context_data["filters"].is_valid():
            # A shared link whose topic or country no longer exists: say so, with the form.
            response.status_code = 400
        return response


class EventType(models.TextChoices):
    SEMINAR = "seminar", _("Seminar")
    WORKSHOP = "workshop", _("Workshop")
    CONFERENCE = "conference", _("Conference")
    COMMITTEE_MEETING = "committee-meeting", _("Committee meeting")
    MEETING = "meeting", _("Meeting")
    SESSION = "session", _("Session")
    FORUM = "forum", _("Forum")
    ROUNDTABLE = "roundtable", _("Roundtable")


class EventStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    PAST = "past", _("Past")
    CANCELLED = "cancelled", _("Cancelled")
    UNSCHEDULED = "unscheduled", _("Date to be announced")


# An event's last day: its end, or its start when it lasts one day. Indexed (Meta.indexes),
# so that the events still to come are found without reading every past one: with the
# dates compared one by one, the topic and country pages walked 18,000 past events to
# find the next ten at 100,000 pages.
LAST_DAY = Coalesce("end_date", "start_date")


class EventPageQuerySet(PageQuerySet):
    def with_last_day(self):
        return self.alias(last_day=LAST_DAY)

    def upcoming(self, today=None):
        return self.ahead(today).filter(cancelled=False)

    def ahead(self, today=None):
        """Dated events not over yet, whether or not they were cancelled."""
        return self.with_last_day().filter(last_day__gte=today or timezone.localdate())

    def unscheduled(self):
        return self.filter(start_date__isnull=True)

    def not_past(self, today=None):
        """Every event `past` leaves out: still to come, going on, or not dated yet."""
        today = today or timezone.localdate()
        return self.with_last_day().filter(Q(last_day__gte=today) | Q(last_day__isnull=True))

    def past(self, today=None):
        return self.with_last_day().filter(last_day__lt=today or timezone.localdate())


class EventPageManager(PageManager.from_queryset(EventPageQuerySet)):
    pass


class EventPageTopic(TopicItemBase):
    content_object = ParentalKey("events.EventPage", related_name="topic_items", on_delete=models.CASCADE)


class EventPage(HeadlessPreviewMixin, RoutablePageMixin, Page):
    """A seminar, workshop, conference, meeting, session, forum or roundtable
    the Alliance organises or takes part in."""

    event_type = models.CharField(max_length=30, choices=EventType.choices, default=EventType.SEMINAR)
    start_date = models.DateField(
        null=True, blank=True, help_text="The first day. Leave empty only while the date is not known."
    )
    end_date = models.DateField(null=True, blank=True, help_text="The last day, for events of several days.")
    cancelled = models.BooleanField(default=False, help_text="Tick if the event will not take place.")
    venue = models.CharField(max_length=255, blank=True, help_text='The building, e.g. "Palais de l\'Europe".')
    city = models.CharField(max_length=100, blank=True)
    country = models.ForeignKey(
        "taxonomy.Country",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events_held",
        help_text="Where the event takes place.",
    )
    teaser = models.TextField(blank=True, help_text="One or two sentences shown in lists and search results.")
    lead_image = models.ForeignKey(
        get_image_model_string(), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    description = RichTextField(blank=True)
    programme = StreamField(ProgrammeBlock(), blank=True)
    countries = ParentalManyToManyField("taxonomy.Country", blank=True, related_name="event_pages")
    topics = TopicsManager(through=EventPageTopic, blank=True)

    objects = EventPageManager()
    api_fields = EVENT_API_FIELDS

    content_panels = [
        *Page.content_panels,
        FieldPanel("event_type"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]), FieldPanel("cancelled")],
            heading="When",
        ),
        MultiFieldPanel(
            [FieldPanel("venue"), FieldRowPanel([FieldPanel("city"), FieldPanel("country")])], heading="Where"
        ),
        FieldPanel("teaser"),
        FieldPanel("lead_image"),
        FieldPanel("description"),
    ]
    people_panels = [
        InlinePanel("organisers", heading="Organisers and co-organisers", label="Organiser"),
        InlinePanel("speakers", heading="Speakers", label="Speaker"),
    ]

    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading="Content"),
            ObjectList(people_panels, heading="Organisers and speakers"),
            ObjectList([FieldPanel("programme")], heading="Programme"),
            taxonomy_tab(),
            ObjectList(Page.promote_panels, heading="Promote"),
            ObjectList(Page.settings_panels, heading="Settings"),
        ]
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("teaser"),
        index.SearchField("description"),
        index.SearchField("city"),
        index.SearchField("venue"),
        index.SearchField("programme"),
        index.SearchField("search_description"),
        index.RelatedFields("country", [index.SearchField("name")]),
        index.RelatedFields("countries", [index.SearchField("name")]),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.RelatedFields("organisers", [index.SearchField("name")]),
        index.RelatedFields(
            "speakers",
            [index.RelatedFields("person", [index.SearchField("given_name"), index.SearchField("family_name")])],
        ),
        index.FilterField("event_type"),
        index.FilterField("start_date"),
        index.FilterField("end_date"),
        index.FilterField("cancelled"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        # Listings take the next or the latest few events by date: without an index,
        # PostgreSQL sorted all 6,500 past events of a country to show 10 (140 ms at
        # 100,000 pages). The pk breaks ties, as every listing's ordering does.
        indexes = [
            models.Index(fields=["start_date", "page_ptr"], name="events_start_date_idx"),
            models.Index(LAST_DAY, name="events_last_day_idx"),
        ]

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": "The event cannot end before it starts."})
        if self.end_date and not self.start_date:
            raise ValidationError({"start_date": "Give the first day as well as the last."})

    @property
    def last_day(self):
        return self.end_date or self.start_date

    @property
    def is_multi_day(self):
        return bool(self.end_date and self.start_date and self.end_date != self.start_date)

    def status_on(self, day: datetime.date):
        if self.cancelled:
            return EventStatus.CANCELLED
        if not self.start_date:
            return EventStatus.UNSCHEDULED
        return EventStatus.PAST if self.last_day < day else EventStatus.UPCOMING

    @property
    def status(self):
        documents.valid_until_tomorrow()
        return self.status_on(timezone.localdate())

    def document_dependencies(self):
        documents.valid_until_tomorrow()  # "upcoming" or "past", and whether to offer the calendar
        return {f"news-about:{self.pk}"}

    def document_tokens(self):
        return filing_tokens(self, ["country__code", "countries__code"])

    # Wagtail's page URLs allow no dot, so the route cannot end in .ics; the
    # download is named <slug>.ics all the same.
    @path("calendar/", name="calendar")
    def calendar(self, request):
        if not self.start_date:
            raise Http404("This event has no date yet.")
        return calendar_response(event_calendar(self, request), filename=f"{self.slug}.ics")


class OrganiserRole(models.TextChoices):
    ORGANISER = "organiser", _("Organiser")
    CO_ORGANISER = "co-organiser", _("Co-organiser")
    PARTNER = "partner", _("In cooperation with")
    SUPPORTER = "supporter", _("With the support of")


class EventOrganiser(TranslatableMixin, Orderable):
    """Translatable, so that wagtail-localize offers each organiser's name with
    the rest of its event's page. The role is one of fixed choices, shown in
    the visitor's language by gettext; the linked participant page and the
    website are the same in every language."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="organisers")
    name = models.CharField(max_length=255, help_text='e.g. "Congress of Local and Regional Authorities".')
    role = models.CharField(max_length=20, choices=OrganiserRole.choices, default=OrganiserRole.ORGANISER)
    participant = models.ForeignKey(
        "people.ParticipantPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organised_events",
        help_text="If the organiser is an Alliance participant, link its profile.",
    )
    website = models.URLField(blank=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("role")]),
        FieldPanel("participant"),
        FieldPanel("website"),
    ]
    override_translatable_fields = [SynchronizedField("participant"), SynchronizedField("website")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass


class EventSpeaker(TranslatableMixin, Orderable):
    """Translatable, so that wagtail-localize offers the speaker's role at the
    event with the rest of its page. The person is translated as on interview
    pages and in the programme: the translation names the person's own
    translation (which wagtail-localize submits with the page), so that their
    current role reads in the page's language too."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="speakers")
    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="speaker_at")
    role = models.CharField(
        "role at the event",
        max_length=255,
        blank=True,
        help_text='The capacity they spoke in, e.g. "Congress Spokesperson on Roma and Traveller issues".',
    )

    panels = [FieldPanel("person"), FieldPanel("role")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass
