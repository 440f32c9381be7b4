"""European funds data, and the demo intranet."""

from decimal import Decimal

from wagtail.models import Page, PageViewRestriction

from intranet.models import FundUse, IntranetIndexPage, IntranetProjectPage
from tests.users import logged_in, user_in

from .conftest import EuropeanFundsPageFactory


def test_the_funds_page_lists_each_use_and_totals_by_fund(member_client, intranet, participants):
    funds = EuropeanFundsPageFactory(parent=intranet)
    for participant, fund, amount in [
        ("megara", "European Social Fund (ESF+)", Decimal("120000")),
        ("tivat", "European Social Fund (ESF+)", Decimal("30000")),
        ("megara", "European Regional Development Fund (ERDF)", None),
    ]:
        FundUse.objects.create(
            page=funds, participant=participants[participant], fund=fund, purpose="Roma mediators", amount_eur=amount
        )
    response = member_client.get(funds.url)
    assert response.status_code == 200
    assert "150,000" in response.text
    assert "not reported" in response.text
    assert response.text.count("Roma mediators") == 3


def test_the_funds_page_is_private(client, intranet):
    funds = EuropeanFundsPageFactory(parent=intranet)
    assert client.get(funds.url).status_code == 302


def test_the_demo_intranet_is_private_and_holds_the_participants_projects(demo_site, client, django_user_model):
    intranet = IntranetIndexPage.objects.get()
    assert intranet.get_parent().pk == demo_site.pk
    restriction = PageViewRestriction.objects.get(page=intranet)
    assert [group.name for group in restriction.groups.all()] == ["Participants"]
    assert client.get(intranet.url).status_code == 302
    member = logged_in(user_in(django_user_model, "participant", "Participants"))
    index = member.get(intranet.url)
    assert index.status_code == 200
    assert "Support Center for Roma and Vulnerable Groups" in index.text
    assert "Local Action Plan" in index.text
    support_center = IntranetProjectPage.objects.get()
    assert support_center.participant.slug == "megara"
    assert sorted(topic.slug for topic in support_center.topics.all()) == ["employment", "european-funds", "health"]
    for page in Page.objects.descendant_of(intranet):
        assert member.get(page.url).status_code == 200, page.url
        assert client.get(page.url).status_code == 302, page.url
    assert not Page.objects.public().descendant_of(intranet, inclusive=True).exists()
