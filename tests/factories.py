"""Factories for every model the tests build; pages are created under the
parent they are given, through Wagtail's tree API."""

import datetime

import factory
from factory.django import DjangoModelFactory

import wagtail_factories
from wagtail.models import Locale

from events.models import EventIndexPage, EventPage
from home.models import FormPage, InformationPage
from images.models import CreditedImage
from news.models import InterviewPage, NewsIndexPage, NewsPage
from people.models import ParticipantIndexPage, ParticipantPage, Person
from taxonomy.models import Country, Topic


def default_locale():
    return Locale.get_default()


class CountryFactory(DjangoModelFactory):
    class Meta:
        model = Country
        django_get_or_create = ("code", "locale")

    code = "AL"
    name = "Albania"
    locale = factory.LazyFunction(default_locale)


class TopicFactory(DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")


class PersonFactory(DjangoModelFactory):
    class Meta:
        model = Person

    given_name = "John"
    family_name = factory.Sequence(lambda n: f"Warmisham{n}")
    role = "Congress Spokesperson on Roma and Traveller issues"
    locale = factory.LazyFunction(default_locale)


class CreditedImageFactory(wagtail_factories.ImageFactory):
    class Meta:
        model = CreditedImage

    credit = "© CoE"


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "News"
    slug = "news"


class NewsPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"News item {n}")
    date = datetime.date(2015, 5, 6)
    teaser = "The municipality of Tivat has just 14.111 inhabitants."


class InterviewPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = InterviewPage

    title = factory.Sequence(lambda n: f"Interview {n}")
    date = datetime.date(2015, 5, 20)
    teaser = "Roma should be part of the priority-setting process."
    speaker = factory.SubFactory(PersonFactory)


class EventIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = EventIndexPage

    title = "Events"
    slug = "events"


class EventPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Seminar {n}")
    start_date = datetime.date(2018, 10, 11)
    city = "Tirana"


class ParticipantIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ParticipantIndexPage

    title = "Participants"
    slug = "participants"


class ParticipantPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ParticipantPage

    title = factory.Sequence(lambda n: f"City {n}")
    country = factory.SubFactory(CountryFactory)


class FormPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = FormPage

    title = "Join the Alliance"
    slug = "join-the-alliance"


class InformationPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = InformationPage

    title = "Privacy notice"
    slug = "privacy-notice"
    intro = "<p>What personal data this site collects, and why.</p>"
