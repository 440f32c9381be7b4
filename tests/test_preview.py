"""Headless preview (wagtail-headless-preview 0.9 on Wagtail 8): an editor's
preview stores the draft under a signed token and shows the configured front
end, which reads the draft from /api/preview/. Tokens expire, cannot be forged
and read only the page they were made for."""

import re
import time
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from wagtail_headless_preview.models import HeadlessPreviewMixin, PagePreview

from django.core.signing import b62_encode
from django.test import Client

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from headless.preview import HEADLESS_MODE
from news.models import NewsPage
from tests.factories import (
    CountryFactory,
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)

FRONT_END = "https://front.example.org"


@pytest.fixture
def front_end(settings):
    settings.WAGTAIL_HEADLESS_PREVIEW = {"CLIENT_URLS": {"default": FRONT_END}, "ENFORCE_TRAILING_SLASH": True}


@pytest.fixture
def news_page(home_page):
    return NewsPageFactory(
        parent=NewsIndexPageFactory(parent=home_page), title="Tivat joins the Alliance", slug="tivat"
    )


def preview_link(response):
    """The front-end address the editor's preview shows in its frame."""
    src = re.search(r'<iframe src="([^"]+)"', response.content.decode()).group(1)
    return unescape(src)


def read_preview(client, link):
    query = parse_qs(urlsplit(link).query)
    return client.get("/api/preview/", {"content_type": query["content_type"][0], "token": query["token"][0]})


def old_token(page, seconds_ago):
    signer = HeadlessPreviewMixin.get_preview_signer()
    signer.timestamp = lambda: b62_encode(int(time.time()) - seconds_ago)
    token = signer.sign(f"id={page.pk}")
    page.update_page_preview(token)
    return token


def test_the_front_end_mode_is_offered_beside_the_site_preview_once_configured(news_page, settings):
    settings.WAGTAIL_HEADLESS_PREVIEW = {"CLIENT_URLS": {}}
    assert HEADLESS_MODE not in dict(news_page.preview_modes)

    settings.WAGTAIL_HEADLESS_PREVIEW = {"CLIENT_URLS": {"default": FRONT_END}}
    assert dict(news_page.preview_modes)[HEADLESS_MODE] == "Front end"
    assert news_page.default_preview_mode == "", "the site's own preview stays the default"


def test_an_editors_preview_is_served_as_json_to_the_front_end(news_page, front_end, admin_client):
    edit_preview = f"/admin/pages/{news_page.pk}/edit/preview/"
    data = nested_form_data(
        {
            "title": "Tivat joins the Alliance (draft)",
            "slug": "tivat",
            "date": "2015-05-06",
            "teaser": "A teaser not yet published.",
            "lead_image_credit": "",
            "body": streamfield(
                [
                    (
                        "paragraph",
                        rich_text(
                            f'<p>Tivat is a town on the Bay of Kotor, <a linktype="page" id="{news_page.get_parent().pk}">in the news</a>.</p>'
                        ),
                    )
                ]
            ),
            "topics": "Housing",
        }
    )
    assert admin_client.post(edit_preview, data).json()["is_valid"]

    response = admin_client.get(edit_preview, {"mode": HEADLESS_MODE})
    assert response.status_code == 200
    link = preview_link(response)
    assert link.startswith(f"{FRONT_END}/?content_type=news.newspage&token=")

    draft = read_preview(Client(), link)
    assert draft.status_code == 200
    assert "public" not in draft["Cache-Control"] and "no-store" in draft["Cache-Control"]
    body = draft.json()
    assert body["id"] == news_page.pk
    assert body["meta"] == {
        "type": "news.NewsPage",
        "locale": "en",
        "parent_id": news_page.get_parent().pk,
        "draft": True,
    }
    assert body["title"] == "Tivat joins the Alliance (draft)"
    assert body["teaser"] == "A teaser not yet published."
    assert body["date"] == "2015-05-06"
    assert body["body"][0]["type"] == "paragraph"
    assert "Bay of Kotor" in body["body"][0]["value"]
    assert '<a href="/en/news/">in the news</a>' in body["body"][0]["value"], "internal links resolved"
    assert [topic["name"] for topic in body["topics"]] == ["Housing"]

    # Nothing of the draft reaches the public page.
    public = Client().get("/en/news/tivat/")
    assert b"(draft)" not in public.content
    assert NewsPage.objects.get(pk=news_page.pk).title == "Tivat joins the Alliance"


