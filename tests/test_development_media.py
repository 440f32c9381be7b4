"""Under `make run` (DEBUG) the development server serves the uploads as the web server does in
production: not the documents, which only Wagtail's view hands out, checking their collection."""


def test_the_development_server_serves_uploads_but_never_a_document_file(home_page, client, settings, tmp_path):
    settings.ROOT_URLCONF = "tests.development_urls"
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "original_images").mkdir()
    (tmp_path / "original_images" / "map.png").write_bytes(b"\x89PNG map")
    (tmp_path / "documents").mkdir()
    (tmp_path / "documents" / "minutes.pdf").write_bytes(b"%PDF intranet minutes")

    image = client.get("/media/original_images/map.png")
    assert image.status_code == 200 and b"".join(image.streaming_content) == b"\x89PNG map"

    document = client.get("/media/documents/minutes.pdf", follow=True)
    assert document.status_code == 404
    assert b"intranet minutes" not in document.content
