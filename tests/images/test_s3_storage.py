"""Media on S3-compatible object storage (cms/settings/object_storage.py), against a real S3
server over HTTP: public images are objects anyone can fetch from the public bucket at the
URLs the pages print; images of restricted collections, and every document, are objects no
one can fetch from S3, which the site serves after checking who asks."""

import io

import pytest
from bs4 import BeautifulSoup
from PIL import Image as PILImage

from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from cms.settings.object_storage import s3_media as s3_settings
from images.checks import private_media_is_not_served
from tests.factories import CreditedImageFactory, NewsIndexPageFactory, NewsPageFactory
from tests.images.conftest import body
from tests.object_storage import Buckets


def png(colour="orange"):
    picture = io.BytesIO()
    PILImage.new("RGB", (320, 240), colour).save(picture, "PNG")
    return picture.getvalue()


def upload(client, title, collection, data):
    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": title,
            "collection": collection.pk,
            "file": SimpleUploadedFile("mediators.png", data, content_type="image/png"),
            "tags": "",
        },
    )
    assert response.status_code == 302
    return get_image_model().objects.get(title=title)


def stored_names(image):
    image.refresh_from_db()
    return [image.file.name, *(rendition.file.name for rendition in image.renditions.all())]


def move_to(admin_client, image, collection):
    response = admin_client.post(
        reverse("wagtailimages:edit", args=[image.pk]),
        {"title": image.title, "collection": collection.pk, "tags": "", "credit": image.credit, "source_url": ""},
    )
    assert response.status_code == 302


def test_an_image_uploaded_in_the_editor_is_served_by_the_public_bucket(s3_media, admin_client, home_page):
    data = png()
    image = upload(admin_client, "Megara health mediators", Collection.get_first_root_node(), data)
    assert s3_media.keys(s3_media.public) == ["original_images/mediators.png"]
    assert s3_media.keys(s3_media.private) == []
    assert s3_media.anonymous_get(s3_media.public, "original_images/mediators.png").content == data

    news = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), title="Mediators", lead_image=image)
    page = Client().get(news.url)
    src = BeautifulSoup(page.content, "html.parser").select_one(".lead-image img")["src"]
    # A plain URL on the bucket, the same for everyone: no signature, no expiry.
    assert src.startswith(f"{s3_media.endpoint}/{s3_media.public}/images/mediators.")
    assert "?" not in src
    rendition = s3_media.anonymous_get(s3_media.public, src.removeprefix(f"{s3_media.endpoint}/{s3_media.public}/"))
    assert rendition.status_code == 200
    assert rendition.headers["Content-Type"] == "image/png"
    assert PILImage.open(io.BytesIO(rendition.content)).width == 320
    assert rendition.headers["Cache-Control"] == "public, max-age=31536000, immutable"


def test_a_cdn_in_front_of_the_bucket_gives_the_urls(s3_media, settings, db):
    Buckets(s3_media.endpoint, settings, MEDIA_S3_CUSTOM_DOMAIN="media.roma-alliance.example")
    assert settings.MEDIA_URL == "https://media.roma-alliance.example/"
    image = CreditedImageFactory(title="Seminar in Tirana")
    assert image.file.url == f"https://media.roma-alliance.example/{image.file.name}"
    assert image.get_rendition("width-100").url.startswith("https://media.roma-alliance.example/images/")


def test_an_intranet_image_is_stored_in_the_private_bucket_and_served_to_members_only(
    s3_media, intranet_collection, member_client, non_member_client, client
):
    data = png("purple")
    image = upload(member_client, "Tivat mediators", intranet_collection, data)
    rendition = image.get_rendition("width-100")
    assert image.file.name == "private/original_images/mediators.png"
    assert s3_media.keys(s3_media.public) == []
    assert s3_media.keys(s3_media.private) == sorted(
        name.removeprefix("private/") for name in (image.file.name, rendition.file.name)
    )
    for key in s3_media.keys(s3_media.private):
        assert s3_media.anonymous_get(s3_media.private, key).status_code == 403

    for url in (image.file.url, rendition.url):
        assert url.startswith("/private-images/")
        assert client.get(url).status_code == 302
        assert non_member_client.get(url).status_code == 302
        assert member_client.get(url).status_code == 200
    assert body(member_client.get(image.file.url)) == data


def test_moving_an_image_between_collections_moves_its_objects_between_buckets(
    s3_media, admin_client, intranet_collection
):
    image = CreditedImageFactory(title="Seminar in Tirana")
    image.get_rendition("width-100")
    public_keys = stored_names(image)
    assert s3_media.keys(s3_media.public) == sorted(public_keys)

    move_to(admin_client, image, intranet_collection)
    assert s3_media.keys(s3_media.public) == []
    assert s3_media.keys(s3_media.private) == sorted(public_keys)
    assert stored_names(image) == [f"private/{name}" for name in public_keys]
    for key in public_keys:
        assert s3_media.anonymous_get(s3_media.public, key).status_code in (403, 404)
        assert s3_media.anonymous_get(s3_media.private, key).status_code == 403

    move_to(admin_client, image, Collection.get_first_root_node())
    assert s3_media.keys(s3_media.private) == []
    assert stored_names(image) == public_keys
    for key in public_keys:
        assert s3_media.anonymous_get(s3_media.public, key).status_code == 200


