"""Configuration that would hand private images (images/privacy.py) to anyone."""

from pathlib import Path

from django.conf import settings
from django.core.checks import Error, Tags, register
from django.urls import NoReverseMatch, reverse

from .storage import PRIVATE_STORAGE


@register()
def private_media_is_not_served(app_configs, **kwargs):
    errors = []
    if PRIVATE_STORAGE not in settings.STORAGES:
        errors.append(
            Error(
                f'STORAGES has no "{PRIVATE_STORAGE}" storage for the files of private images.',
                hint="Keep the one cms/settings/base.py defines.",
                id="images.E001",
            )
        )
    private_root = Path(settings.PRIVATE_MEDIA_ROOT).resolve()
    for name in ("MEDIA_ROOT", "STATIC_ROOT"):
        public_root = Path(getattr(settings, name)).resolve()
        if private_root == public_root or public_root in private_root.parents:
            errors.append(
                Error(
                    f"PRIVATE_MEDIA_ROOT ({private_root}) is inside {name} ({public_root}), which is served to anyone.",
                    hint="Set PRIVATE_MEDIA_ROOT to a directory outside it.",
                    id="images.E002",
                )
            )
    return errors


@register(Tags.urls)
def dynamic_image_view_is_not_mounted(app_configs, **kwargs):
    # wagtail.images.views.serve makes and serves renditions of any image,
    # with no regard to its collection's restrictions, to whoever has a signed URL.
    try:
        reverse("wagtailimages_serve", args=["signature", 1, "original"])
    except NoReverseMatch:
        return []
    return [
        Error(
            "Wagtail's dynamic image serve view is mounted: it would serve private images to anyone.",
            hint="Remove wagtail.images.urls (wagtailimages_serve) from the URL configuration.",
            id="images.E003",
        )
    ]
