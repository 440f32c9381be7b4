"""A backup holds the whole database and every media file; restored into an empty database
(or over one that has changed since), every page, revision, form submission, image and
document comes back with its id, and the site serves and finds the pages again."""

import io
import json
import tarfile

import pytest
from bs4 import BeautifulSoup

from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.management import CommandError, call_command
from django.test import Client

from wagtail.contrib.forms.models import FormSubmission
from wagtail.documents.models import Document
from wagtail.models import Collection, Locale, Page, PageViewRestriction, Revision

from api.models import PageTombstone
from images.models import CreditedImage
from operations.backup import media_files
from tests.factories import CreditedImageFactory, FormPageFactory, NewsIndexPageFactory, NewsPageFactory


def snapshot():
    """Everything the test expects to find again, by id."""
    return {
        "pages": {
            page.pk: (
                page.title,
                page.url_path,
                page.live,
                page.content_type.model,
                page.locale.language_code,
                page.translation_key,
            )
            for page in Page.objects.select_related("locale")
        },
        "revisions": {
            revision.pk: (revision.object_id, revision.content_type.model, revision.content)
            for revision in Revision.objects.all()
        },
        "submissions": {submission.pk: submission.form_data for submission in FormSubmission.objects.all()},
        "images": {image.pk: (image.title, image.credit, image.file.name) for image in CreditedImage.objects.all()},
        "tombstones": {tombstone.page_id: tombstone.reason for tombstone in PageTombstone.objects.all()},
        "restrictions": {restriction.pk: restriction.page_id for restriction in PageViewRestriction.objects.all()},
        "documents": {document.pk: (document.title, document.file.name) for document in Document.objects.all()},
        "media": {
            alias: {name: storages[alias].open(name).read() for name in media_files(storages[alias])}
            for alias in ("default", "private")
        },
    }


@pytest.fixture
def content(outside_a_transaction, home_page):
    image = CreditedImageFactory(title="Seminar in Tirana")
    image.get_rendition("fill-120x80")  # a rendition file too
    section = NewsIndexPageFactory(parent=home_page)
    news = NewsPageFactory(parent=section, title="Housing rights first draft", lead_image=image)
    news.title = "Housing rights"
    news.save_revision().publish()
    news.title = "Housing rights, edited"
    news.save_revision()  # a draft on top of the live version
    # Its French translation, under the French home page and section made with it as drafts, and
    # published too.
    french = news.copy_for_translation(Locale.objects.get(language_code="fr"), copy_parents=True)
    french.title = "Le droit au logement"
    french.save_revision().publish()
    for ancestor in french.get_ancestors().filter(depth__gt=1).specific():
        ancestor.save_revision().publish()
    NewsPageFactory(parent=section, title="Never published", live=False).save_revision()
    private = NewsPageFactory(parent=section, title="Made private")
    private.save_revision().publish()
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    form = FormPageFactory(parent=home_page)
    FormSubmission.objects.create(page=form, form_data={"authority": "City of Megara", "e_mail": "m@example.org"})
    Document.objects.create(title="Annual report", file=ContentFile(b"%PDF-1.4 the report", name="report.pdf"))
    # The participants' images are in the private storage.
    intranet_image = CreditedImageFactory(title="Tivat mediators", collection=Collection.objects.get(name="Intranet"))
    intranet_image.get_rendition("width-100")
    return news


def empty_everything():
    call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
    ContentType.objects.clear_cache()  # as in the fresh process that restores into a new database
    for alias in ("default", "private"):
        for name in list(media_files(storages[alias])):
            storages[alias].delete(name)


def found_by_search(title):
    results = BeautifulSoup(Client().get("/en/search/", {"q": "housing"}).content, "html.parser")
    return title in [link.get_text() for link in results.select(".search-results article h2 a")]


