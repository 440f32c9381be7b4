"""People and participants in the API, and the small nested objects other
apps' pages use to point at a person or a page (with its API detail URL).

A nested page is shown only while a visitor could see it: live, unexpired and
outside every private section. A news item about a participant whose profile
is still a draft must not hand out the draft's title."""

from rest_framework.fields import Field

from django.utils import timezone

from wagtail.api import APIField
from wagtail.models import PageViewRestriction

from images.api import ImageField
from taxonomy.api import CountryField, TopicsField


def api_detail_url(context, model, pk):
    # wagtail.api.v2 loads the Page model on import: too early for models.py, which imports this module.
    from wagtail.api.v2.utils import get_object_detail_url

    router = context.get("router")
    if router is None:
        return None
    return get_object_detail_url(router, context.get("request"), model, pk)


def _restricted_paths(context):
    # One query per response, however many nested pages it holds.
    if "restricted_paths" not in context:
        context["restricted_paths"] = tuple(PageViewRestriction.objects.values_list("page__path", flat=True))
    return context["restricted_paths"]


def page_is_public(page, context):
    if not page.live or (page.expire_at and page.expire_at <= timezone.now()):
        return False
    restricted = _restricted_paths(context)
    return not (restricted and page.path.startswith(restricted))


def page_summary(page, context):
    request = context.get("request")
    return {
        "id": page.pk,
        "title": page.title,
        "type": f"{page.specific_class._meta.app_label}.{page.specific_class.__name__}",
        "detail_url": api_detail_url(context, type(page), page.pk),
        "html_url": page.get_full_url(request),
    }


def person_summary(person, context):
    return {
        "id": person.pk,
        "name": person.name,
        "role": person.role,
        "detail_url": api_detail_url(context, type(person), person.pk),
    }


class PageField(Field):
    """A page a field points to, or null while that page is not public."""

    def to_representation(self, page):
        return page_summary(page, self.context) if page_is_public(page, self.context) else None


class PagesField(Field):
    """Pages a many-to-many field points to, the non-public ones left out."""

    def to_representation(self, manager):
        return [page_summary(page, self.context) for page in manager.all() if page_is_public(page, self.context)]


class PersonField(Field):
    def to_representation(self, person):
        return person_summary(person, self.context)


class PeopleField(Field):
    def to_representation(self, manager):
        return [person_summary(person, self.context) for person in manager.all()]


class PartnersField(Field):
    def to_representation(self, manager):
        return [
            {"name": partner.name, "website": partner.website, "description": partner.description}
            for partner in manager.all()
        ]


class NameField(Field):
    def get_attribute(self, instance):
        return instance.name

    def to_representation(self, name):
        return name


PERSON_API_FIELDS = [
    APIField("name", serializer=NameField(read_only=True)),
    APIField("given_name"),
    APIField("family_name"),
    APIField("slug"),
    APIField("role"),
    APIField("organisation"),
    APIField("country", serializer=CountryField()),
    APIField("national_delegation", serializer=CountryField()),
    APIField("political_group"),
    APIField("photo", serializer=ImageField()),
    APIField("biography"),
]

PARTICIPANT_INDEX_API_FIELDS = [APIField("intro")]

PARTICIPANT_API_FIELDS = [
    APIField("official_name"),
    APIField("kind"),
    APIField("country", serializer=CountryField()),
    APIField("region"),
    APIField("participant_number"),
    APIField("date_joined"),
    APIField("population"),
    APIField("population_is_approximate"),
    APIField("roma_population"),
    APIField("roma_population_is_approximate"),
    APIField("roma_population_data"),
    APIField("roma_population_source"),
    APIField("roma_population_note"),
    APIField("latitude"),
    APIField("longitude"),
    APIField("mayor", serializer=PersonField()),
    APIField("contact_person", serializer=PersonField()),
    APIField("website"),
    APIField("teaser"),
    APIField("lead_image", serializer=ImageField()),
    APIField("body"),
    APIField("initiatives"),
    APIField("partners", serializer=PartnersField()),
    APIField("topics", serializer=TopicsField()),
]
