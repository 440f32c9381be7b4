"""Moving files when an image's privacy changes (images/privacy.py)."""

from django.db import transaction
from django.db.models.signals import post_delete, post_migrate, post_save
from django.dispatch import receiver

from wagtail.models import Collection, CollectionViewRestriction

from .models import CreditedImage
from .privacy import is_private, refile_image, refile_misfiled_images


@receiver(post_save, sender=CreditedImage)
def refile_saved_image(sender, instance, raw=False, update_fields=None, **kwargs):
    # Moved to another collection, in the editor or through the API. Wagtail's
    # own partial saves (file hash, size, focal point) cannot change that.
    if raw or (update_fields and not {"collection", "file"} & set(update_fields)):
        return
    refile_image(instance, private=is_private(instance.collection))


@receiver(post_save, sender=CollectionViewRestriction)
@receiver(post_delete, sender=CollectionViewRestriction)
def refile_after_restriction_change(sender, raw=False, **kwargs):
    if not raw:
        refile_misfiled_images()


@receiver(post_save, sender=Collection)
def refile_after_collection_move(sender, raw=False, **kwargs):
    # The editor saves a collection and then moves it under its new parent
    # (treebeard sends no signal): look once the whole change is committed.
    if not raw:
        transaction.on_commit(refile_misfiled_images)


@receiver(post_migrate)
def refile_after_migrate(sender, app_config, **kwargs):
    # Deploying this (or restoring a database) leaves files where they were:
    # `migrate` puts them right before the site serves anything.
    if app_config.name == "images":
        refile_misfiled_images()
