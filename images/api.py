"""Images in the API: named renditions with absolute URLs, sizes, alt text and
the credit the licence requires, wherever an image appears (a page's lead image,
an image block, the images/ endpoint)."""

from rest_framework.fields import Field, ReadOnlyField

from wagtail.api import APIField
from wagtail.api.utils import get_full_url

# The sizes a front end can ask for by name; a listing prefetches exactly these.
RENDITIONS = {
    "thumbnail": "fill-400x300",
    "medium": "width-800",
    "large": "width-1600",
}


def image_data(image, request=None, credit=""):
    renditions = image.get_renditions(*RENDITIONS.values())
    return {
        "id": image.pk,
        "title": image.title,
        "alt": image.default_alt_text,
        "credit": credit or image.credit,
        "width": image.width,
        "height": image.height,
        "renditions": {
            name: {
                "url": get_full_url(request, renditions[spec].url),
                "width": renditions[spec].width,
                "height": renditions[spec].height,
            }
            for name, spec in RENDITIONS.items()
        },
    }


class ImageField(Field):
    """An image as its renditions. `credit_source` names an attribute of the
    page holding the credit to print instead of the image's own."""

    def __init__(self, credit_source=None, **kwargs):
        self.credit_source = credit_source
        super().__init__(**kwargs)

    def get_attribute(self, instance):
        image = super().get_attribute(instance)
        if image is None:
            return None
        return image, getattr(instance, self.credit_source, "") if self.credit_source else ""

    def to_representation(self, value):
        image, credit = value
        return image_data(image, self.context.get("request"), credit=credit)


class RenditionsField(Field):
    def get_attribute(self, instance):
        return instance

    def to_representation(self, image):
        return image_data(image, self.context.get("request"))["renditions"]


IMAGE_API_FIELDS = [
    APIField("credit"),
    APIField("source_url"),
    APIField("alt", serializer=ReadOnlyField(source="default_alt_text")),
    APIField("renditions", serializer=RenditionsField(read_only=True)),
]
