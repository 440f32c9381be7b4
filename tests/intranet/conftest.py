import factory
import pytest

import wagtail_factories

from intranet.models import (
    EuropeanFundsPage,
    IntranetIndexPage,
    IntranetPolicyPage,
    IntranetProjectPage,
    PartnerFinderPage,
)
from tests.factories import CountryFactory, ParticipantIndexPageFactory, ParticipantPageFactory, TopicFactory
from tests.users import user_in

SECRET = "Zanzibarian"


class IntranetIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = IntranetIndexPage

    title = "Intranet"
    slug = "intranet"


class IntranetProjectPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = IntranetProjectPage

    title = factory.Sequence(lambda n: f"{SECRET} project {n}")
    summary = f"A {SECRET} mediators programme."


class IntranetPolicyPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = IntranetPolicyPage

    title = factory.Sequence(lambda n: f"{SECRET} policy {n}")
    summary = f"A {SECRET} local action plan."


class EuropeanFundsPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = EuropeanFundsPage

    title = "European funds"
    slug = "european-funds"


class PartnerFinderPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PartnerFinderPage

    title = "Find partners"
    slug = "partner-finder"


@pytest.fixture
def intranet(home_page):
    return IntranetIndexPageFactory(parent=home_page)


@pytest.fixture
def participants(home_page):
    index = ParticipantIndexPageFactory(parent=home_page)
    greece = CountryFactory(code="GR", name="Greece")
    montenegro = CountryFactory(code="ME", name="Montenegro")
    return {
        "megara": ParticipantPageFactory(parent=index, title="Megara", slug="megara", country=greece, kind="city"),
        "tivat": ParticipantPageFactory(
            parent=index, title="Tivat", slug="tivat", country=montenegro, kind="municipality"
        ),
    }


@pytest.fixture
def other_member(db, django_user_model):
    return user_in(django_user_model, "tivat-contact", "Participants")


@pytest.fixture
def project(intranet, participants, member):
    page = IntranetProjectPageFactory(
        parent=intranet, slug="support-center", participant=participants["megara"], owner=member
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def policy(intranet, participants, other_member):
    page = IntranetPolicyPageFactory(
        parent=intranet, slug="local-action-plan", participant=participants["tivat"], owner=other_member
    )
    page.save_revision().publish()
    return page


@pytest.fixture
def topic(db):
    return TopicFactory(name="European funds", slug="european-funds")
