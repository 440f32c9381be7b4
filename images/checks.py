"""Configuration that would hand private images (images/privacy.py) to anyone."""

from pathlib import Path

from storages.backends.s3 import S3Storage

from django.conf import settings
from django.core.checks import Error, Tags, register
from django.core.files.storage import FileSystemStorage
from django.urls import NoReverseMatch, reverse
from django.utils.module_loading import import_string

from .storage import PRIVATE_STORAGE


@register()
def private_media_is_not_served(app_configs, **kwargs):
    if PRIVATE_STORAGE not in settings.STORAGES:
        return [
            Error(
                f'STORAGES has no "{PRIVATE_STORAGE}" storage for the files of private images.',
                hint="Keep the one cms/settings/base.py defines.",
                id="images.E001",
            )
        ]
    return private_directory_is_not_served() + private_bucket_is_not_public()


def backend(alias):
    return import_string(settings.STORAGES[alias]["BACKEND"])


def private_directory_is_not_served():
    """Directories only matter between file system storages: an object store's
    private bucket is checked by private_bucket_is_not_public()."""
    if not issubclass(backend(PRIVATE_STORAGE), FileSystemStorage):
        return []
    served = ["STATIC_ROOT"]
    if issubclass(backend("default"), FileSystemStorage):
        served.insert(0, "MEDIA_ROOT")
    errors = []
    private_root = Path(settings.PRIVATE_MEDIA_ROOT).resolve()
    for name in served:
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


def private_bucket_is_not_public():
    if not issubclass(backend(PRIVATE_STORAGE), S3Storage):
        return []
    options = settings.STORAGES[PRIVATE_STORAGE].get("OPTIONS", {})
    public_bucket = settings.STORAGES["default"].get("OPTIONS", {}).get("bucket_name")
    if options.get("bucket_name") == public_bucket or str(options.get("default_acl")).startswith("public"):
        return [
            Error(
                f"The private storage's bucket ({options.get('bucket_name')}) is public or the public media's.",
                hint="Set PRIVATE_MEDIA_S3_BUCKET to a bucket of its own, with no public access.",
                id="images.E004",
            )
        ]
    return []


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
