from django.db import models

from wagtail.images.models import AbstractImage, AbstractRendition, Image

from .api import IMAGE_API_FIELDS


class CreditedImage(AbstractImage):
    """The site's image model: every picture carries the credit the Council of
    Europe must print under it ("© CoE", "© Wikipedia.org")."""

    credit = models.CharField(
        max_length=255,
        blank=True,
        help_text='Printed under the image, e.g. "© CoE" or "© Wikipedia.org". Required by most licences.',
    )
    source_url = models.URLField(
        "source",
        blank=True,
        help_text="Where the image was obtained, for images not taken by the Council of Europe.",
    )

    admin_form_fields = (*Image.admin_form_fields, "credit", "source_url")
    api_fields = IMAGE_API_FIELDS

    class Meta(AbstractImage.Meta):
        verbose_name = "image"
        verbose_name_plural = "images"


class CreditedRendition(AbstractRendition):
    image = models.ForeignKey(CreditedImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
