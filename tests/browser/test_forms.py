import pytest

from wagtail.contrib.forms.models import FormSubmission

from .conftest import serious_violations

pytestmark = pytest.mark.browser


def test_join_form_shows_its_errors_then_thanks_the_applicant(page):
    page.goto("/en/join-the-alliance/")
    assert serious_violations(page) == []
    trap = page.locator("input[name=homepage_url]").bounding_box()
    assert trap["x"] + trap["width"] < 0, "the spam trap is out of sight"

    page.get_by_role("button", name="Send").click()
    summary = page.locator(".error-summary")
    assert summary.is_visible()
    assert "Please correct these" in summary.get_by_role("heading").inner_text()
    assert serious_violations(page) == []
    summary.get_by_role("link").first.click()
    assert page.evaluate("document.activeElement.id") == "id_name_of_the_local_or_regional_authority"

    page.get_by_label("Name of the local or regional authority").fill("Municipality of Tivat")
    page.get_by_label("Kind of authority").select_option("Municipality")
    page.get_by_label("Country", exact=True).select_option("Montenegro")
    page.get_by_label("Contact person", exact=True).fill("Ana Petrović")
    page.get_by_label("Role of the contact person").fill("Roma coordinator")
    page.get_by_label("E-mail", exact=True).fill("coordinator@tivat.example")
    page.get_by_label("Motivation").fill("Our Local Action Plan of 2011 needs partners.")
    page.get_by_label("I agree").check()
    page.get_by_role("button", name="Send").click()

    assert "Thank you" in page.locator("main").inner_text()
    assert serious_violations(page) == []
    assert FormSubmission.objects.get().form_data["contact_person"] == "Ana Petrović"