def test_restricting_a_collection_and_refile_images_move_the_objects(s3_media, db):
    collection = Collection.get_first_root_node().add_child(name="Steering committee")
    image = CreditedImageFactory(title="Minutes", collection=collection)
    CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")
    assert s3_media.keys(s3_media.public) == []
    assert s3_media.keys(s3_media.private) == [name.removeprefix("private/") for name in stored_names(image)]

    # An image put in another collection without its signals (a raw SQL fix, an old restore).
    elsewhere = CreditedImageFactory(title="Poster")
    get_image_model().objects.filter(pk=elsewhere.pk).update(collection=collection)
    assert s3_media.keys(s3_media.public) == [elsewhere.file.name]
    call_command("refile_images", stdout=io.StringIO())
    assert s3_media.keys(s3_media.public) == []
    names = [*stored_names(image), *stored_names(elsewhere)]
    assert all(name.startswith("private/") for name in names)
    assert s3_media.keys(s3_media.private) == sorted(name.removeprefix("private/") for name in names)


def test_no_document_is_readable_from_the_bucket(s3_media, intranet_collection, member_client, client):
    documents = get_document_model().objects
    intranet = documents.create(
        title="Tivat action plan",
        collection=intranet_collection,
        file=ContentFile(b"Local Action Plan 2011", name="tivat-action-plan.txt"),
    )
    public = documents.create(title="Guidelines", file=ContentFile(b"Strategic guidelines", name="guidelines.txt"))
    assert s3_media.keys(s3_media.public) == ["documents/guidelines.txt", "documents/tivat-action-plan.txt"]
    for key in s3_media.keys(s3_media.public):
        assert s3_media.anonymous_get(s3_media.public, key).status_code == 403

    # Both through Wagtail's view, read from the bucket by the site: never a redirect to S3.
    assert client.get(intranet.url).status_code == 302
    response = member_client.get(intranet.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"Local Action Plan 2011"
    response = client.get(public.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"Strategic guidelines"


def test_the_checks_pass_on_two_buckets_and_fail_on_a_public_private_one(s3_media, settings):
    assert private_media_is_not_served(None) == []
    private = settings.STORAGES["private"]
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {**private, "OPTIONS": {**private["OPTIONS"], "bucket_name": s3_media.public}},
    }
    assert [error.id for error in private_media_is_not_served(None)] == ["images.E004"]


def test_a_public_bucket_without_a_private_one_is_refused():
    with pytest.raises(ImproperlyConfigured, match="PRIVATE_MEDIA_S3_BUCKET"):
        s3_settings({"MEDIA_S3_BUCKET": "alliance-media"})
    with pytest.raises(ImproperlyConfigured, match="PRIVATE_MEDIA_S3_BUCKET"):
        s3_settings({"MEDIA_S3_BUCKET": "alliance-media", "PRIVATE_MEDIA_S3_BUCKET": "alliance-media"})
    assert s3_settings({}) is None


@pytest.mark.parametrize(
    "environ, media_url",
    [
        ({"MEDIA_S3_REGION": "eu-west-3"}, "https://alliance-media.s3.eu-west-3.amazonaws.com/"),
        ({"MEDIA_S3_ENDPOINT_URL": "https://s3.fr-par.scw.cloud"}, "https://s3.fr-par.scw.cloud/alliance-media/"),
        (
            {"MEDIA_S3_ENDPOINT_URL": "https://s3.fr-par.scw.cloud", "MEDIA_S3_ADDRESSING_STYLE": "virtual"},
            "https://alliance-media.s3.fr-par.scw.cloud/",
        ),
        ({"MEDIA_S3_CUSTOM_DOMAIN": "media.alliance.example.org"}, "https://media.alliance.example.org/"),
    ],
)
def test_image_urls_and_media_url_name_the_same_host(environ, media_url, settings):
    """MEDIA_URL is what the Content Security Policy allows images from: the storage's URLs
    must be on it, on AWS, on another provider, and behind a CDN alike."""
    configured = s3_settings(
        {"MEDIA_S3_BUCKET": "alliance-media", "PRIVATE_MEDIA_S3_BUCKET": "alliance-private", **environ}
    )
    assert configured["MEDIA_URL"] == media_url
    settings.STORAGES = {**settings.STORAGES, "default": configured["default"]}
    from django.core.files.storage import default_storage

    assert default_storage.url("images/tirana.width-100.jpg") == media_url + "images/tirana.width-100.jpg"
