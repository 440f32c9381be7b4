"""Images in a restricted collection (the Intranet) are served only to those
the collection's restrictions accept, from files outside the public media."""

import re

import pytest

from django.urls import NoReverseMatch, reverse

from wagtail.models import Collection, CollectionViewRestriction

from images.checks import dynamic_image_view_is_not_mounted
from tests.factories import CreditedImageFactory, ParticipantIndexPageFactory, ParticipantPageFactory
from tests.images.conftest import body, files_under
from tests.intranet.conftest import IntranetIndexPageFactory, IntranetProjectPageFactory


def image_urls(image):
    return {"original": image.file.url, "rendition": image.get_rendition("fill-200x100").url}


def test_anonymous_visitors_are_sent_to_log_in(intranet_image, client):
    for url in image_urls(intranet_image).values():
        response = client.get(url)
        assert response.status_code == 302
        assert "login" in response["Location"]
        assert "no-store" in response["Cache-Control"]


def test_a_logged_in_non_member_is_refused(intranet_image, non_member_client):
    for url in image_urls(intranet_image).values():
        response = non_member_client.get(url)
        assert response.status_code == 302
        assert not response.has_header("ETag")


def test_a_participant_gets_the_original_and_the_rendition(intranet_image, member_client, settings):
    rendition = intranet_image.get_rendition("fill-200x100")
    for url, stored in [(intranet_image.file.url, intranet_image.file), (rendition.url, rendition.file)]:
        response = member_client.get(url)
        assert response.status_code == 200
        assert body(response) == (settings.PRIVATE_MEDIA_ROOT / stored.name.removeprefix("private/")).read_bytes()
        assert response["Content-Type"] == "image/jpeg"
        assert response["X-Content-Type-Options"] == "nosniff"
        cache_control = response["Cache-Control"]
        assert "private" in cache_control
        assert "public" not in cache_control
        assert "s-maxage" not in cache_control


def test_a_participant_revalidates_the_copy_in_their_browser(intranet_image, member_client):
    url = intranet_image.file.url
    etag = member_client.get(url)["ETag"]
    assert member_client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_no_file_of_an_intranet_image_is_under_the_public_media(intranet_image, settings):
    urls = image_urls(intranet_image)
    stored = [intranet_image.file.name, *intranet_image.renditions.values_list("file", flat=True)]
    assert not settings.MEDIA_ROOT.exists() or files_under(settings.MEDIA_ROOT) == []
    assert files_under(settings.PRIVATE_MEDIA_ROOT) == sorted(name.removeprefix("private/") for name in stored)
    for url in urls.values():
        assert not url.startswith(settings.MEDIA_URL)
        assert url.startswith("/private-images/")


def test_an_image_in_a_collection_below_the_intranet_is_private(intranet_collection, client, member_client):
    minutes = intranet_collection.add_child(name="Meeting minutes")
    image = CreditedImageFactory(collection=minutes)
    for url in image_urls(image).values():
        assert client.get(url).status_code == 302
        assert member_client.get(url).status_code == 200


def test_a_public_image_keeps_its_plain_media_url(public_collection, settings):
    image = CreditedImageFactory(collection=public_collection)
    rendition = image.get_rendition("width-100")
    assert image.file.url == settings.MEDIA_URL + image.file.name
    assert rendition.url == settings.MEDIA_URL + rendition.file.name
    assert (settings.MEDIA_ROOT / rendition.file.name).exists()


def test_the_view_serves_only_files_of_private_images(public_collection, intranet_image, member_client):
    public = CreditedImageFactory(collection=public_collection, file__filename="harbour.jpg")
    url = reverse("private_image_file", args=[public.file.name])
    assert member_client.get(url).status_code == 404
    assert member_client.get(reverse("private_image_file", args=["../media/" + public.file.name])).status_code == 404


def test_an_intranet_page_shows_a_participant_the_checked_rendition(
    home_page, intranet_image, member_client, client, settings
):
    intranet = IntranetIndexPageFactory(parent=home_page)
    tivat = ParticipantPageFactory(parent=ParticipantIndexPageFactory(parent=home_page), title="Tivat")
    project = IntranetProjectPageFactory(
        parent=intranet,
        participant=tivat,
        needs_assessment=f'<embed embedtype="image" id="{intranet_image.pk}" format="left" alt="Mediators"/>',
    )
    project.save_revision().publish()
    html = member_client.get(project.url).content.decode()
    [src] = re.findall(r'<img[^>]+src="([^"]+)"', html)
    assert src == intranet_image.get_rendition("width-500").url
    assert not src.startswith(settings.MEDIA_URL)
    assert member_client.get(src).status_code == 200
    assert client.get(src).status_code == 302


def test_a_password_restriction_asks_for_the_password(public_collection, client):
    board = public_collection.add_child(name="Board")
    restriction = CollectionViewRestriction.objects.create(
        collection=board, restriction_type=CollectionViewRestriction.PASSWORD, password="roma-2026"
    )
    image = CreditedImageFactory(collection=board)
    url = image.file.url
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert "no-store" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]
    client.post(
        reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk]),
        {"password": "roma-2026", "return_url": url},
    )
    response = client.get(url)
    assert response["Content-Type"] == "image/jpeg"


def test_a_login_restriction_accepts_any_logged_in_user(public_collection, client, non_member_client):
    staff = public_collection.add_child(name="Staff")
    CollectionViewRestriction.objects.create(collection=staff, restriction_type=CollectionViewRestriction.LOGIN)
    image = CreditedImageFactory(collection=staff)
    assert client.get(image.file.url).status_code == 302
    assert non_member_client.get(image.file.url).status_code == 200


def test_wagtails_dynamic_image_view_is_not_mounted(db):
    with pytest.raises(NoReverseMatch):
        reverse("wagtailimages_serve", args=["signature", 1, "original"])
    assert dynamic_image_view_is_not_mounted(None) == []


def test_mounting_wagtails_dynamic_image_view_fails_the_checks(settings):
    settings.ROOT_URLCONF = "tests.images.dynamic_image_urls"
    [error] = dynamic_image_view_is_not_mounted(None)
    assert error.id == "images.E003"


def test_private_media_inside_the_public_media_fails_the_checks(settings):
    from images.checks import private_media_is_not_served

    assert private_media_is_not_served(None) == []
    settings.PRIVATE_MEDIA_ROOT = settings.MEDIA_ROOT / "private"
    assert [error.id for error in private_media_is_not_served(None)] == ["images.E002"]


def test_the_intranet_collection_is_restricted(intranet_collection):
    assert Collection.objects.filter(view_restrictions__isnull=False).get() == intranet_collection


def test_the_editors_image_preview_refuses_an_intranet_image_to_non_members(
    intranet_image, non_member_client, admin_client
):
    """Editors may change every collection's images, so Wagtail's admin
    preview would render the intranet's for them."""
    url = reverse("wagtailimages:preview", args=[intranet_image.pk, "width-100"])
    assert non_member_client.get(url).status_code == 302
    assert admin_client.get(url)["Content-Type"] == "image/jpeg"


def test_deleting_an_intranet_image_deletes_its_private_files(
    intranet_image, settings, django_capture_on_commit_callbacks
):
    intranet_image.get_rendition("width-100")
    with django_capture_on_commit_callbacks(execute=True):
        intranet_image.delete()
    assert files_under(settings.PRIVATE_MEDIA_ROOT) == []
