"""The media storages on S3-compatible object storage, from the environment (cms/object_storage.py,
docs/deployment.md). Credentials are not settings: boto3 reads AWS_ACCESS_KEY_ID and
AWS_SECRET_ACCESS_KEY (or an instance role, or ~/.aws) itself."""

import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .env import env_bool


def public_address(bucket, custom_domain, endpoint_url, region, addressing_style):
    """The scheme and host (and path) of the public bucket's objects, named outright rather than
    left to boto3, so that image URLs and MEDIA_URL, which the Content Security Policy allows,
    always agree."""
    if custom_domain:
        return "https:", custom_domain
    if endpoint_url:
        endpoint = urlsplit(endpoint_url)
        if addressing_style == "virtual":
            return f"{endpoint.scheme}:", f"{bucket}.{endpoint.netloc}"
        return f"{endpoint.scheme}:", f"{endpoint.netloc}{endpoint.path.rstrip('/')}/{bucket}"
    return "https:", f"{bucket}.s3.{region or 'us-east-1'}.amazonaws.com"


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
    object_acls = env_bool("MEDIA_S3_OBJECT_ACLS", True, environ)
    # MinIO and most self-hosted servers only answer path-style requests.
    addressing_style = environ.get("MEDIA_S3_ADDRESSING_STYLE") or ("path" if endpoint_url else None)
    connection = {
        "endpoint_url": endpoint_url,
        "region_name": region,
        "addressing_style": addressing_style,
        # Two uploads of "photo.jpg" are two files: never overwrite an object with another's.
        "file_overwrite": False,
    }
    protocol, public_host = public_address(bucket, custom_domain, endpoint_url, region, addressing_style)
    return {
        "default": {
            "BACKEND": "cms.object_storage.PublicMediaStorage",
            "OPTIONS": {
                **connection,
                "bucket_name": bucket,
                "object_acls": object_acls,
                # Plain URLs: the same for every visitor, so pages and CDNs can cache them.
                "querystring_auth": False,
                "custom_domain": public_host,
                "url_protocol": protocol,
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
        "MEDIA_URL": f"{protocol}//{public_host}/",
    }
