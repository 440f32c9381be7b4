"""Whatever the headers of the request, a private image's files are refused
to those the collection's restrictions do not accept."""

import base64

import pytest

from django.test import Client

from wagtail.models import APIToken

from apiv3.models import ConsumerKey
from tests.images.conftest import body

JPEG_START = b"\xff\xd8"

SPOOFED_HEADERS = {
    "forwarded for the server itself": {"HTTP_X_FORWARDED_FOR": "127.0.0.1", "HTTP_X_REAL_IP": "127.0.0.1"},
    "forwarded host": {"HTTP_X_FORWARDED_HOST": "localhost", "HTTP_X_FORWARDED_PROTO": "https"},
    "host localhost": {"HTTP_HOST": "localhost"},
    "host 127.0.0.1": {"HTTP_HOST": "127.0.0.1"},
    "host [::1]": {"HTTP_HOST": "[::1]"},
    "range": {"HTTP_RANGE": "bytes=0-99"},
    "if-none-match any": {"HTTP_IF_NONE_MATCH": "*"},
    "if-modified-since": {"HTTP_IF_MODIFIED_SINCE": "Fri, 01 Jan 2100 00:00:00 GMT"},
    "bogus bearer token": {"HTTP_AUTHORIZATION": "Bearer wagtail_bogus"},
    "bogus consumer key": {"HTTP_X_API_KEY": "alliance_ck_bogus"},
    "basic credentials of a member": {
        "HTTP_AUTHORIZATION": "Basic " + base64.b64encode(b"megara-contact:password").decode()
    },
    "referred by the intranet": {"HTTP_REFERER": "http://testserver/intranet/"},
    "ajax from the admin": {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest", "HTTP_ORIGIN": "http://localhost"},
}


@pytest.fixture
def private_urls(intranet_image):
    return [intranet_image.file.url, intranet_image.get_rendition("fill-200x100").url]


def assert_refused(client, urls, headers):
    for url in urls:
        for method in (client.get, client.head):
            response = method(url, **headers)
            assert response.status_code in (302, 403, 404), (url, headers, response.status_code)
            assert not body(response).startswith(JPEG_START)
            assert not response.has_header("ETag")
            assert "public" not in response.get("Cache-Control", "")


@pytest.mark.parametrize("headers", SPOOFED_HEADERS.values(), ids=SPOOFED_HEADERS.keys())
def test_spoofed_headers_do_not_help_an_anonymous_visitor(private_urls, member, headers):
    assert_refused(Client(), private_urls, headers)


@pytest.mark.parametrize("headers", SPOOFED_HEADERS.values(), ids=SPOOFED_HEADERS.keys())
def test_spoofed_headers_do_not_help_a_non_member(private_urls, non_member_client, headers):
    assert_refused(non_member_client, private_urls, headers)


def test_a_members_etag_does_not_help_anyone_else(private_urls, member_client, non_member_client):
    for url in private_urls:
        etag = member_client.get(url)["ETag"]
        for client in (Client(), non_member_client):
            assert_refused(client, [url], {"HTTP_IF_NONE_MATCH": etag})


def test_real_api_keys_and_tokens_do_not_open_private_files(private_urls, django_user_model):
    """API credentials are for the API: an administrator's editor token or a
    valid consumer key does not log anyone in to the site."""
    administrator = django_user_model.objects.create_superuser("admin", "admin@example.org", "password")
    editor_token = APIToken.create_token(user=administrator, name="script")[1]
    consumer_key = ConsumerKey.create_key(name="Roma network app", rate_limit=100)[1]
    for headers in (
        {"HTTP_AUTHORIZATION": f"Bearer {editor_token}"},
        {"HTTP_AUTHORIZATION": f"Bearer {consumer_key}"},
        {"HTTP_X_API_KEY": consumer_key},
    ):
        assert_refused(Client(), private_urls, headers)
