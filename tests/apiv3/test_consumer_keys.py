import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page

from apiv3.models import ConsumerKey
from tests.factories import NewsPageFactory

from .conftest import bearer, editor_with, token_for


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def test_key_is_stored_as_a_digest_and_shown_once(db):
    key, plaintext = ConsumerKey.create_key(name="Static front end")
    assert plaintext.startswith("alliance_ck_") and len(plaintext) > 40
    assert plaintext not in {key.key_hash, key.prefix}
    assert plaintext.startswith(key.prefix)
    assert ConsumerKey.objects.authenticate(plaintext) == key
    assert ConsumerKey.objects.authenticate(plaintext + "x") is None


@pytest.mark.parametrize("header", ["HTTP_AUTHORIZATION", "HTTP_X_API_KEY"])
def test_key_reads_public_pages_and_counts_usage(client, news_index, consumer_key, header, monkeypatch):
    # The count is per minute window: three requests straddling a window's end (a loaded CI
    # machine) would start counting again. The rate limiter's clock stands still here.
    from types import SimpleNamespace

    now = 1_800_000_000.0
    monkeypatch.setattr("django_ratelimit.core.time", SimpleNamespace(time=lambda: now))
    NewsPageFactory(parent=news_index, title="Visible news")
    value = f"Bearer {consumer_key}" if header == "HTTP_AUTHORIZATION" else consumer_key
    for _ in range(3):
        response = client.get("/api/v3/pages/", {"type": "news.NewsPage"}, **{header: value})
        assert response.status_code == 200
    assert [item["title"] for item in response.json()["items"]] == ["Visible news"]
    assert response["X-RateLimit-Limit"] == "100"
    assert response["X-RateLimit-Remaining"] == "97"
    key = ConsumerKey.objects.get()
    assert key.usage_count == 3
    assert key.last_used_at is not None


def test_key_over_its_rate_limit_gets_429_with_retry_after(client, home_page):
    key, plaintext = ConsumerKey.create_key(name="Busy mirror", rate_limit=2)
    assert client.get("/api/v3/pages/", **bearer(plaintext)).status_code == 200
    assert client.get("/api/v3/pages/", **bearer(plaintext)).status_code == 200
    response = client.get("/api/v3/pages/", **bearer(plaintext))
    assert response.status_code == 429
    assert response["Content-Type"] == "application/problem+json"
    assert 1 <= int(response["Retry-After"]) <= 60
    assert response.json()["detail"] == "Rate limit of 2 requests per minute reached for this key."
    key.refresh_from_db()
    assert key.usage_count == 2
    # Another key has its own allowance.
    other = ConsumerKey.create_key(name="Quiet app", rate_limit=2)[1]
    assert client.get("/api/v3/pages/", **bearer(other)).status_code == 200


def test_revoked_or_unknown_key_is_refused(client, home_page, consumer_key):
    ConsumerKey.objects.get().revoke()
    for headers in (bearer(consumer_key), {"HTTP_X_API_KEY": consumer_key}, bearer("alliance_ck_made-up")):
        response = client.get("/api/v3/pages/", **headers)
        assert response.status_code == 401
        assert response.json()["detail"] == "Unknown or revoked consumer key."


def test_key_cannot_write(client, news_index, consumer_key):
    payload = {"meta": {"type": "news.NewsPage", "parent_id": news_index.pk}, "title": "Injected"}
    response = client.post("/api/v3/pages/", payload, content_type="application/json", **bearer(consumer_key))
    assert response.status_code == 403
    assert response.json()["detail"] == "Consumer keys are read-only: writing takes an editor token."
    assert not Page.objects.filter(title="Injected").exists()


def test_key_beside_an_editor_token_is_refused(client, news_index, consumer_key, django_user_model):
    """A key never rides along with a token to pick up its user's permissions."""
    user = editor_with(django_user_model, "newseditor", news_index, ["add", "change"])
    headers = {**bearer(token_for(user)), "HTTP_X_API_KEY": consumer_key}
    response = client.get("/api/v3/pages/", **headers)
    assert response.status_code == 400
    assert response.json()["detail"] == "Send either a consumer key or an editor token, not both."


def test_key_is_not_a_user(client, home_page, consumer_key):
    response = client.get("/api/v3/whoami/", **bearer(consumer_key))
    assert response.status_code == 401


def test_superuser_session_does_not_lift_a_key_to_drafts(client, news_index, consumer_key, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin", "admin@example.org", "password"))
    draft = NewsPageFactory(parent=news_index, title="Draft", live=False)
    response = client.get(f"/api/v3/pages/{draft.pk}/", {"version": "draft"}, **bearer(consumer_key))
    assert response.status_code == 404


def test_admin_creates_shows_once_and_revokes_a_key(admin_client):
    response = admin_client.post("/admin/api-consumer-keys/new/", {"name": "Mobile app", "rate_limit": "30"})
    assert response.status_code == 200
    key = ConsumerKey.objects.get()
    assert (key.name, key.rate_limit, key.active) == ("Mobile app", 30, True)
    plaintext = response.context["key"]
    assert plaintext.encode() in response.content
    assert ConsumerKey.objects.authenticate(plaintext) == key

    index = admin_client.get("/admin/api-consumer-keys/")
    assert b"Mobile app" in index.content and plaintext.encode() not in index.content
    edit = admin_client.get(f"/admin/api-consumer-keys/edit/{key.pk}/")
    assert edit.status_code == 200 and plaintext.encode() not in edit.content

    response = admin_client.post(f"/admin/api-consumer-keys/delete/{key.pk}/")
    assert response.status_code == 302
    key.refresh_from_db()
    assert not key.active and key.revoked_at is not None
    assert ConsumerKey.objects.authenticate(plaintext) is None


def test_admin_rejects_a_bad_rate_limit(admin_client):
    response = admin_client.post("/admin/api-consumer-keys/new/", {"name": "Greedy", "rate_limit": "0"})
    assert response.status_code == 200
    assert not ConsumerKey.objects.exists()
    assert "rate_limit" in response.context["form"].errors


def test_key_never_reaches_wagtails_token_lookup(client, home_page, consumer_key):
    """The key's Authorization header is dropped before Wagtail's bearer auth:
    no API token query is made for it."""
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/api/v3/pages/", **bearer(consumer_key)).status_code == 200
    assert not [q for q in queries.captured_queries if "wagtailcore_apitoken" in q["sql"]]