def test_the_site_preview_still_renders_the_page(news_page, front_end, admin_client):
    response = admin_client.get(f"/admin/pages/{news_page.pk}/view_draft/")

    assert response.status_code == 200
    assert b"<iframe" not in response.content
    assert b"Tivat joins the Alliance" in response.content


def test_view_draft_in_front_end_mode_previews_the_latest_revision(news_page, front_end, admin_client):
    albania = CountryFactory(code="AL", name="Albania")
    news_page.title = "Tivat, revised"
    news_page.countries = [albania]
    news_page.save_revision()

    link = preview_link(admin_client.get(f"/admin/pages/{news_page.pk}/view_draft/", {"mode": HEADLESS_MODE}))

    draft = read_preview(Client(), link).json()
    assert draft["title"] == "Tivat, revised"
    assert draft["countries"] == [{"id": albania.pk, "code": "AL", "name": str(albania)}]


def test_an_expired_token_is_refused(news_page, front_end, client, settings):
    settings.HEADLESS_PREVIEW_MAX_AGE = 30 * 60
    fresh = old_token(news_page, seconds_ago=29 * 60)
    stale = old_token(news_page, seconds_ago=31 * 60)

    assert client.get("/api/preview/", {"content_type": "news.newspage", "token": fresh}).status_code == 200
    response = client.get("/api/preview/", {"content_type": "news.newspage", "token": stale})
    assert response.status_code == 401
    assert "expired" in response.json()["error"]


def test_a_tampered_token_is_refused(news_page, front_end, client):
    token = news_page.create_page_preview().token
    identifier, timestamp, signature = token.split(":")

    for forged in [
        f"id={news_page.pk + 1}:{timestamp}:{signature}",
        f"{identifier}:{timestamp}:{signature[:-2]}xx",
        "id=1",
        "x" * 5000,
    ]:
        response = client.get("/api/preview/", {"content_type": "news.newspage", "token": forged})
        assert response.status_code == 403, forged[:40]
        assert response.json() == {"error": "This preview token is not valid."}


def test_a_token_for_one_page_does_not_read_another(home_page, news_page, front_end, client):
    event = EventPageFactory(parent=EventIndexPageFactory(parent=home_page), title="Seminar in Tirana")
    other_news = NewsPageFactory(parent=news_page.get_parent(), title="Another item", slug="another")
    news_token = news_page.create_page_preview().token
    event_token = event.create_page_preview().token

    own = client.get("/api/preview/", {"content_type": "news.newspage", "token": news_token})
    assert own.json()["id"] == news_page.pk
    crossed = client.get("/api/preview/", {"content_type": "events.eventpage", "token": news_token})
    assert crossed.status_code == 404
    assert client.get("/api/preview/", {"content_type": "news.newspage", "token": event_token}).status_code == 404

    # A stored draft that is not the page its token was signed for is refused.
    PagePreview.objects.filter(token=news_token).update(content_json=other_news.to_json())
    response = client.get("/api/preview/", {"content_type": "news.newspage", "token": news_token})
    assert response.status_code == 403
    assert "Another item" not in response.content.decode()


def test_bad_requests_name_the_parameter(front_end, client, db):
    missing = client.get("/api/preview/")
    assert missing.status_code == 400
    assert missing.json()["parameters"] == ["content_type", "token"]

    for content_type in ["nothing", "taxonomy.country", "news.nosuchpage", "a" * 300]:
        response = client.get("/api/preview/", {"content_type": content_type, "token": "x"})
        assert response.status_code == 400
        assert response.json()["parameters"] == ["content_type"]

    assert client.post("/api/preview/").status_code == 405
