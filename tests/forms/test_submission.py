"""A submission is stored before anyone is told of it, and a mail server
that fails loses nothing and shows the applicant nothing."""

from django.core import mail

from wagtail.contrib.forms.models import FormSubmission


def test_a_valid_submission_is_stored_thanked_and_sent_to_staff(join_form, valid_data, client):
    response = client.post(join_form.url, valid_data)
    assert response.status_code == 200
    assert "Thank you for your application." in response.text
    submission = FormSubmission.objects.get(page=join_form)
    assert submission.get_data()["authority"] == "City of Megara"
    assert "homepage_url" not in submission.form_data
    [message] = mail.outbox
    assert message.to == ["secretariat@example.org"]
    assert message.subject == "New application"
    assert "Authority: City of Megara" in message.body
    assert "Leave this field empty" not in message.body


def test_nobody_is_emailed_when_the_form_has_no_address(join_form, valid_data, client):
    join_form.to_address = ""
    join_form.save()
    response = client.post(join_form.url, valid_data)
    assert response.status_code == 200
    assert FormSubmission.objects.filter(page=join_form).count() == 1
    assert mail.outbox == []


def test_a_submission_survives_a_mail_server_that_is_down(join_form, valid_data, client, closed_smtp_port, caplog):
    response = client.post(join_form.url, valid_data)
    assert response.status_code == 200
    assert "Thank you for your application." in response.text
    assert FormSubmission.objects.get(page=join_form).get_data()["e_mail"] == "mayor@megara.example"
    assert "Could not e-mail submission" in caplog.text


def test_a_submission_survives_a_mail_server_that_refuses_it(join_form, valid_data, client, refusing_smtp_server):
    response = client.post(join_form.url, valid_data)
    assert response.status_code == 200
    assert "Thank you for your application." in response.text
    assert FormSubmission.objects.filter(page=join_form).count() == 1
    assert len(refusing_smtp_server) == 1, "the site did try the mail server"


def test_staff_email_is_plain_text_with_the_input_as_typed(join_form, valid_data, client):
    client.post(join_form.url, {**valid_data, "motivation": "<script>alert('x')</script> & <b>bold</b>"})
    [message] = mail.outbox
    assert message.content_subtype == "plain"
    assert message.alternatives == []
    assert "Motivation: <script>alert('x')</script> & <b>bold</b>" in message.body
