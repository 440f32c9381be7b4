"""Every public parameter of the site and of both APIs, hit with what a prober sends: negative,
zero and huge numbers, words where numbers go, NUL bytes, SQL and script fragments, 4,000
characters, an unknown locale, the parameter twice, and letters from other scripts. Each answer
is a 2xx or 3xx (the input was harmless, and any of it shown back is escaped) or a 4xx that a
client can read: JSON under /api/, a page of the site's own elsewhere. Never a 5xx, never a
traceback.

The content is built once for the module (in a transaction rolled back at its end) and every
test runs in a savepoint inside it: some 3,000 requests on one page tree, not one tree a test."""

import json
from urllib.parse import quote

import pytest

from django.db import transaction

import wagtail_factories
from wagtail.models import Page, PageViewRestriction

from apiv3.api import api as api_v3
from home.models import FormField
from tests.browse.builders import Site
from tests.factories import (
    CountryFactory,
    CreditedImageFactory,
    FormPageFactory,
    PersonFactory,
    TopicFactory,
)

SCRIPT = "<script>alert(1)</script>"
HOSTILE = {
    "negative": "-1",
    "zero": "0",
    "huge": str(10**30),
    "non-numeric": "abc",
    "nul": "roma\x00housing",
    "sql": "' OR 1=1--",
    "script": SCRIPT,
    "4000 characters": "x" * 4000,
    "unknown locale": "xx-YY",
    "unicode": "Ромa ü ü 𝄞 ‮ﷺ",
    "empty": "",
}
REPEATED = ["1", "2"]


