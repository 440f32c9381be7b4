from wagtail.test.utils.form_data import rich_text

from people.models import Person
from tests.factories import PersonFactory


def test_people_with_the_same_name_get_distinct_slugs(db):
    first = PersonFactory(given_name="John", family_name="Smith")
    second = PersonFactory(given_name="John", family_name="Smith")
    assert (first.slug, second.slug) == ("john-smith", "john-smith-2")


def test_the_editor_refuses_a_slug_already_taken(admin_client):
    PersonFactory(given_name="Juliana", family_name="Hoxha")
    response = admin_client.post(
        "/admin/snippets/people/person/add/",
        {"given_name": "Another", "family_name": "Hoxha", "slug": "juliana-hoxha", "biography": rich_text("")},
    )
    assert response.status_code == 200
    assert "already has the slug" in response.text
    assert Person.objects.filter(family_name="Hoxha").count() == 1


def test_the_editor_adds_a_person(admin_client):
    response = admin_client.post(
        "/admin/snippets/people/person/add/",
        {
            "given_name": "Dobrica",
            "family_name": "Milovanovic",
            "slug": "",
            "political_group": "",
            "biography": rich_text(""),
        },
    )
    assert response.status_code == 302
    person = Person.objects.get(family_name="Milovanovic")
    assert person.slug == "dobrica-milovanovic"
    assert person.name == "Dobrica Milovanovic"
