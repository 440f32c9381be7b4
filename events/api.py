"""Events in the API: dates and status, place, organisers and speakers as
nested objects, the programme as typed blocks."""

from rest_framework.fields import Field

from wagtail.api import APIField

from images.api import ImageField
from people.api import page_is_public, page_summary, person_summary
from taxonomy.api import CountriesField, CountryField, TopicsField


class OrganisersField(Field):
    def to_representation(self, manager):
        return [
            {
                "name": organiser.name,
                "role": organiser.role,
                "website": organiser.website,
                "participant": page_summary(organiser.participant, self.context)
                if organiser.participant and page_is_public(organiser.participant, self.context)
                else None,
            }
            for organiser in manager.all()
        ]


class SpeakersField(Field):
    def to_representation(self, manager):
        return [{"person": person_summary(s.person, self.context), "role": s.role} for s in manager.all()]


class StatusField(Field):
    def get_attribute(self, instance):
        return instance.status

    def to_representation(self, status):
        return str(status)


EVENT_INDEX_API_FIELDS = [APIField("intro")]

EVENT_API_FIELDS = [
    APIField("event_type"),
    APIField("start_date"),
    APIField("end_date"),
    APIField("cancelled"),
    APIField("status", serializer=StatusField(read_only=True)),
    APIField("venue"),
    APIField("city"),
    APIField("country", serializer=CountryField()),
    APIField("teaser"),
    APIField("lead_image", serializer=ImageField()),
    APIField("description"),
    APIField("programme"),
    APIField("organisers", serializer=OrganisersField()),
    APIField("speakers", serializer=SpeakersField()),
    APIField("countries", serializer=CountriesField()),
    APIField("topics", serializer=TopicsField()),
]
