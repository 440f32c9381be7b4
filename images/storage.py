"""Where image files live: public images in the default storage (MEDIA_ROOT,
served as plain /media/ URLs, or the public bucket), images of restricted
collections in the "private" storage (PRIVATE_MEDIA_ROOT or the private bucket,
which nothing serves directly). Everything goes through the storage API, so
files on disk and objects on S3 (cms/object_storage.py) behave the same.

A file field has one storage, so originals and renditions both use
ImageStorage, which sends each name to one of the two by its prefix: the name
stored in the database says where the file is. Its URL for a private file is
the view that checks the collection's restrictions (images/views.py), so
`{% image %}`, `rendition.url`, `image.file.url` and both APIs give the checked
URL without knowing about it."""

from django.core.files.storage import Storage, storages
from django.urls import reverse
from django.utils.deconstruct import deconstructible

PRIVATE_PREFIX = "private/"
PRIVATE_STORAGE = "private"


def is_stored_privately(name):
    return name.startswith(PRIVATE_PREFIX)


def private_name(name):
    return name if is_stored_privately(name) else PRIVATE_PREFIX + name


def public_name(name):
    return name.removeprefix(PRIVATE_PREFIX)


@deconstructible(path="images.storage.ImageStorage")
class ImageStorage(Storage):
    # The two storages are looked up on every call, not kept: tests and
    # settings overrides replace them.
    def route(self, name):
        """The storage holding `name`, the name there, and the prefix it loses."""
        if is_stored_privately(name):
            return storages[PRIVATE_STORAGE], public_name(name), PRIVATE_PREFIX
        return storages["default"], name, ""

    def save(self, name, content, max_length=None):
        if name is None:
            name = content.name
        storage, inner_name, prefix = self.route(name)
        if max_length is not None:
            max_length -= len(prefix)
        return prefix + storage.save(inner_name, content, max_length=max_length)

    def _open(self, name, mode="rb"):
        storage, inner_name, _ = self.route(name)
        return storage.open(inner_name, mode)

    def url(self, name):
        if is_stored_privately(name):
            return reverse("private_image_file", args=[public_name(name)])
        return storages["default"].url(name)

    def path(self, name):
        storage, inner_name, _ = self.route(name)
        return storage.path(inner_name)

    def delete(self, name):
        storage, inner_name, _ = self.route(name)
        storage.delete(inner_name)

    def exists(self, name):
        storage, inner_name, _ = self.route(name)
        return storage.exists(inner_name)

    def size(self, name):
        storage, inner_name, _ = self.route(name)
        return storage.size(inner_name)

    def get_modified_time(self, name):
        storage, inner_name, _ = self.route(name)
        return storage.get_modified_time(inner_name)
