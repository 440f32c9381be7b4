"""News items and interviews in the API."""

from wagtail.api import APIField

from images.api import ImageField
from people.api import PageField, PagesField, PeopleField, PersonField
from taxonomy.api import CountriesField, TopicsField

NEWS_INDEX_API_FIELDS = [APIField("intro")]

NEWS_ITEM_API_FIELDS = [
    APIField("date"),
    APIField("teaser"),
    # The credit printed under the lead image: the item's own, else the image's.
    APIField("lead_image", serializer=ImageField(credit_source="lead_image_credit")),
    APIField("related_people", serializer=PeopleField()),
    APIField("related_participants", serializer=PagesField()),
    APIField("related_event", serializer=PageField()),
    APIField("countries", serializer=CountriesField()),
    APIField("topics", serializer=TopicsField()),
]

NEWS_PAGE_API_FIELDS = [*NEWS_ITEM_API_FIELDS, APIField("body")]

INTERVIEW_API_FIELDS = [
    APIField("kind"),
    APIField("speaker", serializer=PersonField()),
    APIField("speaker_role"),
    *NEWS_ITEM_API_FIELDS,
    APIField("pull_quote"),
    APIField("body"),
]
