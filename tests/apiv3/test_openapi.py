import json
import re

from bs4 import BeautifulSoup

from apiv3.openapi import SNAPSHOT_PATH, render_openapi

PAGE_TYPES = [
    "home.HomePage",
    "home.FormPage",
    "home.InformationPage",
    "news.NewsIndexPage",
    "news.NewsPage",
    "news.InterviewPage",
    "events.EventIndexPage",
    "events.EventPage",
    "people.ParticipantIndexPage",
    "people.ParticipantPage",
]


def test_openapi_document_matches_the_committed_snapshot(client, db):
    response = client.get("/api/v3/openapi.json")
    assert response.status_code == 200
    served = render_openapi(response.json())
    assert served == SNAPSHOT_PATH.read_text(), (
        "The v3 OpenAPI document has changed. If the change is intended, run `make openapi` "
        "and commit apiv3/openapi.snapshot.json with it; consumers generate clients from it."
    )


def test_openapi_document_names_every_page_type(client, db):
    document = client.get("/api/v3/openapi.json").json()
    assert document["info"]["title"] == "Alliance CMS API"
    assert "/api/v3/pages/" in document["paths"]
    type_filter = next(p for p in document["paths"]["/api/v3/pages/"]["get"]["parameters"] if p["name"] == "type")
    assert set(PAGE_TYPES) <= set(type_filter["schema"]["items"]["enum"])


def test_docs_are_served_from_our_own_static_files(client, db):
    response = client.get("/api/v3/docs/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    references = [tag.get("src") or tag.get("href") for tag in soup.find_all(["script", "link"])]
    references = [ref for ref in references if ref]
    assert "/static/ninja/swagger-ui-bundle.js" in references
    assert all(ref.startswith("/static/") for ref in references), references
    assert not re.search(rb"https?://", response.content)
    assert json.loads(soup.find(id="swagger-settings").string)["url"] == "/api/v3/openapi.json"
    assert client.get("/static/ninja/swagger-ui-bundle.js").status_code == 200


def test_every_page_type_is_readable(client, demo_site):
    for page_type in PAGE_TYPES:
        if page_type == "home.FormPage":
            continue  # the demo has none; its detail is covered below
        listing = client.get("/api/v3/pages/", {"type": page_type}).json()
        assert listing["count"] >= 1, page_type
        detail = client.get(listing["items"][0]["meta"]["detail_url"])
        assert detail.status_code == 200, page_type
        assert detail.json()["meta"]["type"] == page_type


def test_form_page_is_readable(client, home_page):
    from tests.factories import FormPageFactory

    form = FormPageFactory(parent=home_page)
    detail = client.get(f"/api/v3/pages/{form.pk}/")
    assert detail.status_code == 200
    assert detail.json()["meta"]["type"] == "home.FormPage"


def test_unknown_endpoint_is_404(client, db):
    assert client.get("/api/v3/nothing-here/").status_code == 404


def test_the_document_says_which_query_values_the_api_refuses_for_control_characters(client, db):
    """A generated client must know before it asks: the find endpoint's html_path refused a control
    character with a 400 its schema did not describe."""
    document = client.get("/api/v3/openapi.json").json()
    [html_path] = [
        p for p in document["paths"]["/api/v3/pages/find/"]["get"]["parameters"] if p["name"] == "html_path"
    ]
    pattern = re.compile(html_path["schema"]["anyOf"][0]["pattern"])

    assert pattern.fullmatch("/en/news/tivat/")
    assert not pattern.fullmatch("/en/news/\ttivat/")
    refused = client.get("/api/v3/pages/find/", {"html_path": "/en/news/\ttivat/"})
    assert refused.status_code == 400
