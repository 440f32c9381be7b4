import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.template.response import TemplateResponse

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from events.models import EventIndexPage, EventPage
from headless import documents
from headless.expiry import unexpired
from languages.fallback import language_chain, route_in_language_chain
from news.blocks import BodyBlock
from news.models import NewsItemPage, news_items
from operations.throttling import over_rate

from .api import FORM_API_FIELDS, HOME_API_FIELDS, INFORMATION_API_FIELDS
from .forms import PublicFormBuilder

TEXT_FEATURES = ["bold", "italic", "link"]

logger = logging.getLogger(__name__)


class HomePage(Page):
    """The site's root: mission, latest news, upcoming events and the live
    participant counter. The mission text itself is site-wide content, shown
    on every page, so it lives in SiteContent."""

    introduction = RichTextField(
        blank=True, features=TEXT_FEATURES, help_text="Optional welcome text under the mission statement."
    )
    news_count = models.PositiveSmallIntegerField(
        "number of news items", default=6, help_text="How many of the latest news items to show."
    )
    events_count = models.PositiveSmallIntegerField(
        "number of events", default=3, help_text="How many upcoming events to show."
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldRowPanel([FieldPanel("news_count"), FieldPanel("events_count")], heading="Lists"),
    ]
    api_fields = HOME_API_FIELDS
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "news.NewsIndexPage",
        "events.EventIndexPage",
        "people.ParticipantIndexPage",
        "home.FormPage",
        "home.InformationPage",
        "intranet.IntranetIndexPage",
    ]

    def route(self, request, path_components):
        # Through this home page's translation in the visitor's language first,
        # then its fallbacks: an untranslated page is shown, never a 404.
        return route_in_language_chain(self, request, path_components)

    def latest_news(self):
        return list(news_items().descendant_of(self)[: self.news_count])

    def upcoming_events(self):
        events = (
            EventPage.objects.descendant_of(self)
            .live()
            .public()
            .filter(unexpired())
            .upcoming()
            .select_related("country")
            .order_by("start_date", "pk")
        )
        return list(events[: self.events_count])

    def past_events_index(self):
        """The events index, when it lists events held so far: where the home page sends
        visitors when no event is coming up."""
        index = EventIndexPage.objects.child_of(self).live().public().first()
        return index if index is not None and index.past_events().exists() else None

    def document_dependencies(self):
        documents.valid_until_tomorrow()  # an event stops being upcoming
        return {documents.type_token(NewsItemPage), documents.type_token(EventPage)}


class InformationPage(Page):
    """Standing information about the site itself: the privacy notice, the legal notice,
    the accessibility statement. Every page's footer links those under the home page that
    are not shown in the main menu ("Show in menus", Promote tab), so that publishing,
    renaming or unpublishing one here is all it takes to change the footer."""

    intro = RichTextField(blank=True, features=TEXT_FEATURES, help_text="A sentence or two above the body.")
    body = StreamField(BodyBlock(), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    api_fields = INFORMATION_API_FIELDS
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    page_description = (
        "A legal notice, privacy notice, accessibility statement or other standing information. Linked from "
        "every page's footer, or from the main menu if “Show in menus” is ticked (Promote tab)."
    )

    class Meta:
        verbose_name = "information page"


class FormField(TranslatableMixin, AbstractFormField):
    """Translatable, so that wagtail-localize offers its label, help text and
    choices with the rest of the page; the clean name stays the original's, so
    that every language's submissions fill the same columns."""

    page = ParentalKey("home.FormPage", on_delete=models.CASCADE, related_name="form_fields")

    override_translatable_fields = [SynchronizedField("clean_name", overridable=False)]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        pass


class FormPage(AbstractEmailForm):
    """A public form such as "Join the Alliance" or "Cooperate as NGO".
    Every submission is kept in the database and listed in the editor; staff
    are told by e-mail, but only once the submission is safely stored."""

    intro = RichTextField(blank=True, features=TEXT_FEATURES, help_text="Shown above the form.")
    thank_you_text = RichTextField(
        blank=True, features=TEXT_FEATURES, help_text="Shown after a successful submission."
    )

    form_builder = PublicFormBuilder
    rate_limited_template = "home/form_page_rate_limited.html"

    content_panels = [
        FormSubmissionsPanel(),
        *AbstractEmailForm.content_panels,
        FieldPanel("intro"),
        InlinePanel("form_fields", label="Form field"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("from_address"),
                        FieldPanel(
                            "to_address",
                            help_text="Who is told of each submission, e.g. secretariat@example.org "
                            "(several addresses separated by commas). Leave empty to only keep submissions "
                            "in the editor (Forms menu).",
                        ),
                    ]
                ),
                FieldPanel("subject"),
            ],
            heading="E-mail notification to staff",
        ),
    ]
    search_fields = [
        *AbstractEmailForm.search_fields,
        index.SearchField("intro"),
        index.SearchField("search_description"),
    ]
    api_fields = FORM_API_FIELDS
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = "form page"

    def get_submissions_list_view_class(self):
        from .views import SafeSubmissionsListView

        return self.submissions_list_view_class or SafeSubmissionsListView

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        if self.is_rate_limited(request):
            return TemplateResponse(request, self.rate_limited_template, self.get_context(request), status=429)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        if form.is_spam():
            # The bot is thanked like anyone else, so it learns nothing; nothing is stored or sent.
            logger.info("Spam trap filled on form page %s; submission dropped", self.pk)
            return self.render_landing_page(request, None, *args, **kwargs)
        if form.is_valid():
            return self.render_landing_page(request, self.process_form_submission(form), *args, **kwargs)
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=400)

    def is_rate_limited(self, request):
        return over_rate(request, "home.FormPage", settings.FORM_SUBMISSION_RATE, "POST") is not None

    def process_form_submission(self, form):
        # Stored first and committed on its own, so that no mail failure can lose it.
        submission = self.get_submission_class().objects.create(form_data=form.cleaned_data, page=self)
        if self.to_address:
            try:
                self.send_mail(form)
            except Exception:
                # The applicant is thanked all the same: the submission is in the editor's Forms menu.
                logger.exception("Could not e-mail submission %s of form page %s to staff", submission.pk, self.pk)
        return submission


