"""Whatever an editor, a translator or an uploader types is shown as text:
every text field of the page types and their StreamField blocks, image and
document titles and file names, on the public page and in the editor, and a
translation coming back from an agency's PO file."""

import polib
import pytest
from bs4 import BeautifulSoup

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation

from tests.factories import CreditedImageFactory, NewsIndexPageFactory, NewsPageFactory, PersonFactory
from tests.languages.test_translation_flow import publish_translation, submit_for_translation

HOSTILE = "\"'><script>alert(1)</script><img src=x onerror=alert(2)>"


def assert_inert(html, where):
    """No element, attribute or script the hostile text could have made (the
    admin has inline scripts of its own; none may be the one typed)."""
    soup = BeautifulSoup(html, "html.parser")
    injected = [tag for tag in soup.find_all("script") if (tag.string or "").strip().startswith("alert(")]
    assert not injected, f"{where}: the typed script became a script element"
    assert not soup.select("[onerror]"), f"{where}: an onerror attribute reached the markup"
    assert "<script>alert(1)" not in html, where


@pytest.fixture
def hostile_document(db, files_on_disk):
    document = get_document_model()(title=HOSTILE)
    document.file.save("report<img src=x onerror=alert(3)>.pdf", ContentFile(b"%PDF-1.4\n"), save=True)
    return document


@pytest.fixture
def hostile_news(home_page, hostile_document, files_on_disk):
    image = CreditedImageFactory(title=HOSTILE, credit=HOSTILE)
    speaker = PersonFactory(given_name=HOSTILE, family_name=HOSTILE, role=HOSTILE)
    index = NewsIndexPageFactory(parent=home_page)
    return NewsPageFactory(
        parent=index,
        title=HOSTILE,
        slug="hostile",
        teaser=HOSTILE,
        lead_image=image,
        lead_image_credit=HOSTILE,
        search_description=HOSTILE,
        body=[
            ("heading", {"text": HOSTILE, "level": "h2"}),
            ("quote", {"text": HOSTILE, "person": speaker, "attribution": HOSTILE, "role": HOSTILE}),
            ("quote", {"text": HOSTILE, "person": None, "attribution": HOSTILE, "role": HOSTILE}),
            (
                "key_figure",
                {
                    "figure": "92%",
                    "label": HOSTILE,
                    "comparison_figure": "50%",
                    "comparison_label": HOSTILE,
                    "source": HOSTILE,
                },
            ),
            ("image", {"image": image, "caption": HOSTILE, "credit": HOSTILE}),
            ("document", {"document": hostile_document, "title": ""}),
            ("document", {"document": hostile_document, "title": HOSTILE}),
            ("table", {"data": [[HOSTILE, "2"], ["3", HOSTILE]], "first_row_is_table_header": True}),
        ],
    )


def test_every_text_of_a_page_is_shown_as_text(client, hostile_news):
    response = client.get(hostile_news.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert_inert(html, hostile_news.url)
    # Shown, not dropped: the reader sees what the editor typed.
    text = BeautifulSoup(html, "html.parser").get_text()
    assert text.count(HOSTILE) >= 10


def test_listings_feeds_and_search_show_the_text_as_text(client, hostile_news):
    from django.core.management import call_command

    call_command("update_index", verbosity=0)
    for url in ["/en/news/", "/en/search/?q=alert", "/en/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_inert(response.content.decode(), url)
    feed = client.get("/en/feeds/news.rss").content.decode()
    # XML escapes the markup once: a feed reader shows it as text.
    assert "<script>" not in feed and "&lt;script&gt;" in feed


def test_the_editor_shows_the_text_as_text(admin_client, hostile_news, hostile_document):
    for url in [
        reverse("wagtailadmin_explore", args=[hostile_news.get_parent().pk]),
        reverse("wagtailadmin_pages:edit", args=[hostile_news.pk]),
        reverse("wagtailadmin_pages:search") + "?q=alert",
        reverse("wagtaildocs:index"),
        reverse("wagtaildocs:edit", args=[hostile_document.pk]),
        reverse("wagtailimages:index"),
        "/admin/snippets/people/person/",
    ]:
        response = admin_client.get(url)
        assert response.status_code == 200, url
        assert_inert(response.content.decode(), url)


def test_the_document_keeps_a_harmless_file_name(hostile_document):
    assert "<" not in hostile_document.file.name and ">" not in hostile_document.file.name


CLEAN = "Tivat construit <b>vingt</b> logements."
HOSTILE_TRANSLATION = CLEAN + '<script>alert(1)</script><img src=x onerror="alert(2)">'


@pytest.mark.django_db
@pytest.mark.parametrize("translated", [CLEAN, HOSTILE_TRANSLATION], ids=["clean", "hostile"])
def test_markup_in_a_translation_from_an_agency_is_not_run(
    admin_client, home_page, django_capture_on_commit_callbacks, translated
):
    """A PO file comes from outside: a paragraph's French text with a script in
    it is refused (flagged for the translator) and never reaches the page,
    while the markup the source has (<b>) comes through."""
    french = Locale.objects.get(language_code="fr")
    index = NewsIndexPageFactory(parent=home_page)
    english = NewsPageFactory(
        parent=index,
        slug="tivat",
        title="Tivat",
        body=[("paragraph", "<p>Tivat builds <b>twenty</b> homes.</p>")],
    )
    submit_for_translation(admin_client, home_page, french)
    publish_translation(admin_client, home_page, french, django_capture_on_commit_callbacks)
    translation = submit_for_translation(admin_client, english, french)
    po = polib.pofile(
        admin_client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk])).content.decode()
    )
    for entry in po:
        entry.msgstr = translated if "twenty" in entry.msgid else entry.msgid
    upload = SimpleUploadedFile("fr.po", str(po).encode(), content_type="text/x-gettext-translation")
    response = admin_client.post(reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload})
    assert response.status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        Translation.objects.get(pk=translation.pk).save_target(publish=True)

    french_page = english.get_translation(french)
    response = admin_client.get(french_page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert_inert(html, french_page.url)
    paragraph = str(BeautifulSoup(html, "html.parser").select_one(".block-paragraph p"))
    rejected = StringTranslation.objects.get(translation_of__data="Tivat builds <b>twenty</b> homes.").has_error
    if translated == CLEAN:
        assert paragraph == "<p>Tivat construit <b>vingt</b> logements.</p>"
        assert not rejected
    else:
        assert paragraph == "<p>Tivat builds <b>twenty</b> homes.</p>"
        assert rejected
