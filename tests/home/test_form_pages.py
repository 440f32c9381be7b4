from wagtail.contrib.forms.models import FormSubmission

from home.models import FormField
from tests.factories import FormPageFactory


def make_form(home_page):
    form = FormPageFactory(parent=home_page)
    FormField.objects.create(page=form, sort_order=0, label="Authority", field_type="singleline", required=True)
    FormField.objects.create(page=form, sort_order=1, label="E-mail", field_type="email", required=True)
    return form


def test_a_valid_submission_is_stored_and_thanked(home_page, client):
    form = make_form(home_page)
    response = client.post(form.url, {"authority": "City of Megara", "e_mail": "mayor@megara.example"})
    assert response.status_code == 200
    assert "Thank you" in response.text
    submission = FormSubmission.objects.get(page=form)
    assert submission.get_data()["authority"] == "City of Megara"


def test_an_invalid_submission_shows_errors_beside_the_fields_and_stores_nothing(home_page, client):
    form = make_form(home_page)
    response = client.post(form.url, {"authority": "", "e_mail": "not-an-address"})
    assert response.status_code == 400
    assert response.text.count('class="error"') == 2
    assert not FormSubmission.objects.exists()
