"""v3 answers anyone may see are cached like v2's: a public Cache-Control, an ETag, 304 for
a matching If-None-Match (HEAD included), and the response cache's HIT; answers to a
credential (an editor token, a consumer key), writes and errors never are."""

import pytest

from tests.factories import NewsPageFactory
from tests.queries import fetch

from .conftest import bearer, editor_with, token_for

PUBLIC = {"public", "max-age=60", "s-maxage=300"}
PRIVATE = {"private", "no-store"}
ALLOWED_ORIGIN = "https://app.example.org"


def cache_control(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


def vary(response):
    return {name.strip().lower() for name in response.get("Vary", "").split(",") if name.strip()}


@pytest.fixture
def tivat(news_index):
    return NewsPageFactory(parent=news_index, title="Tivat joins the Alliance", slug="tivat")


@pytest.fixture
def addresses(tivat):
    return ["/api/v3/pages/", f"/api/v3/pages/{tivat.pk}/", "/api/v3/openapi.json", "/api/v3/images/"]


@pytest.fixture
def publisher_token(django_user_model, news_index):
    return token_for(editor_with(django_user_model, "publisher", news_index, ["add", "change", "publish"]))


def test_anonymous_answers_are_public_with_an_etag_and_answer_304(client, addresses):
    for url in addresses:
        response = client.get(url)
        assert response.status_code == 200, url
        assert cache_control(response) == PUBLIC, url
        assert response["ETag"].startswith('"'), url

        again = client.get(url, HTTP_IF_NONE_MATCH=response["ETag"])
        assert again.status_code == 304, url
        assert again.content == b""
        assert again["ETag"] == response["ETag"]


def test_head_answers_as_get_without_the_body(client, addresses):
    for url in addresses:
        get = client.get(url)
        head = client.head(url)
        assert head.status_code == 200, url
        assert head.content == b""
        assert head["ETag"] == get["ETag"], url
        assert head["Content-Type"] == get["Content-Type"]
        assert cache_control(head) == PUBLIC
        assert client.head(url, HTTP_IF_NONE_MATCH=get["ETag"]).status_code == 304


def test_head_of_an_address_without_a_get_is_still_refused(client, tivat):
    response = client.head(f"/api/v3/pages/{tivat.pk}/actions/submit/")

    assert response.status_code == 405
    assert "public" not in cache_control(response)


def test_the_etag_changes_when_a_page_is_edited_and_published(client, tivat):
    detail = f"/api/v3/pages/{tivat.pk}/"
    before = {url: client.get(url)["ETag"] for url in ("/api/v3/pages/", detail)}

    tivat.title = "Tivat, the newest member"
    tivat.save_revision().publish()

    for url, etag in before.items():
        changed = client.get(url, HTTP_IF_NONE_MATCH=etag)
        assert changed.status_code == 200, url
        assert changed["ETag"] != etag
        assert "Tivat, the newest member" in changed.content.decode()


def test_a_new_page_changes_the_listings_etag(client, news_index, tivat):
    etag = client.get("/api/v3/pages/")["ETag"]

    NewsPageFactory(parent=news_index, title="Bitola joins too", slug="bitola")

    assert client.get("/api/v3/pages/", HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_an_unpublished_draft_leaves_the_etag_alone(client, tivat):
    etag = client.get(f"/api/v3/pages/{tivat.pk}/")["ETag"]

    tivat.title = "A draft title"
    tivat.save_revision()

    assert client.get(f"/api/v3/pages/{tivat.pk}/", HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_editor_token_answers_are_private_without_an_etag(client, tivat, publisher_token):
    tivat.title = "A draft title"
    tivat.save_revision()
    headers = bearer(publisher_token)

    for url in (
        "/api/v3/pages/",
        f"/api/v3/pages/{tivat.pk}/",
        f"/api/v3/pages/{tivat.pk}/?version=draft",
        f"/api/v3/pages/{tivat.pk}/revisions/",
        "/api/v3/whoami/",
    ):
        response = client.get(url, **headers)
        assert response.status_code == 200, url
        assert cache_control(response) == PRIVATE, url
        assert not response.has_header("ETag"), url
        assert client.head(url, **headers).status_code == 200
        assert cache_control(client.head(url, **headers)) == PRIVATE


def test_an_invalid_token_is_served_as_anonymous_but_never_shared(client, tivat):
    response = client.get("/api/v3/pages/", **bearer("wagtail_not-a-token"))

    assert response.status_code == 200
    assert cache_control(response) == PRIVATE
    assert not response.has_header("ETag")


@pytest.mark.parametrize("sent_as", ["bearer", "x-api-key"])
def test_consumer_key_answers_are_private_and_keep_their_counters(client, tivat, consumer_key, sent_as):
    headers = bearer(consumer_key) if sent_as == "bearer" else {"HTTP_X_API_KEY": consumer_key}

    for method in (client.get, client.head):
        response = method("/api/v3/pages/", **headers)
        assert response.status_code == 200
        assert cache_control(response) == PRIVATE
        assert not response.has_header("ETag")
        assert response.has_header("X-RateLimit-Remaining")


def test_writes_and_errors_are_never_public(client, news_index, tivat, publisher_token, consumer_key):
    headers = bearer(publisher_token)
    page = {"meta": {"type": "news.NewsPage", "parent_id": news_index.pk}, "title": "New", "date": "2025-03-01"}
    answers = [
        (
            201,
            client.post("/api/v3/pages/", {**page, "teaser": "A teaser."}, content_type="application/json", **headers),
        ),
        (200, client.patch(f"/api/v3/pages/{tivat.pk}/", {"title": "x"}, content_type="application/json", **headers)),
        (401, client.post("/api/v3/pages/", page, content_type="application/json")),
        (403, client.post("/api/v3/pages/", page, content_type="application/json", **bearer(consumer_key))),
        (404, client.get("/api/v3/pages/999999/")),
        (400, client.get("/api/v3/pages/?nonsense=1")),
        (401, client.get("/api/v3/whoami/")),
        (401, client.get("/api/v3/pages/", **bearer("alliance_ck_unknown"))),
    ]

    for status, response in answers:
        assert response.status_code == status, response.content
        assert "public" not in cache_control(response)
        assert not response.has_header("ETag")


def test_a_session_does_not_change_the_public_answer(client, tivat, django_user_model):
    """v3 ignores session cookies (docs/api.md), so a signed-in editor's answer is the
    anonymous one, byte for byte: it may stay public."""
    anonymous = client.get("/api/v3/pages/")
    tivat.title = "A draft title"
    tivat.save_revision()
    client.force_login(django_user_model.objects.create_superuser("editor", "editor@example.org", "password"))

    signed_in = client.get("/api/v3/pages/")

    assert signed_in.content == anonymous.content
    assert signed_in["ETag"] == anonymous["ETag"]


def test_vary_names_what_the_answer_depends_on(client, tivat, settings):
    settings.CORS_ALLOWED_ORIGINS = [ALLOWED_ORIGIN]

    response = client.get("/api/v3/pages/", HTTP_ORIGIN=ALLOWED_ORIGIN)

    assert response["Access-Control-Allow-Origin"] == ALLOWED_ORIGIN
    assert cache_control(response) == PUBLIC
    # CORS headers depend on Origin; django-ninja answers JSON whatever Accept says.
    assert {"origin", "accept-language"} <= vary(response)
    assert "accept" not in vary(response)
    assert "*" not in vary(response)


@pytest.fixture
def response_cache(settings):
    settings.RESPONSE_CACHE = True


def test_anonymous_answers_are_served_from_the_response_cache(client, addresses, response_cache):
    for url in addresses:
        first = fetch(client, url)
        second = fetch(client, url)
        assert (first["X-Cache"], second["X-Cache"]) == ("MISS", "HIT"), url
        assert second.queries == 0
        assert second.content == first.content
        assert second["ETag"] == first["ETag"]
        assert cache_control(second) == PUBLIC

        conditional = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
        assert (conditional.status_code, conditional["X-Cache"]) == (304, "HIT")


def test_publishing_moves_the_response_cache_on(client, tivat, response_cache):
    first = client.get("/api/v3/pages/")
    assert client.get("/api/v3/pages/")["X-Cache"] == "HIT"

    tivat.title = "Tivat, the newest member"
    tivat.save_revision().publish()

    fresh = client.get("/api/v3/pages/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert (fresh.status_code, fresh["X-Cache"]) == (200, "MISS")
    assert "Tivat, the newest member" in fresh.content.decode()


def test_each_allowed_origin_gets_its_own_cached_cors_headers(client, tivat, response_cache, settings):
    settings.CORS_ALLOWED_ORIGINS = [ALLOWED_ORIGIN, "https://mirror.example.net"]
    client.get("/api/v3/pages/", HTTP_ORIGIN=ALLOWED_ORIGIN)

    other = client.get("/api/v3/pages/", HTTP_ORIGIN="https://mirror.example.net")
    again = client.get("/api/v3/pages/", HTTP_ORIGIN=ALLOWED_ORIGIN)

    assert (other["X-Cache"], other["Access-Control-Allow-Origin"]) == ("MISS", "https://mirror.example.net")
    assert (again["X-Cache"], again["Access-Control-Allow-Origin"]) == ("HIT", ALLOWED_ORIGIN)


def test_credentials_are_never_looked_up_nor_stored(client, tivat, consumer_key, publisher_token, response_cache):
    for headers in (bearer(publisher_token), bearer(consumer_key), {"HTTP_X_API_KEY": consumer_key}):
        response = client.get("/api/v3/pages/", **headers)
        assert response.status_code == 200
        assert not response.has_header("X-Cache")
    assert client.get("/api/v3/pages/")["X-Cache"] == "MISS"
