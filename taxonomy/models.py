"""Countries and topics: the two axes every content page is filed under.

Kept free of imports from the other apps so that any app can use it without
import cycles."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.text import slugify

from taggit.models import ItemBase, TagBase
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index

from .api import COUNTRY_API_FIELDS, TOPIC_API_FIELDS


class CountryQuerySet(models.QuerySet):
    def in_locale(self, locale):
        """Each country once: named in `locale` where it has been translated,
        in the default language where it has not."""
        translated = Country.objects.filter(locale=locale).values("code")
        default = Q(locale__language_code=settings.LANGUAGE_CODE) & ~Q(code__in=translated)
        return self.filter(Q(locale=locale) | default)


class Country(TranslatableMixin, index.Indexed, models.Model):
    code = models.CharField(
        max_length=2,
        validators=[RegexValidator(r"^[A-Za-z]{2}$", "Use the two letters of ISO 3166-1 alpha-2, e.g. AL.")],
        help_text="ISO 3166-1 alpha-2 code, e.g. AL for Albania, GB for the United Kingdom.",
    )
    name = models.CharField(max_length=100, help_text="The country's short name as the Council of Europe writes it.")
    is_member_state = models.BooleanField(
        "Council of Europe member state",
        default=True,
        help_text="Untick for countries that appear in our content but are not member states.",
    )

    objects = CountryQuerySet.as_manager()

    panels = [FieldPanel("code"), FieldPanel("name"), FieldPanel("is_member_state")]
    api_fields = COUNTRY_API_FIELDS
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("code"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name_plural = "countries"
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="taxonomy_country_unique_code_per_locale"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.code = self.code.upper()
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        self.code = self.code.upper()
        # The admin form leaves the locale out, so Django's own constraint
        # check skips (code, locale): check it here rather than fail on save.
        locale_id = self.locale_id or Locale.get_default().pk
        clash = Country.objects.filter(code=self.code, locale_id=locale_id).exclude(pk=self.pk).first()
        if clash:
            raise ValidationError({"code": f"A country with the code {self.code} already exists: {clash.name}."})


class Topic(TagBase):
    """A subject the Alliance works on (housing, education, European funds ...).

    A django-taggit tag, so editors get autocompletion and can coin a new topic
    while writing; the description is shown on the topic's page."""

    description = models.TextField(blank=True, help_text="One or two sentences shown on the topic's page.")

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    api_fields = TOPIC_API_FIELDS

    class Meta:
        ordering = ["name"]
        verbose_name = "topic"

    def slugify(self, tag, i=None):
        slug = slugify(tag)
        return f"{slug}-{i}" if i is not None else slug


class TopicItemBase(ItemBase):
    """Through model base for a page type's topics; each page type declares its
    own `content_object` ParentalKey so the tags live in its revisions."""

    tag = models.ForeignKey(Topic, related_name="%(app_label)s_%(class)s_items", on_delete=models.CASCADE)

    class Meta:
        abstract = True
