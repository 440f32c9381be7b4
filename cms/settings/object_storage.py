"""The media storages on S3-compatible object storage, from the environment (cms/object_storage.py,
docs/deployment.md). Credentials are not settings: boto3 reads AWS_ACCESS_KEY_ID and
AWS_SECRET_ACCESS_KEY (or an instance role, or ~/.aws) itself."""

import os

from django.core.exceptions import ImproperlyConfigured

TRUE = {"1", "true", "yes", "on"}


def s3_media(environ=os.environ):
    """{"default": ..., "private": ..., "MEDIA_URL": ...} when MEDIA_S3_BUCKET is set, else None."""
    bucket = environ.get("MEDIA_S3_BUCKET")
    if not bucket:
        return None
    private_bucket = environ.get("PRIVATE_MEDIA_S3_BUCKET")
    if not private_bucket or private_bucket == bucket:
        raise ImproperlyConfigured(
            "Set PRIVATE_MEDIA_S3_BUCKET to a second bucket, with no public access, for the files of "
            "restricted collections: MEDIA_S3_BUCKET's images are readable by anyone."
        )
    endpoint_url = environ.get("MEDIA_S3_ENDPOINT_URL") or None
    region = environ.get("MEDIA_S3_REGION") or None
    custom_domain = environ.get("MEDIA_S3_CUSTOM_DOMAIN") or None
    # Off for buckets whose ACLs are disabled (S3's "bucket owner enforced" ownership):
    # a bucket policy then makes PUBLIC_PREFIXES readable, and nothing else.
    object_acls = environ.get("MEDIA_S3_OBJECT_ACLS", "true").strip().lower() in TRUE
    connection = {
        "endpoint_url": endpoint_url,
        "region_name": region,
        # MinIO and most self-hosted servers only answer path-style requests.
        "addressing_style": environ.get("MEDIA_S3_ADDRESSING_STYLE") or ("path" if endpoint_url else None),
        # Two uploads of "photo.jpg" are two files: never overwrite an object with another's.
        "file_overwrite": False,
    }
    if custom_domain:
        media_url = f"https://{custom_domain}/"
    elif endpoint_url:
        media_url = f"{endpoint_url.rstrip('/')}/{bucket}/"
    else:
        media_url = f"https://{bucket}.s3.{region or 'us-east-1'}.amazonaws.com/"
    return {
        "default": {
            "BACKEND": "cms.object_storage.PublicMediaStorage",
            "OPTIONS": {
                **connection,
                "bucket_name": bucket,
                "object_acls": object_acls,
                # Plain URLs: the same for every visitor, so pages and CDNs can cache them.
                "querystring_auth": False,
                "custom_domain": custom_domain,
            },
        },
        "private": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                **connection,
                "bucket_name": private_bucket,
                "default_acl": "private" if object_acls else None,
                # Nothing links to this bucket: images/views.py reads it and serves the file after
                # checking the restrictions. Should anything ask for a URL, it lasts a minute.
                "querystring_auth": True,
                "querystring_expire": 60,
            },
        },
        "MEDIA_URL": media_url,
    }
