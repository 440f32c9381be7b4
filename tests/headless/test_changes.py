"""A change and the documents it makes due, committed together (headless/changes.py): an
editor's change renders them again before it commits, so that no visitor renders one."""

import datetime

import pytest

from django.core.management import call_command
from django.db import DatabaseError
from django.test import Client
from django.utils import timezone

from headless import documents
from headless.changes import rendered_before_commit
from headless.models import StoredDocument
from news.models import NewsPage
from tests.factories import NewsIndexPageFactory, NewsPageFactory
from tests.queries import fetch

PATHS = ("/en/", "/en/news/", "/en/news/tivat/")


@pytest.fixture
def news(home_page):
    index = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=index, title="Tivat joins the Alliance", slug="tivat")
    for path in PATHS:
        documents.render(path)
    return index


def retitle(title):
    page = NewsPage.objects.get(slug="tivat")
    page.title = title
    page.save_revision().publish()


def test_a_change_commits_with_the_documents_it_made_due_stored_again(news):
    with rendered_before_commit():
        retitle("Tivat, Montenegro, joins the Alliance")

    assert not StoredDocument.objects.due().exists()
    anonymous = Client()
    for path in PATHS:
        served = fetch(anonymous, path)
        assert served.queries == 1, f"{path} is served its stored document"
        assert b"Tivat, Montenegro, joins" in served.content


def test_without_it_the_documents_are_left_due(news):
    retitle("Tivat, Montenegro, joins the Alliance")

    assert set(StoredDocument.objects.due().values_list("path", flat=True)) >= set(PATHS)


def test_an_editor_unpublishing_in_the_admin_commits_the_listing_without_the_page(news, admin_client):
    page = NewsPage.objects.get(slug="tivat")

    response = admin_client.post(f"/admin/pages/{page.pk}/unpublish/")

    assert response.status_code == 302
    assert not StoredDocument.objects.due().exists()
    listing = fetch(Client(), "/en/news/")
    assert listing.queries == 1
    assert b"Tivat joins" not in listing.content
    assert Client().get("/en/news/tivat/").status_code == 404


def test_the_scheduler_publishes_with_the_documents_rendered(news):
    page = NewsPage.objects.get(slug="tivat")
    page.title = "Tivat, scheduled"
    page.go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    page.save_revision(approved_go_live_at=page.go_live_at)

    call_command("run_scheduler", runs=1, interval=0)

    assert not StoredDocument.objects.due().exists()
    assert b"Tivat, scheduled" in fetch(Client(), "/en/news/").content


def test_past_the_limit_the_busiest_pages_are_rendered_and_the_rest_left_due(news, settings):
    settings.DOCUMENTS_RENDERED_BEFORE_COMMIT = 1

    with rendered_before_commit():
        retitle("Tivat, Montenegro, joins the Alliance")

    due = set(StoredDocument.objects.due().values_list("path", flat=True))
    assert "/en/" not in due
    assert {"/en/news/", "/en/news/tivat/"} <= due


def test_a_rendering_that_fails_leaves_its_path_due_and_the_change_made(news, monkeypatch):
    render = documents.render

    def failing(path):
        if path == "/en/news/":
            raise DatabaseError("the database went away")
        return render(path)

    monkeypatch.setattr(documents, "render", failing)

    with rendered_before_commit():
        retitle("Tivat, Montenegro, joins the Alliance")

    assert NewsPage.objects.get(slug="tivat").title == "Tivat, Montenegro, joins the Alliance"
    assert list(StoredDocument.objects.due().values_list("path", flat=True)) == ["/en/news/"]
    monkeypatch.undo()
    assert b"Tivat, Montenegro, joins" in Client().get("/en/news/").content
