"""A v3 page detail names its locale and lists the translations a visitor could
open, as v2's does: never a draft, a private or an expired translation."""

import datetime

import pytest

from django.utils import timezone

from wagtail.models import PageViewRestriction

from tests.factories import NewsPageFactory

from .conftest import bearer, editor_with, token_for


@pytest.fixture
def french_home(home_page, french):
    copy = home_page.copy_for_translation(french)
    copy.save_revision().publish()
    return copy


def translate(page, locale, *, title, publish=True):
    copy = page.copy_for_translation(locale)
    copy.title = title
    revision = copy.save_revision()
    if publish:
        revision.publish()
    copy.refresh_from_db()
    return copy


@pytest.fixture
def news(news_index, french_home, french):
    french_index = translate(news_index, french, title="Actualités")
    english = NewsPageFactory(parent=news_index, title="Housing in Tivat", slug="tivat")
    published = translate(english, french, title="Le logement à Tivat")
    draft_only = NewsPageFactory(parent=news_index, title="Schools in Korçë", slug="korce")
    draft = translate(draft_only, french, title="Les écoles de Korçë", publish=False)
    return {"index": french_index, "english": english, "french": published, "draft_only": draft_only, "draft": draft}


def test_detail_lists_the_published_translation(client, news):
    body = client.get(f"/api/v3/pages/{news['english'].pk}/").json()
    assert body["meta"]["locale"] == "en"
    assert body["meta"]["translations"] == [
        {
            "locale": "fr",
            "id": news["french"].pk,
            "detail_url": f"http://testserver/api/v3/pages/{news['french'].pk}/",
            "html_url": news["french"].full_url,
        }
    ]
    assert "/fr/news/" in news["french"].full_url
    # And the French page points back at its original.
    french = client.get(f"/api/v3/pages/{news['french'].pk}/").json()
    assert french["meta"]["locale"] == "fr"
    assert [(t["locale"], t["id"]) for t in french["meta"]["translations"]] == [("en", news["english"].pk)]


def test_a_draft_translation_is_not_listed(client, news, consumer_key):
    assert not news["draft"].live
    for headers in ({}, bearer(consumer_key)):
        body = client.get(f"/api/v3/pages/{news['draft_only'].pk}/", **headers).json()
        assert body["meta"]["translations"] == []


def test_a_draft_translation_is_not_listed_to_an_editor_token_either(client, news, django_user_model, home_page):
    editor = editor_with(django_user_model, "redactrice", home_page.get_parent(), ["add", "change"])
    body = client.get(f"/api/v3/pages/{news['draft_only'].pk}/", **bearer(token_for(editor))).json()
    assert body["meta"]["translations"] == []


def test_a_private_or_expired_translation_is_not_listed(client, news):
    restriction = PageViewRestriction.objects.create(page=news["french"], restriction_type="login")
    assert client.get(f"/api/v3/pages/{news['english'].pk}/").json()["meta"]["translations"] == []
    restriction.delete()
    news["french"].expire_at = timezone.now() - datetime.timedelta(minutes=1)
    news["french"].save(update_fields=["expire_at"])
    assert client.get(f"/api/v3/pages/{news['english'].pk}/").json()["meta"]["translations"] == []


def test_a_private_french_tree_hides_its_pages(client, news):
    PageViewRestriction.objects.create(page=news["index"], restriction_type="login")
    assert client.get(f"/api/v3/pages/{news['english'].pk}/").json()["meta"]["translations"] == []


def test_the_openapi_document_describes_the_translations(client, db):
    document = client.get("/api/v3/openapi.json").json()
    schemas = document["components"]["schemas"]
    meta = schemas["NewsPageMetaSchema"]["properties"]["translations"]
    assert meta["items"]["$ref"] == "#/components/schemas/PageTranslationSchema"
    assert set(schemas["PageTranslationSchema"]["required"]) == {"locale", "id", "detail_url", "html_url"}
