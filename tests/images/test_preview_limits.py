"""The editor's image preview renders the filter spec in its URL: a size that would enlarge an
image to billions of pixels is refused before any pixel is allocated."""

import pytest

from django.urls import reverse

from tests.factories import CreditedImageFactory


@pytest.fixture
def image(db):
    return CreditedImageFactory(title="Town hall", file__width=120, file__height=90)


def preview(client, image, spec):
    return client.get(reverse("wagtailimages:preview", args=[image.pk, spec]))


@pytest.mark.parametrize("spec", ["min-100000x100000", "max-4001x10", "fill-10x50000", "width-99999|format-png"])
def test_a_size_beyond_the_limit_is_a_400(admin_client, image, spec):
    response = preview(admin_client, image, spec)
    assert response.status_code == 400
    assert "more than the 4000" in response.content.decode()


@pytest.mark.parametrize("spec", ["min-1600x1200", "width-800", "original", "fill-400x300"])
def test_sizes_up_to_the_limit_are_rendered(admin_client, image, spec):
    response = preview(admin_client, image, spec)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("image/")


@pytest.mark.parametrize("spec", ["width-" + "9" * 5000, "width-abc", "nothing-10", "scale-100000"])
def test_a_spec_wagtail_cannot_read_is_a_400(admin_client, image, spec):
    assert preview(admin_client, image, spec).status_code == 400
