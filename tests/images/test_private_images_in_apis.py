"""Neither API lists a private image to callers its collection refuses, and
wherever a page shows one, the URLs they give are the checked ones."""

import json

import pytest

from django.test import Client
from django.urls import reverse

from apiv3.models import ConsumerKey
from tests.factories import CreditedImageFactory, NewsIndexPageFactory, NewsPageFactory

CALLERS = {
    "anonymous": {},
    "bogus bearer token": {"HTTP_AUTHORIZATION": "Bearer wagtail_bogus"},
    "forwarded for the server itself": {"HTTP_X_FORWARDED_FOR": "127.0.0.1", "HTTP_HOST": "localhost"},
}


@pytest.fixture
def public_image(public_collection):
    return CreditedImageFactory(title="Tirana town hall", collection=public_collection, file__filename="tirana.jpg")


@pytest.fixture
def news_with_private_image(home_page, intranet_image):
    """A public page given a private image by mistake."""
    page = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), lead_image=intranet_image)
    page.save_revision().publish()
    return page


def listed_ids(response):
    payload = response.json()
    return {item["id"] for item in payload.get("items", payload)}


@pytest.mark.parametrize("headers", CALLERS.values(), ids=CALLERS.keys())
def test_v2_never_shows_a_private_image(intranet_image, public_image, headers):
    client = Client()
    listing = client.get(reverse("wagtailapi:images:listing"), **headers)
    assert listed_ids(listing) == {public_image.pk}
    searched = client.get(reverse("wagtailapi:images:listing"), {"search": "Tivat"}, **headers)
    assert listed_ids(searched) == set()
    assert client.get(reverse("wagtailapi:images:detail", args=[intranet_image.pk]), **headers).status_code == 404


@pytest.mark.parametrize("headers", CALLERS.values(), ids=CALLERS.keys())
def test_v3_never_shows_a_private_image(intranet_image, public_image, headers):
    client = Client()
    listing = client.get(reverse("wagtailapi_v3:list_images"), **headers)
    assert listed_ids(listing) == {public_image.pk}
    detail = client.get(reverse("wagtailapi_v3:detail_image", args=[intranet_image.pk]), **headers)
    assert detail.status_code == 404


def test_v3_never_shows_a_private_image_to_a_consumer_key(intranet_image, public_image):
    key = ConsumerKey.create_key(name="Roma network app", rate_limit=100)[1]
    client = Client(HTTP_X_API_KEY=key)
    assert listed_ids(client.get(reverse("wagtailapi_v3:list_images"))) == {public_image.pk}
    assert client.get(reverse("wagtailapi_v3:detail_image", args=[intranet_image.pk])).status_code == 404


def test_a_public_image_keeps_its_plain_media_urls_in_the_api(public_image, settings):
    client = Client()
    v2 = client.get(reverse("wagtailapi:images:detail", args=[public_image.pk])).json()
    assert v2["meta"]["download_url"] == settings.MEDIA_URL + public_image.file.name
    assert all(f"{settings.MEDIA_URL}images/" in r["url"] for r in v2["renditions"].values())
    v3 = client.get(reverse("wagtailapi_v3:detail_image", args=[public_image.pk])).json()
    assert v3["meta"]["download_url"] == settings.MEDIA_URL + public_image.file.name
    assert all(f"{settings.MEDIA_URL}images/" in r["url"] for r in v3["renditions"].values())


def test_a_page_shows_a_private_image_only_through_the_checked_urls(news_with_private_image, member_client, settings):
    client = Client()
    v2 = client.get(reverse("wagtailapi:pages:detail", args=[news_with_private_image.pk])).json()
    renditions = v2["lead_image"]["renditions"]
    v3 = client.get(reverse("wagtailapi_v3:detail_page", args=[news_with_private_image.pk])).content.decode()
    html = client.get(news_with_private_image.url).content.decode()
    for text in (json.dumps(v2), v3, html):
        assert f"{settings.MEDIA_URL}images/example" not in text
        assert f"{settings.MEDIA_URL}original_images/example" not in text
    for rendition in renditions.values():
        path = rendition["url"].removeprefix("http://testserver")
        assert path.startswith("/private-images/")
        assert client.get(path).status_code == 302
        assert member_client.get(path).status_code == 200
