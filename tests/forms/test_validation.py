"""Bad input is answered with a 400 page naming each problem beside its field
and in a summary at the top; nothing is stored."""

from bs4 import BeautifulSoup

from django.core import mail

from wagtail.contrib.forms.models import FormSubmission

from home.forms import MULTILINE_MAX_LENGTH


def test_an_invalid_submission_is_a_400_with_messages_beside_the_fields(join_form, client):
    response = client.post(join_form.url, {"authority": "", "e_mail": "not-an-address", "motivation": ""})
    assert response.status_code == 400
    soup = BeautifulSoup(response.text, "html.parser")
    summary = soup.select_one(".error-summary")
    assert summary["role"] == "alert"
    assert "these 3 errors" in summary.h2.text
    assert [a["href"] for a in summary.select("a")] == ["#id_authority", "#id_e_mail", "#id_motivation"]
    email_input = soup.select_one("#id_e_mail")
    assert email_input["aria-invalid"] == "true"
    message = soup.select_one(f"#{email_input['aria-describedby']}")
    assert "Enter a valid email address." in message.text
    assert message.find_parent(class_="field").select_one("#id_e_mail") is not None
    assert soup.title.text.startswith("Error: ")
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


def test_the_submitted_values_are_kept_and_escaped_when_the_form_comes_back(join_form, client):
    response = client.post(join_form.url, {"authority": '"><script>alert(1)</script>', "e_mail": "bad"})
    assert response.status_code == 400
    assert "<script>alert(1)</script>" not in response.text
    assert "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in response.text


def test_an_over_long_text_is_refused_with_its_limit(join_form, valid_data, client):
    response = client.post(join_form.url, {**valid_data, "motivation": "x" * (MULTILINE_MAX_LENGTH + 1)})
    assert response.status_code == 400
    assert f"at most {MULTILINE_MAX_LENGTH} characters" in response.text
    assert not FormSubmission.objects.exists()


def test_a_number_field_refuses_words(join_form, valid_data, client):
    response = client.post(join_form.url, {**valid_data, "population": "many"})
    assert response.status_code == 400
    assert "Enter a number." in response.text


def test_the_form_page_opens_with_required_fields_marked(join_form, client):
    response = client.get(join_form.url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.text, "html.parser")
    assert soup.select_one("label[for=id_authority]").find_next_sibling(class_="required") is not None
    assert soup.select_one(".error-summary") is None
