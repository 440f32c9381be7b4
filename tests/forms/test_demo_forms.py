"""The demo's two public forms ask what the issue lists and take a full application."""

from django.core import mail

from wagtail.contrib.forms.models import FormSubmission

from home.demo.loader import DemoLoader
from home.models import FormPage


def valid_value(field):
    if field.field_type == "dropdown":
        return field.choices.splitlines()[0]
    return {
        "email": "contact@example.org",
        "number": "36924",
        "checkbox": "on",
        "multiline": "We run a mediators programme.",
    }.get(field.field_type, "Megara")


def test_join_the_alliance_asks_for_the_authority_and_its_contact(demo_site):
    form = FormPage.objects.get(locale__language_code="en", slug="join-the-alliance")
    labels = [field.label for field in form.get_form_fields()]
    for expected in ["authority", "Kind", "Country", "Population", "Contact person", "Role", "E-mail", "Phone"]:
        assert any(expected in label for label in labels), expected
    assert any(field.field_type == "checkbox" and field.required for field in form.get_form_fields()), "consent"


def test_cooperate_as_ngo_asks_for_the_organisation_and_its_proposal(demo_site):
    form = FormPage.objects.get(locale__language_code="en", slug="cooperate-as-ngo")
    labels = [field.label for field in form.get_form_fields()]
    for expected in ["Organisation", "Country", "Fields of work", "cooperation", "Contact person", "E-mail"]:
        assert any(expected in label for label in labels), expected
    assert any(field.field_type == "checkbox" and field.required for field in form.get_form_fields()), "consent"


def test_each_demo_form_takes_a_full_submission(demo_site, client):
    for slug in ["join-the-alliance", "cooperate-as-ngo"]:
        form = FormPage.objects.get(locale__language_code="en", slug=slug)
        data = {field.clean_name: valid_value(field) for field in form.get_form_fields()}
        response = client.post(form.url, data)
        assert response.status_code == 200, slug
        assert FormSubmission.objects.filter(page=form).count() == 1


def test_consent_is_required(demo_site, client):
    form = FormPage.objects.get(locale__language_code="en", slug="cooperate-as-ngo")
    data = {field.clean_name: valid_value(field) for field in form.get_form_fields() if field.field_type != "checkbox"}
    response = client.post(form.url, data)
    assert response.status_code == 400
    assert not FormSubmission.objects.exists()


def test_the_demo_forms_notify_the_configured_address(db, settings, client):
    settings.FORM_NOTIFICATION_EMAIL = "alliance.secretariat@example.org"
    DemoLoader(log=lambda message: None, french=False).run()
    form = FormPage.objects.get(locale__language_code="en", slug="join-the-alliance")
    assert form.to_address == "alliance.secretariat@example.org"
    client.post(form.url, {field.clean_name: valid_value(field) for field in form.get_form_fields()})
    [message] = mail.outbox
    assert message.to == ["alliance.secretariat@example.org"]
    assert message.subject == "New submission: Join the Alliance"


def test_without_an_address_the_demo_forms_only_store(demo_site, client):
    assert set(FormPage.objects.values_list("to_address", flat=True)) == {""}
    form = FormPage.objects.get(locale__language_code="en", slug="cooperate-as-ngo")
    client.post(form.url, {field.clean_name: valid_value(field) for field in form.get_form_fields()})
    assert FormSubmission.objects.filter(page=form).count() == 1
    assert mail.outbox == []
