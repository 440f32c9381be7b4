"""Which images are private, and keeping their files where that says: an image
is private when its collection, or an ancestor of it, has a view restriction
of any kind (groups, login or password). Its original and its renditions are
then stored privately (images/storage.py); every other image's files are public.

New files are put in the right place as they are written (the models'
`get_upload_to`); what changes afterwards (an image moved to another
collection, a restriction added or removed, a collection moved) moves the
files of the images concerned (images/signals.py)."""

import logging

from django.conf import settings
from django.db.models import Exists, OuterRef, Q

from wagtail.contrib.frontend_cache.utils import get_backends, purge_urls_from_cache
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from .storage import PRIVATE_PREFIX, is_stored_privately, private_name, public_name

logger = logging.getLogger(__name__)


def is_private(collection):
    return collection.get_view_restrictions().exists()


def restricted_collections():
    """Every collection with a view restriction on itself or an ancestor."""
    paths = set(CollectionViewRestriction.objects.values_list("collection__path", flat=True))
    if not paths:
        return Collection.objects.none()
    within = Q()
    for path in paths:
        within |= Q(path__startswith=path)
    return Collection.objects.filter(within)


def file_name_for(name, private):
    return private_name(name) if private else public_name(name)


def move_file(owner, private):
    """Store the file of an image or rendition publicly or privately. The
    database names the new place before the old file goes, so that no reader
    is ever sent to a file that is no longer there."""
    field_file = owner.file
    old_name = field_file.name
    new_name = file_name_for(old_name, private)
    storage = field_file.storage
    if storage.exists(old_name):
        with storage.open(old_name) as content:
            new_name = storage.save(new_name, content, max_length=field_file.field.max_length)
    # update(), not save(): saving an image would start this over (signals.py).
    type(owner).objects.filter(pk=owner.pk).update(file=new_name)
    field_file.name = new_name
    storage.delete(old_name)


def purge_public_copies(urls):
    """A CDN in front of MEDIA_URL may still hold files just made private."""
    if not urls or not get_backends():
        return
    base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    try:
        purge_urls_from_cache([url if "://" in url else base_url + url for url in urls])
    except Exception:
        # The files are gone from the public media already; a CDN that cannot be reached
        # must not undo that by failing the editor's change.
        logger.exception("Could not purge the front-end cache of images made private")


def refile_image(image, private):
    public_urls = []
    for owner in (image, *image.renditions.all()):
        if is_stored_privately(owner.file.name) != private:
            if private:
                public_urls.append(owner.file.url)
            move_file(owner, private)
            if owner is not image:
                # Wagtail caches renditions with their file name.
                owner.purge_from_cache()
    purge_public_copies(public_urls)


def misfiled_images(images=None):
    """Images whose original or any rendition is not stored as their collection says."""
    image_model = get_image_model()
    images = image_model.objects.all() if images is None else images
    renditions = image_model.get_rendition_model().objects.filter(image=OuterRef("pk"))
    stored_privately = Q(file__startswith=PRIVATE_PREFIX)
    private = Q(collection__in=restricted_collections())
    return images.filter(
        (private & (~stored_privately | Exists(renditions.exclude(stored_privately))))
        | (~private & (stored_privately | Exists(renditions.filter(stored_privately))))
    ).select_related("collection")


def refile_misfiled_images(images=None):
    """Move the files of every image (or of `images`) that is not stored as
    its collection says; returns how many images were moved."""
    restricted = set(restricted_collections().values_list("pk", flat=True))
    moved = 0
    for image in misfiled_images(images):
        refile_image(image, private=image.collection_id in restricted)
        moved += 1
    return moved
