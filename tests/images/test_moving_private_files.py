"""An image's files follow its privacy: moved to private storage when it
enters a restricted collection or its collection becomes restricted, back to
the public media when that ends, renditions included."""

import io

from PIL import Image as PILImage

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from wagtail.images import get_image_model
from wagtail.models import CollectionViewRestriction

from tests.factories import CreditedImageFactory
from tests.images.conftest import body, files_under
from tests.test_cache_purge import paths


def stored_files(image):
    image.refresh_from_db()
    return [image.file, *(rendition.file for rendition in image.renditions.all())]


def assert_public(image, settings):
    for stored in stored_files(image):
        assert stored.url == settings.MEDIA_URL + stored.name
        # What the web server serves at that URL: the file under MEDIA_ROOT.
        assert (settings.MEDIA_ROOT / stored.name).read_bytes()
    assert files_under(settings.PRIVATE_MEDIA_ROOT) == []


def assert_private(image, settings):
    media = files_under(settings.MEDIA_ROOT) if settings.MEDIA_ROOT.exists() else []
    for stored in stored_files(image):
        assert stored.name.removeprefix("private/") not in media
        assert (settings.PRIVATE_MEDIA_ROOT / stored.name.removeprefix("private/")).exists()
        assert Client().get(stored.url).status_code == 302


def edit_collection(admin_client, image, collection):
    response = admin_client.post(
        reverse("wagtailimages:edit", args=[image.pk]),
        {"title": image.title, "collection": collection.pk, "tags": "", "credit": image.credit, "source_url": ""},
    )
    assert response.status_code == 302


def test_a_participant_uploads_an_image_to_the_intranet_through_the_editor(
    intranet_collection, member_client, settings, client
):
    picture = io.BytesIO()
    PILImage.new("RGB", (320, 240), "orange").save(picture, "PNG")
    response = member_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Megara health mediators",
            "collection": intranet_collection.pk,
            "file": SimpleUploadedFile("mediators.png", picture.getvalue(), content_type="image/png"),
            "tags": "",
        },
    )
    assert response.status_code == 302
    image = get_image_model().objects.get(title="Megara health mediators")
    assert image.file.name == "private/original_images/mediators.png"
    assert not settings.MEDIA_ROOT.exists() or files_under(settings.MEDIA_ROOT) == []
    assert client.get(image.file.url).status_code == 302
    assert body(member_client.get(image.file.url)) == picture.getvalue()


def test_moving_an_image_out_of_the_intranet_and_back(
    intranet_image, public_collection, intranet_collection, admin_client, settings
):
    intranet_image.get_rendition("width-100")
    private_urls = [stored.url for stored in stored_files(intranet_image)]

    edit_collection(admin_client, intranet_image, public_collection)
    assert_public(intranet_image, settings)
    public_names = [stored.name for stored in stored_files(intranet_image)]
    # The old checked URLs lead nowhere: the database no longer names those files.
    for url in private_urls:
        assert admin_client.get(url).status_code == 404

    edit_collection(admin_client, intranet_image, intranet_collection)
    assert_private(intranet_image, settings)
    for name in public_names:
        assert not (settings.MEDIA_ROOT / name).exists()


def test_a_rendition_is_found_at_its_new_place_after_a_move(intranet_image, public_collection, settings):
    """Wagtail caches renditions with their URL: the cache must not keep the old one."""
    intranet_image.get_rendition("width-100")
    intranet_image.collection = public_collection
    intranet_image.save()
    image = get_image_model().objects.get(pk=intranet_image.pk)
    assert image.get_rendition("width-100").url.startswith(settings.MEDIA_URL)


def test_restricting_a_collection_makes_its_images_private(public_collection, admin_client, settings):
    board = public_collection.add_child(name="Board")
    image = CreditedImageFactory(collection=board)
    image.get_rendition("width-100")
    set_privacy = reverse("wagtailadmin_collections:set_privacy", args=[board.pk])

    admin_client.post(set_privacy, {"restriction_type": "login"})
    assert CollectionViewRestriction.objects.filter(collection=board).exists()
    assert_private(image, settings)

    admin_client.post(set_privacy, {"restriction_type": "none"})
    assert not CollectionViewRestriction.objects.filter(collection=board).exists()
    assert_public(image, settings)


def test_moving_a_collection_into_the_intranet_makes_its_images_private(
    public_collection, intranet_collection, admin_client, settings, django_capture_on_commit_callbacks
):
    photos = public_collection.add_child(name="Photos")
    image = CreditedImageFactory(collection=photos)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtailadmin_collections:edit", args=[photos.pk]),
            {"name": "Photos", "parent": intranet_collection.pk},
        )
    assert response.status_code == 302
    photos.refresh_from_db()
    assert photos.get_parent() == intranet_collection
    assert_private(image, settings)


def test_adding_images_to_the_intranet_in_bulk_makes_them_private(
    public_collection, intranet_collection, admin_client, settings
):
    images = [CreditedImageFactory(collection=public_collection, file__filename=f"camp-{n}.jpg") for n in range(2)]
    url = reverse("wagtail_bulk_action", args=["images", "creditedimage", "add_to_collection"])
    response = admin_client.post(f"{url}?id={images[0].pk}&id={images[1].pk}", {"collection": intranet_collection.pk})
    assert response.status_code == 302
    for image in images:
        assert_private(image, settings)


def test_refile_images_moves_files_left_in_the_wrong_place(intranet_image, public_collection, settings):
    # As after a change made with queryset.update().
    get_image_model().objects.filter(pk=intranet_image.pk).update(collection=public_collection)
    out = io.StringIO()
    call_command("refile_images", stdout=out)
    assert out.getvalue() == "1 image(s) moved.\n"
    assert_public(intranet_image, settings)


def test_migrate_makes_images_uploaded_before_the_upgrade_private(intranet_collection, settings):
    image = CreditedImageFactory(file__filename="old-upload.jpg")
    image.get_rendition("width-100")
    # Filed in the Intranet before private images existed: its files are public.
    get_image_model().objects.filter(pk=image.pk).update(collection=intranet_collection)
    call_command("migrate", verbosity=0)
    assert_private(image, settings)


def test_making_an_image_private_purges_its_public_urls_from_the_cdn(public_collection, intranet_collection, cdn):
    image = CreditedImageFactory(collection=public_collection, file__filename="harbour.jpg")
    rendition = image.get_rendition("width-100")
    public_paths = {image.file.url, rendition.url}
    image.collection = intranet_collection
    image.save()
    assert paths(cdn) == public_paths
