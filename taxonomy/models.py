"""Countries and topics: the two axes every content page is filed under.

Kept free of imports from the other apps so that any app can use it without
import cycles."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils.text import slugify

from modelcluster.contrib.taggit import ClusterTaggableManager, _ClusterTaggableManager
from taggit.models import ItemBase, NaturalKeyManager, TagBase
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from .api import COUNTRY_API_FIELDS, TOPIC_API_FIELDS
from .localized import TopicText, localized_country_names, localized_texts, translated_chain


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

    @property
    def local_name(self):
        """The name in the visitor's language (or its fallback's): a translated
        page's countries are its original's rows."""
        return localized_country_names().get(self.translation_key, self.name)


class TopicQuerySet(models.QuerySet):
    def in_default_locale(self):
        """The topics pages are filed under. A translation of a topic only
        carries its name in another language: pages, URLs and API filters
        always point to the default-language topic."""
        return self.filter(locale__language_code=settings.LANGUAGE_CODE)

    def order_by_local_name(self, language_code=None):
        """Alphabetical by the name visitors of `language_code` (the active
        language by default) read, in the query itself so that it can still
        be filtered and sliced."""
        chain = translated_chain(language_code)
        if not chain:
            return self.order_by("name")
        names = [
            Subquery(
                Topic.objects.filter(translation_key=OuterRef("translation_key"), locale__language_code=code).values(
                    "name"
                )[:1]
            )
            for code in chain
        ]
        return self.annotate(local_name_order=Coalesce(*names, F("name"))).order_by("local_name_order")


class Topic(TranslatableMixin, TagBase):
    """A subject the Alliance works on (housing, education, European funds ...).

    A django-taggit tag, so editors get autocompletion and can coin a new topic
    while writing; the description is shown on the topic's page.

    Translated like countries, one row per language with the same
    translation_key. Pages are only ever tagged with the default-language row
    (see TopicsManager), whose slug is the topic's address in every language;
    the other rows give its name and description to visitors of their
    language (see taxonomy/localized.py)."""

    # taggit makes both unique across the table; here they are unique per language.
    name = models.CharField("name", max_length=100)
    slug = models.SlugField("slug", max_length=100, allow_unicode=True)
    description = models.TextField(blank=True, help_text="One or two sentences shown on the topic's page.")

    objects = NaturalKeyManager.from_queryset(TopicQuerySet)()

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    api_fields = TOPIC_API_FIELDS
    # The slug stays the default language's, so that /fr/topics/housing/ and
    # ?topic=housing keep working whatever the translator does.
    override_translatable_fields = [SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = "topic"
        constraints = [
            models.UniqueConstraint(fields=["name", "locale"], name="taxonomy_topic_unique_name_per_locale"),
            models.UniqueConstraint(fields=["slug", "locale"], name="taxonomy_topic_unique_slug_per_locale"),
        ]

    def slugify(self, tag, i=None):
        slug = slugify(tag)
        return f"{slug}-{i}" if i is not None else slug

    def clean(self):
        super().clean()
        # As for countries: the admin form leaves the locale out, so Django skips
        # the per-locale constraints; check them here rather than fail on save.
        locale_id = self.locale_id or Locale.get_default().pk
        others = Topic.objects.filter(locale_id=locale_id).exclude(pk=self.pk)
        errors = {}
        # An empty name is the form's to refuse (the v3 API's form has no name field, and
        # an error keyed on a field a form lacks breaks it: the constraint answers there).
        if self.name and others.filter(name=self.name).exists():
            errors["name"] = f"A topic named “{self.name}” already exists."
        if self.slug and others.filter(slug=self.slug).exists():
            errors["slug"] = f"Another topic already has the slug “{self.slug}”."
        if errors:
            raise ValidationError(errors)

    def text_in(self, language_code=None):
        """This topic's name and description in `language_code` (the active
        language by default), or in the first of its fallbacks that has them."""
        return localized_texts(language_code).get(self.translation_key) or TopicText(self.name, self.description)

    @property
    def local_name(self):
        return self.text_in().name

    @property
    def local_description(self):
        return self.text_in().description or self.description


class TopicItemBase(ItemBase):
    """Through model base for a page type's topics; each page type declares its
    own `content_object` ParentalKey so the tags live in its revisions."""

    tag = models.ForeignKey(Topic, related_name="%(app_label)s_%(class)s_items", on_delete=models.CASCADE)

    class Meta:
        abstract = True


class TopicsManager(ClusterTaggableManager):
    """A page's topics. Whatever the editor types, in whichever language's
    editor, resolves to (or creates) a default-language topic, so that the
    pages of every language share one set of topics and translations never
    fork them."""

    def __get__(self, instance, model):
        return _DefaultLocaleTopics(
            through=self.through, model=model, instance=instance, prefetch_cache_name=self.name
        )

    def deconstruct(self):
        # Migrations see the plain ClusterTaggableManager: the difference is
        # in how tags are looked up, not in the schema.
        name, _path, args, kwargs = super().deconstruct()
        return name, "modelcluster.contrib.taggit.ClusterTaggableManager", args, kwargs


class _DefaultLocaleTopics(_ClusterTaggableManager):
    def _to_tag_model_instances(self, tags, tag_kwargs):
        default = Locale.get_default()
        return super()._to_tag_model_instances(self._as_sources(tags, default), {**tag_kwargs, "locale": default})

    def _as_sources(self, tags, default):
        """A translated topic, or the name of one (a French editor typing
        "Logement"), stands for its default-language topic, unless a
        default-language topic has that very name."""
        names = {tag for tag in tags if isinstance(tag, str)}
        if names:
            names -= set(Topic.objects.filter(locale=default, name__in=names).values_list("name", flat=True))
        translated = {}
        if names:
            translated = {
                topic.name: topic
                for topic in Topic.objects.filter(name__in=names).exclude(locale=default).order_by("-pk")
            }
        sources = []
        for tag in tags:
            if isinstance(tag, str):
                tag = translated.get(tag, tag)
            if isinstance(tag, Topic) and tag.locale_id != default.pk:
                tag = tag.get_translation_or_none(default) or tag.name
            sources.append(tag)
        return sources