@pytest.fixture(scope="module")
def content(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        home = Page.objects.get(depth=2).specific
        site = Site(home)
        albania = CountryFactory(code="AL", name="Albania")
        housing = TopicFactory(name="Housing", slug="housing")
        person = PersonFactory(given_name="Juliana", family_name="Hoxha")
        image = CreditedImageFactory(title="Town hall")
        document = wagtail_factories.DocumentFactory(title="Report")
        participant = site.participant(topics=[housing], title="Tirana", country=albania, kind="city")
        event = site.event(
            topics=[housing], countries=[albania], title="Seminar", start_date="2030-01-01", country=albania
        )
        news = site.news(topics=[housing], countries=[albania], title="Housing in Albania", date="2020-06-01")
        interview = site.interview(countries=[albania], title="Interview", date="2019-02-01", speaker=person)
        form = FormPageFactory(parent=home, to_address="", thank_you_text="<p>Thanks.</p>")
        FormField.objects.create(page=form, sort_order=0, label="Authority", field_type="singleline", required=True)
        FormField.objects.create(page=form, sort_order=1, label="Population", field_type="number")
        restricted = site.news(title="Members only", date="2021-01-01")
        restriction = PageViewRestriction.objects.create(
            page=restricted, restriction_type=PageViewRestriction.PASSWORD, password="secret"
        )
        yield {
            "news": news,
            "interview": interview,
            "event": event,
            "participant": participant,
            "form": form,
            "person": person,
            "topic": housing,
            "image": image,
            "document": document,
            "restricted": restricted,
            "restriction": restriction,
            "revision": news.save_revision(),
        }
        transaction.set_rollback(True)


@pytest.fixture
def probe(content, db, client, settings):
    """Sends each hostile value and returns what was wrong with the answers, if anything."""
    settings.SEARCH_RATE = settings.FORM_SUBMISSION_RATE = settings.PAGE_PASSWORD_RATE = "100000/m"
    client.raise_request_exception = False

    def send(method, url, values=HOSTILE, data_for=lambda value: {}):
        problems = []
        for label, value in values.items():
            response = getattr(client, method)(url(value) if callable(url) else url, data_for(value))
            problem = problem_with(response)
            if problem:
                problems.append(f"{label}: {response.request['PATH_INFO']} {problem}")
        return problems

    return send


def problem_with(response):
    body = response.content.decode(errors="replace")
    path = response.request["PATH_INFO"]
    content_type = response.get("Content-Type", "")
    if response.status_code >= 500:
        return f"answered {response.status_code}: {body[:300]}"
    if "Traceback" in body or 'File "/' in body:
        return "shows a traceback"
    if path.startswith("/api/") and response.status_code >= 400:
        if "json" not in content_type:
            return f"answered {response.status_code} as {content_type}, not JSON"
        json.loads(body)
    elif response.status_code >= 400:
        if not content_type.startswith("text/html") and "json" not in content_type:
            return f"answered {response.status_code} as {content_type}"
        if content_type.startswith("text/html") and "<h1" not in body:
            return f"answered {response.status_code} without a readable page"
    if content_type.startswith("text/html") and SCRIPT in body:
        return "shows the script fragment unescaped"
    return None


# (path, parameter, other parameters sent with it)
SITE_PARAMETERS = [
    ("/en/search/", "q", {}),
    ("/en/search/", "page", {"q": "housing"}),
    ("/en/search/", "type", {"q": "housing"}),
    ("/en/search/", "topic", {"q": "housing"}),
    ("/en/search/", "country", {"q": "housing"}),
    ("/en/news/", "topic", {}),
    ("/en/news/", "country", {}),
    ("/en/news/", "type", {}),
    ("/en/news/", "year", {}),
    ("/en/news/", "page", {}),
    ("/en/events/", "page", {}),
    ("/en/events/", "topic", {}),
    ("/en/events/", "country", {}),
    ("/en/events/", "page", {"topic": "housing", "country": "al"}),
    ("/en/participants/", "topic", {}),
    ("/en/participants/", "country", {}),
    ("/en/participants/", "kind", {}),
    ("/en/participants/", "sort", {}),
    ("/en/data/participants.geojson", "topic", {}),
    ("/en/data/participants.geojson", "country", {}),
    ("/en/data/participants.geojson", "kind", {}),
    ("/en/data/participants.geojson", "sort", {}),
    ("/en/topics/housing/", "country", {}),
    ("/en/topics/housing/", "page", {}),
    ("/en/countries/AL/", "page", {}),
    ("/en/feeds/news.rss", "page", {}),
    ("/en/feeds/events.ics", "locale", {}),
    ("/sitemap.xml", "p", {}),
    ("/api/preview/", "token", {"content_type": "news.newspage"}),
    ("/api/preview/", "content_type", {"token": "abc"}),
    ("/healthz", "locale", {}),
]


@pytest.mark.parametrize(("path", "param", "others"), SITE_PARAMETERS, ids=lambda v: v if isinstance(v, str) else "")
def test_site_parameters(probe, path, param, others):
    problems = probe("get", path, data_for=lambda value: {param: value, **others})
    problems += probe("get", path, values={"repeated": REPEATED}, data_for=lambda value: {param: value, **others})
    assert not problems, "\n".join(problems)


# Paths with a slug, a code or an id in them; {} is where the hostile value goes.
SITE_PATHS = [
    "/en/{}/",
    "/en/news/{}/",
    "/en/topics/{}/",
    "/en/countries/{}/",
    "/en/feeds/news/topic/{}.rss",
    "/en/feeds/news/country/{}.atom",
    "/en/events/seminar/{}/",
    "/{}/news/",
    "/documents/{}/report.pdf",
    "/private-images/{}",
]


@pytest.mark.parametrize("path", SITE_PATHS)
def test_site_paths(probe, path):
    problems = probe("get", lambda value: path.format(quote(value, safe="")))
    assert not problems, "\n".join(problems)


V2_ENDPOINTS = {
    "pages": [
        "type",
        "fields",
        "child_of",
        "descendant_of",
        "ancestor_of",
        "translation_of",
        "locale",
        "order",
        "search",
        "search_operator",
        "limit",
        "offset",
        "topic",
        "tag",
        "country",
        "person",
        "date_from",
        "date_to",
        "updated_since",
        "facets",
        "rich_text_format",
        "site",
        "html_path",
        "id",
    ],
    "images": ["fields", "order", "search", "limit", "offset", "width", "title"],
    "documents": ["fields", "order", "search", "limit", "offset", "title"],
    "people": ["fields", "order", "search", "limit", "offset", "country", "locale"],
    "countries": ["fields", "order", "limit", "offset", "is_member_state", "locale", "code"],
    "topics": ["fields", "order", "limit", "offset", "slug"],
}
V2_PARAMETERS = [(endpoint, param) for endpoint, params in V2_ENDPOINTS.items() for param in params]


@pytest.mark.parametrize(("endpoint", "param"), V2_PARAMETERS)
def test_api_v2_parameters(probe, endpoint, param):
    url = f"/api/v2/{endpoint}/"
    problems = probe("get", url, data_for=lambda value: {param: value})
    problems += probe("get", url, values={"repeated": REPEATED}, data_for=lambda value: {param: value})
    if endpoint == "pages":
        problems += probe("get", url, data_for=lambda value: {param: value, "type": "news.NewsPage"})
    problems += probe("get", url + "find/", data_for=lambda value: {param: value})
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("endpoint", list(V2_ENDPOINTS))
def test_api_v2_ids_in_paths(probe, endpoint):
    problems = probe("get", lambda value: f"/api/v2/{endpoint}/{quote(value, safe='')}/")
    problems += probe("get", f"/api/v2/{endpoint}/1/", data_for=lambda value: {"fields": value})
    assert not problems, "\n".join(problems)


def v3_get_operations():
    for path, methods in api_v3.get_openapi_schema()["paths"].items():
        if "get" in methods and not path.endswith("openapi.json"):
            yield path, methods["get"]


def v3_path(path, content, replace=None, value=None):
    """The operation's path with real ids in it, and `value` in place of the parameter `replace`."""
    known = {
        "page_id": content["news"].pk,
        "revision_id": content["revision"].pk,
        "image_id": content["image"].pk,
        "document_id": content["document"].pk,
        "site_id": 1,
        "redirect_id": 1,
        "type": "people.Person",
        "pk": content["person"].pk,
        "type_name": "news.NewsPage",
    }
    for name, real in known.items():
        path = path.replace(f"{{{name}}}", quote(value, safe="") if name == replace else str(real))
    return path


V3_OPERATIONS = sorted(
    [(path, p["name"], p["in"]) for path, operation in v3_get_operations() for p in operation.get("parameters", [])]
)


@pytest.mark.parametrize(("path", "param", "location"), V3_OPERATIONS)
def test_api_v3_parameters(probe, content, path, param, location):
    if location == "path":
        problems = probe("get", lambda value: v3_path(path, content, param, value))
    else:
        url = v3_path(path, content)
        problems = probe("get", url, data_for=lambda value: {param: value})
        problems += probe("get", url, values={"repeated": REPEATED}, data_for=lambda value: {param: value})
    assert not problems, "\n".join(problems)


def test_form_submissions(probe, content):
    url = content["form"].url
    problems = probe("post", url, data_for=lambda value: {"authority": value, "population": value})
    assert not problems, "\n".join(problems)


def test_page_password_form(probe, content):
    restriction, page = content["restriction"], content["restricted"]
    url = f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    problems = probe("post", url, data_for=lambda value: {"password": value, "return_url": value})
    problems += probe("post", lambda value: f"/_util/authenticate_with_password/{quote(value, safe='')}/1/")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("url", "params"),
    [
        ("/en/search/", {"q": SCRIPT}),
        ("/en/search/", {"q": "' OR 1=1--"}),
        ("/en/search/", {"q": "Ромa 𝄞"}),
        ("/api/v2/pages/", {"search": SCRIPT}),
        ("/api/v2/pages/", {"search": "' OR 1=1--"}),
        ("/api/v3/pages/", {"search": SCRIPT}),
        ("/api/v3/pages/", {"search": "' OR 1=1--"}),
    ],
)
def test_a_search_for_a_fragment_of_code_is_a_search_for_its_words(content, db, client, url, params):
    response = client.get(url, params)
    assert response.status_code == 200
    if url.startswith("/api/"):
        assert response.json()["items"] == []
    else:
        assert SCRIPT not in response.text
        assert "0 results for" in response.text
    if params.get("q") == SCRIPT:
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text


def test_sql_in_a_filter_finds_nothing_rather_than_everything(content, db, client):
    assert client.get("/api/v2/pages/", {"title": "' OR 1=1--", "type": "news.NewsPage"}).json()["items"] == []
    assert client.get("/en/news/", {"topic": "' OR 1=1--"}).status_code == 400
