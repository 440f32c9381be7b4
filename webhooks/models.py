import secrets

from django import forms
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Q
from django.utils.text import capfirst

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import get_page_models

from taxonomy.models import Topic


class Event(models.TextChoices):
    PUBLISH = "publish", "Published"
    UNPUBLISH = "unpublish", "Unpublished"
    DELETE = "delete", "Deleted"


def new_secret():
    return secrets.token_urlsafe(32)


def page_content_types():
    # A callable, so the choice is made when the form is built, after every app has registered its page types.
    return Q(pk__in=[ContentType.objects.get_for_model(model).pk for model in get_page_models() if model.is_creatable])


class PageTypeChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, content_type):
        model = content_type.model_class()
        return capfirst(model._meta.verbose_name) if model else str(content_type)


class WebhookForm(WagtailAdminModelForm):
    events = forms.MultipleChoiceField(
        choices=Event.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text="What the receiver is told about.",
    )
    page_types = PageTypeChoiceField(
        queryset=ContentType.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Only these page types. None: every page type.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["page_types"].queryset = ContentType.objects.filter(page_content_types()).order_by("app_label")
        # Pages are filed under the default language's topics only; their translations would never match.
        self.fields["topics"].queryset = Topic.objects.in_default_locale().order_by("name")


class Webhook(models.Model):
    """A receiver told about changes to pages, optionally only some of them."""

    name = models.CharField(max_length=255, help_text='Who receives it, e.g. "Roma network mirror".')
    url = models.URLField(
        "URL",
        max_length=500,
        validators=[URLValidator(schemes=["http", "https"])],
        help_text="Receives a signed JSON POST for each change.",
    )
    events = models.JSONField(default=list)
    secret = models.CharField(
        max_length=128,
        default=new_secret,
        help_text="The receiver checks X-Alliance-Signature, an HMAC-SHA256 of the body with this secret.",
    )
    active = models.BooleanField(default=True)
    page_types = models.ManyToManyField(
        ContentType,
        blank=True,
        limit_choices_to=page_content_types,
        related_name="+",
        help_text="Only these page types. None: every page type.",
    )
    countries = models.ManyToManyField(
        "taxonomy.Country", blank=True, related_name="+", help_text="Only pages filed under one of these countries."
    )
    topics = models.ManyToManyField(
        "taxonomy.Topic", blank=True, related_name="+", help_text="Only pages filed under one of these topics."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    base_form_class = WebhookForm
    panels = [
        FieldPanel("name"),
        FieldPanel("url"),
        FieldPanel("events"),
        FieldPanel("secret"),
        FieldPanel("active"),
        MultiFieldPanel(
            [
                FieldPanel("page_types"),
                FieldPanel("countries"),
                FieldPanel("topics"),
            ],
            heading="Filters",
        ),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    @admin.display(description="events")
    def event_list(self):
        labels = dict(Event.choices)
        return ", ".join(str(labels.get(event, event)) for event in self.events)

    def clean(self):
        unknown = set(self.events) - set(Event.values)
        if unknown:
            raise ValidationError({"events": f"Unknown events: {', '.join(sorted(unknown))}."})

    def matches(self, event, page, facts):
        """Whether this webhook wants to hear about `event` on `page`, whose
        countries and topics are in `facts` (worked out once for all webhooks)."""
        if not self.active or event not in self.events:
            return False
        page_types = [content_type.model_class() for content_type in self.page_types.all()]
        if page_types and not isinstance(page, tuple(model for model in page_types if model)):
            return False
        countries = {country.pk for country in self.countries.all()}
        if countries and not countries & facts.country_ids:
            return False
        topics = {topic.pk for topic in self.topics.all()}
        return not (topics and not topics & facts.topic_ids)


class WebhookDelivery(models.Model):
    """One attempt to deliver one change to one webhook; the retries of a
    change share its delivery id."""

    class Outcome(models.TextChoices):
        SUCCEEDED = "succeeded", "Succeeded"
        RETRYING = "retrying", "Failed, will retry"
        FAILED = "failed", "Failed, given up"

    webhook = models.ForeignKey(Webhook, on_delete=models.CASCADE, related_name="deliveries")
    delivery_id = models.UUIDField(db_index=True)
    event = models.CharField(max_length=20, choices=Event.choices)
    page_id = models.PositiveIntegerField(help_text="Kept as a number: a deleted page's deliveries stay in the log.")
    page_title = models.CharField(max_length=255)
    attempt = models.PositiveSmallIntegerField()
    attempted_at = models.DateTimeField(auto_now_add=True)
    outcome = models.CharField(max_length=20, choices=Outcome.choices)
    response_status = models.PositiveSmallIntegerField(null=True, blank=True)
    response_body = models.TextField(blank=True, help_text="The start of the receiver's answer.")
    duration_ms = models.PositiveIntegerField(null=True, blank=True)
    error = models.TextField(blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    payload = models.TextField(help_text="The exact body sent, as signed.")

    class Meta:
        ordering = ["-attempted_at", "-pk"]
        verbose_name_plural = "webhook deliveries"

    def __str__(self):
        return f"{self.get_event_display()} of “{self.page_title}” to {self.webhook}, attempt {self.attempt}"