def test_a_backup_restored_into_an_empty_database_has_everything_again(content, tmp_path):
    before = snapshot()
    assert found_by_search("Housing rights")
    assert len(before["revisions"]) >= 3 and before["submissions"] and len(before["media"]["default"]) >= 3
    assert len(before["media"]["private"]) == 2
    assert before["tombstones"], "the private page left a tombstone in the change feed"
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", output=str(archive), stdout=io.StringIO())

    empty_everything()
    assert not Page.objects.exists() and not list(media_files()) and not list(media_files(storages["private"]))

    call_command("restore", str(archive), interactive=False, stdout=io.StringIO())
    assert snapshot() == before

    news = Page.objects.get(pk=content.pk).specific
    visitor = Client()
    response = visitor.get(news.url)
    assert response.status_code == 200 and "Housing rights" in response.text
    french = news.get_translation(Locale.objects.get(language_code="fr"))
    assert french.url.startswith("/fr/")
    response = visitor.get(french.url)
    assert response.status_code == 200 and "Le droit au logement" in response.text
    assert found_by_search("Housing rights"), "the search index is rebuilt"
    # The id sequences continue after the restored rows.
    assert NewsPageFactory(parent=news.get_parent(), title="Written after the restore").pk > max(before["pages"])


def test_a_backup_on_s3_storages_restores_every_object(s3_media, content, tmp_path):
    before = snapshot()
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", output=str(archive), stdout=io.StringIO())
    public_keys, private_keys = s3_media.keys(s3_media.public), s3_media.keys(s3_media.private)
    assert len(public_keys) >= 3 and len(private_keys) == 2

    empty_everything()
    assert s3_media.keys(s3_media.public) == s3_media.keys(s3_media.private) == []

    call_command("restore", str(archive), interactive=False, stdout=io.StringIO())
    assert snapshot() == before
    assert (s3_media.keys(s3_media.public), s3_media.keys(s3_media.private)) == (public_keys, private_keys)
    # Written back as they were first written: images public, documents and private images not.
    image = CreditedImage.objects.get(title="Seminar in Tirana")
    assert s3_media.anonymous_get(s3_media.public, image.file.name).status_code == 200
    assert s3_media.anonymous_get(s3_media.public, "documents/report.pdf").status_code == 403
    for key in private_keys:
        assert s3_media.anonymous_get(s3_media.private, key).status_code == 403


def test_restoring_over_a_changed_database_brings_back_the_backups_state(content, tmp_path):
    before = snapshot()
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", output=str(archive), stdout=io.StringIO())
    Page.objects.get(pk=content.pk).delete()
    NewsPageFactory(parent=Page.objects.get(depth=2, locale__language_code="en"), title="Written after the backup")
    FormSubmission.objects.all().delete()

    call_command("restore", str(archive), interactive=False, stdout=io.StringIO())
    assert snapshot() == before


def rewrite(archive, target, change):
    with tarfile.open(archive) as source, tarfile.open(target, "w:gz") as copy:
        for member in source.getmembers():
            data = source.extractfile(member).read()
            member, data = change(member, data)
            member.size = len(data)
            copy.addfile(member, io.BytesIO(data))


def test_a_backup_from_other_migrations_is_refused(content, tmp_path):
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", output=str(archive), stdout=io.StringIO())

    def older_code(member, data):
        if member.name == "manifest.json":
            manifest = json.loads(data)
            manifest["migrations"].remove("news.0001_initial")
            data = json.dumps(manifest).encode()
        return member, data

    rewrite(archive, tmp_path / "older.tar.gz", older_code)
    with pytest.raises(CommandError, match="Not in the backup: news.0001_initial"):
        call_command("restore", str(tmp_path / "older.tar.gz"), interactive=False)
    assert Page.objects.filter(pk=content.pk).exists(), "nothing was touched"


def test_a_media_file_outside_the_media_folder_is_refused(content, tmp_path):
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", output=str(archive), stdout=io.StringIO())

    def escape(member, data):
        if member.name.startswith("media/documents/"):
            member.name = "media/../../settings.py"
        return member, data

    rewrite(archive, tmp_path / "hostile.tar.gz", escape)
    with pytest.raises(CommandError, match="Refusing the archive member"):
        call_command("restore", str(tmp_path / "hostile.tar.gz"), interactive=False)


def test_restore_says_so_when_there_is_no_archive(db, tmp_path):
    with pytest.raises(CommandError, match="No backup at"):
        call_command("restore", str(tmp_path / "missing.tar.gz"), interactive=False)
