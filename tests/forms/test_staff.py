"""Staff see the submissions in the editor and export them; what a visitor
typed is shown as text everywhere, never run as markup or formula."""

import csv
import io

from django.urls import reverse

from wagtail.contrib.forms.models import FormSubmission


def submit(client, form, **values):
    data = {
        "authority": "City of Megara",
        "e_mail": "mayor@megara.example",
        "motivation": "Mediators",
        **values,
    }
    assert client.post(form.url, data).status_code == 200


def export_rows(admin_client, form):
    response = admin_client.get(reverse("wagtailforms:list_submissions", args=[form.pk]), {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


def test_submissions_are_listed_in_the_forms_menu(join_form, client, admin_client):
    submit(client, join_form, authority="Municipality of Tivat")
    listing = admin_client.get(reverse("wagtailforms:index"))
    assert join_form.title in listing.text
    submissions = admin_client.get(reverse("wagtailforms:list_submissions", args=[join_form.pk]))
    assert submissions.status_code == 200
    assert "Municipality of Tivat" in submissions.text


def test_the_csv_export_holds_every_submission(join_form, client, admin_client):
    submit(client, join_form, authority="City of Megara")
    submit(client, join_form, authority="Municipality of Tivat", population="14111")
    rows = export_rows(admin_client, join_form)
    assert sorted(row["Authority"] for row in rows) == ["City of Megara", "Municipality of Tivat"]
    assert {row["Population"] for row in rows} == {"", "14111"}


def test_the_csv_export_neutralises_formulas(join_form, client, admin_client):
    formulas = ['=HYPERLINK("http://evil.example")', "+1+2", "-2+3", "@SUM(A1:A2)", "\t=1+1"]
    for formula in formulas:
        submit(client, join_form, authority=formula, motivation=formula)
    rows = export_rows(admin_client, join_form)
    assert sorted(row["Authority"] for row in rows) == sorted("'" + formula.strip() for formula in formulas)
    assert sorted(row["Motivation"] for row in rows) == sorted("'" + formula.strip() for formula in formulas)
    assert FormSubmission.objects.filter(form_data__authority="+1+2").exists(), "stored as typed"


def test_plain_values_are_exported_unchanged(join_form, client, admin_client):
    submit(client, join_form, authority="Mégara (Μέγαρα) = city", motivation="Roma-led projects")
    [row] = export_rows(admin_client, join_form)
    assert row["Authority"] == "Mégara (Μέγαρα) = city"
    assert row["Motivation"] == "Roma-led projects"


def test_the_admin_shows_a_visitors_markup_as_text(join_form, client, admin_client):
    submit(client, join_form, authority="<script>alert('pwned')</script>", motivation="<img src=x onerror=alert(1)>")
    response = admin_client.get(reverse("wagtailforms:list_submissions", args=[join_form.pk]))
    assert "<script>alert('pwned')</script>" not in response.text
    assert "&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt;" in response.text
    assert "<img src=x onerror" not in response.text
