"""Media on S3-compatible object storage (AWS S3, MinIO, Ceph, Scaleway...), through
django-storages, when cms/settings/object_storage.py finds a bucket configured.

Two buckets, as on disk there are two directories: the public one, whose images are
linked to by plain URLs, and the private one, which only the site reads (the images of
restricted collections, served by images/views.py after checking the restrictions)."""

from storages.backends.s3 import S3Storage

# What may be fetched straight from the bucket: Wagtail's originals and renditions, and
# editors' avatars, all linked to by plain URLs. Everything else, documents first, goes
# through a view that checks who asks (WAGTAILDOCS_SERVE_METHOD = "serve_view"), so its
# objects are written private even in the public bucket: a public document's URL is the
# view's too, and an Intranet document stays unreadable from the bucket.
PUBLIC_PREFIXES = ("original_images/", "images/", "avatar_images/")
# A rendition's name changes with its source file, filter and focal point: a cached copy
# never goes stale. Originals are linked to less and may be replaced under the same name
# by a restore, so they are kept a day.
CACHE_CONTROL = {
    "images/": "public, max-age=31536000, immutable",
    "original_images/": "public, max-age=86400",
}


def is_public_object(name):
    return name.startswith(PUBLIC_PREFIXES)


class PublicMediaStorage(S3Storage):
    """The default storage: plain, unsigned URLs on the bucket or its CDN, and each
    object's ACL from its name (object_acls False leaves access to the bucket policy)."""

    def __init__(self, object_acls=True, **settings):
        self.object_acls = object_acls
        super().__init__(**settings)

    def get_object_parameters(self, name):
        parameters = super().get_object_parameters(name)
        if self.object_acls:
            parameters["ACL"] = "public-read" if is_public_object(name) else "private"
        for prefix, cache_control in CACHE_CONTROL.items():
            if name.startswith(prefix):
                parameters.setdefault("CacheControl", cache_control)
        return parameters
