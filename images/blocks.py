from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock


class CaptionedImageValue(blocks.StructValue):
    @property
    def credit_line(self):
        image = self.get("image")
        return self.get("credit") or (image.credit if image else "")


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    caption = blocks.CharBlock(required=False)
    credit = blocks.CharBlock(required=False, help_text="Leave empty to print the credit stored with the image.")

    class Meta:
        icon = "image"
        label = "Image"
        template = "images/blocks/captioned_image.html"
        value_class = CaptionedImageValue
