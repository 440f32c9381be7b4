"""The taxonomy is managed in the editor: countries through modeladmin with
search and filters, topics and people as snippets with search."""

from bs4 import BeautifulSoup

from tests.factories import PersonFactory, TopicFactory


def result_texts(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return " ".join(cell.get_text(" ", strip=True) for cell in soup.select("table tbody tr"))


def test_countries_are_listed_searchable_and_filterable(admin_client):
    response = admin_client.get("/admin/taxonomy/country/")
    assert response.status_code == 200
    assert "Albania" in result_texts(response) and "United Kingdom" in result_texts(response)

    found = result_texts(admin_client.get("/admin/taxonomy/country/", {"q": "alban"}))
    assert "Albania" in found and "Greece" not in found

    by_code = result_texts(admin_client.get("/admin/taxonomy/country/", {"q": "GR"}))
    assert "Greece" in by_code

    non_members = result_texts(admin_client.get("/admin/taxonomy/country/", {"is_member_state__exact": "0"}))
    assert "Albania" not in non_members


def test_topics_are_searchable(admin_client):
    TopicFactory(name="Housing", slug="housing")
    TopicFactory(name="Education", slug="education")
    response = admin_client.get("/admin/snippets/taxonomy/topic/", {"q": "hous"})
    assert response.status_code == 200
    assert "Housing" in result_texts(response) and "Education" not in result_texts(response)


def test_topic_autocomplete_serves_the_editor(admin_client):
    TopicFactory(name="European funds", slug="european-funds")
    response = admin_client.get("/admin/tag-autocomplete/taxonomy/topic/", {"term": "europ"})
    assert response.status_code == 200
    assert "European funds" in response.json()


def test_people_are_searchable(admin_client):
    PersonFactory(given_name="Juliana", family_name="Hoxha")
    PersonFactory(given_name="Dobrica", family_name="Milovanovic")
    response = admin_client.get("/admin/snippets/people/person/", {"q": "hoxha"})
    assert response.status_code == 200
    assert "Hoxha" in result_texts(response) and "Milovanovic" not in result_texts(response)


def test_country_codes_are_validated(admin_client):
    response = admin_client.post(
        "/admin/taxonomy/country/create/", {"code": "X1", "name": "Nowhere", "is_member_state": ""}
    )
    assert response.status_code == 200
    assert "ISO 3166-1 alpha-2, e.g. AL" in response.text


def test_editors_can_add_a_country_outside_the_council_of_europe(admin_client):
    from taxonomy.models import Country

    response = admin_client.post(
        "/admin/taxonomy/country/create/", {"code": "xk", "name": "Kosovo", "is_member_state": ""}
    )
    assert response.status_code == 302
    kosovo = Country.objects.get(name="Kosovo")
    assert kosovo.code == "XK" and not kosovo.is_member_state
    assert kosovo.locale.language_code == "en"


def test_a_country_code_cannot_be_added_twice_whatever_its_case(admin_client):
    response = admin_client.post("/admin/taxonomy/country/create/", {"code": "gr", "name": "Greece again"})
    assert response.status_code == 200
    assert "already exists" in response.text