class SiteContent(TranslatableMixin, models.Model):
    """The texts repeated on every page: mission, the "Please note" terminology
    box, the calls to join, the contact line. One per language."""

    mission_statement = RichTextField(features=TEXT_FEATURES, help_text="What the Alliance does, in two sentences.")
    auspices = models.CharField(
        max_length=255, blank=True, help_text="The line naming the Congress under whose auspices the Alliance works."
    )
    terminology_heading = models.CharField(max_length=100, default="Please note")
    terminology_note = RichTextField(
        features=TEXT_FEATURES, help_text="What the Council of Europe means by “Roma and Travellers”."
    )
    join_heading = models.CharField(max_length=100, default="Join the Alliance")
    join_text = models.TextField(blank=True, help_text="Invitation shown beside the link to the joining form.")
    join_page = models.ForeignKey(
        "home.FormPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The “Join the Alliance” form.",
    )
    ngo_heading = models.CharField(max_length=100, default="Cooperate as NGO")
    ngo_text = models.TextField(blank=True, help_text="Invitation shown beside the link to the NGO form.")
    ngo_page = models.ForeignKey(
        "home.FormPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The “Cooperate as NGO” form.",
    )
    contact_text = models.TextField(blank=True, help_text="Shown in the footer before the e-mail address.")
    contact_email = models.EmailField(blank=True)

    panels = [
        FieldPanel("mission_statement"),
        FieldPanel("auspices"),
        MultiFieldPanel(
            [FieldPanel("terminology_heading"), FieldPanel("terminology_note")], heading="Terminology box"
        ),
        MultiFieldPanel(
            [
                FieldPanel("join_heading"),
                FieldPanel("join_text"),
                FieldPanel("join_page"),
                FieldPanel("ngo_heading"),
                FieldPanel("ngo_text"),
                FieldPanel("ngo_page"),
            ],
            heading="Calls to action",
        ),
        MultiFieldPanel([FieldPanel("contact_text"), FieldPanel("contact_email")], heading="Contact"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "site-wide content"
        verbose_name_plural = "site-wide content"
        constraints = [models.UniqueConstraint(fields=["locale"], name="home_sitecontent_one_per_locale")]

    def __str__(self):
        return f"Site-wide content ({self.locale})"

    def clean(self):
        super().clean()
        locale_id = self.locale_id or Locale.get_default().pk
        if SiteContent.objects.filter(locale_id=locale_id).exclude(pk=self.pk).exists():
            raise ValidationError("This language already has its site-wide content: edit that one instead.")

    @classmethod
    def for_language(cls, language_code):
        """The content in this language, else in the first of its fallbacks
        that has it (the default language last)."""
        found = {content.locale.language_code: content for content in cls.objects.select_related("locale")}
        for code in language_chain(language_code):
            if code in found:
                return found[code]
        return next(iter(found.values()), None)


@register_setting(icon="globe")
class SocialMediaSettings(BaseGenericSetting):
    facebook_url = models.URLField("Facebook page", blank=True)
    twitter_url = models.URLField("X (Twitter) account", blank=True)
    youtube_url = models.URLField("YouTube channel", blank=True)

    panels = [FieldPanel("facebook_url"), FieldPanel("twitter_url"), FieldPanel("youtube_url")]

    class Meta:
        verbose_name = "social media accounts"
