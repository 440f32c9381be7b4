"""A real S3 endpoint for the media storages: moto's standalone server, spoken to over
HTTP by django-storages (boto3) as it would speak to AWS, MinIO or Ceph, and by
`requests` as an anonymous visitor's browser would."""

import uuid

import boto3
import requests

from cms.settings.object_storage import s3_media

CREDENTIALS = {"AWS_ACCESS_KEY_ID": "alliance-test", "AWS_SECRET_ACCESS_KEY": "alliance-test-secret"}


class Buckets:
    """A public and a private bucket of their own for one test, and the settings that use them."""

    def __init__(self, endpoint, settings, **environ):
        self.endpoint = endpoint
        suffix = uuid.uuid4().hex[:12]
        self.public, self.private = f"media-{suffix}", f"private-media-{suffix}"
        self.client = boto3.client(
            "s3",
            endpoint_url=endpoint,
            region_name="us-east-1",
            aws_access_key_id=CREDENTIALS["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
        )
        for bucket in (self.public, self.private):
            self.client.create_bucket(Bucket=bucket)
        configured = s3_media(
            {
                "MEDIA_S3_BUCKET": self.public,
                "PRIVATE_MEDIA_S3_BUCKET": self.private,
                "MEDIA_S3_ENDPOINT_URL": endpoint,
                "MEDIA_S3_REGION": "us-east-1",
                **environ,
            }
        )
        settings.STORAGES = {**settings.STORAGES, "default": configured["default"], "private": configured["private"]}
        settings.MEDIA_URL = configured["MEDIA_URL"]

    def keys(self, bucket):
        listing = self.client.list_objects_v2(Bucket=bucket)
        return sorted(item["Key"] for item in listing.get("Contents", []))

    def read(self, bucket, key):
        return self.client.get_object(Bucket=bucket, Key=key)["Body"].read()

    def anonymous_get(self, bucket, key):
        """What anyone on the Internet gets from the bucket, with no credentials."""
        return requests.get(f"{self.endpoint}/{bucket}/{key}", timeout=10)
