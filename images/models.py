from django.db import models

from wagtail.images.models import AbstractImage, AbstractRendition, Image, WagtailImageField, get_upload_to

from .api import IMAGE_API_FIELDS
from .privacy import file_name_for, is_private
from .storage import ImageStorage


class CreditedImage(AbstractImage):
    """The site's image model: every picture carries the credit the Council of
    Europe must print under it ("© CoE", "© Wikipedia.org").

    Images of restricted collections (the participants' Intranet) are stored
    out of the public media and served through a view that checks the
    collection's restrictions: images/privacy.py."""

    file = WagtailImageField(
        verbose_name="file",
        upload_to=get_upload_to,
        storage=ImageStorage(),
        width_field="width",
        height_field="height",
    )
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
        # The private file view finds a file's image by its name.
        indexes = [models.Index(fields=["file"], name="image_file_idx")]

    def get_upload_to(self, filename):
        return file_name_for(super().get_upload_to(filename), is_private(self.collection))


class CreditedRendition(AbstractRendition):
    """Its storage is ImageStorage too, through WAGTAILIMAGES_RENDITION_STORAGE."""

    image = models.ForeignKey(CreditedImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
        indexes = [models.Index(fields=["file"], name="rendition_file_idx")]

    def get_upload_to(self, filename):
        return file_name_for(super().get_upload_to(filename), is_private(self.image.collection))
