"""An English news item translated into French through wagtail-localize's own
editor endpoints, published, and then found wherever French readers and
consumers look; the English edit afterwards marks it out of date; its PO file
goes out to an agency and comes back."""

import polib
import pytest

from django.urls import reverse

from wagtail.models import Page
from wagtail_localize.models import StringSegment, Translation

from tests.users import logged_in, user_in

FRENCH = {
    "Housing for Roma families in Tivat": "Le logement des familles roms à Tivat",
    "Tivat builds twenty homes with Roma families.": "Tivat construit vingt logements avec des familles roms.",
}


def submit_for_translation(client, page, locale):
    """The "Translate" action of the page's menu: a French draft of the page
    (and of the pages above it that have none yet)."""
    response = client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [locale.pk], "include_subtree": False},
    )
    assert response.status_code == 302, response.content[:500]
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=locale)


def translate_strings(client, translation, texts):
    """What the translation editor sends as the translator types each string."""
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        if segment.string.data in texts:
            response = client.put(
                reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
                f"value={texts[segment.string.data]}",
                content_type="application/x-www-form-urlencoded; charset=utf-8",
            )
            assert response.status_code in (200, 201), response.content[:500]


def publish_translation(client, page, locale, capture_on_commit):
    """The translation editor's Publish button; wagtail-localize publishes once
    the transaction commits, which a test's never does by itself."""
    french_page = page.get_translation(locale)
    with capture_on_commit(execute=True):
        response = client.post(reverse("wagtailadmin_pages:edit", args=[french_page.pk]), {"action": "publish"})
    assert response.status_code == 302, response.content[:500]
    french_page.refresh_from_db()
    assert french_page.live
    return french_page.specific


@pytest.fixture
def french_news(admin_client, home_page, english_news, french, django_capture_on_commit_callbacks):
    submit_for_translation(admin_client, home_page, french)
    publish_translation(admin_client, home_page, french, django_capture_on_commit_callbacks)
    translation = submit_for_translation(admin_client, english_news, french)
    translate_strings(admin_client, translation, FRENCH)
    return publish_translation(admin_client, english_news, french, django_capture_on_commit_callbacks)


@pytest.mark.django_db
def test_translated_news_is_served_under_fr(client, english_news, french_news):
    assert french_news.title == "Le logement des familles roms à Tivat"
    assert french_news.url.startswith("/fr/")
    response = client.get(french_news.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="fr">' in html
    assert "Le logement des familles roms à Tivat" in html
    # The page links its English original, and the English page links it back.
    assert f'hreflang="en" href="http://testserver{english_news.url}"' in html
    english = client.get(english_news.url).content.decode()
    assert f'hreflang="fr" href="http://testserver{french_news.url}"' in english


@pytest.mark.django_db
def test_translated_news_is_in_the_french_api_listing(client, english_news, french_news):
    body = client.get("/api/v2/pages/", {"type": "news.NewsPage", "locale": "fr"}).json()
    assert [item["id"] for item in body["items"]] == [french_news.pk]
    assert body["items"][0]["meta"]["locale"] == "fr"
    body = client.get("/api/v2/pages/", {"translation_of": english_news.pk}).json()
    assert [item["id"] for item in body["items"]] == [french_news.pk]
    detail = client.get(f"/api/v2/pages/{english_news.pk}/").json()
    assert detail["meta"]["locale"] == "en"
    assert [(t["locale"], t["id"]) for t in detail["meta"]["translations"]] == [("fr", french_news.pk)]
    assert detail["meta"]["translations"][0]["html_url"] == french_news.full_url


def test_translated_news_is_in_the_french_v3_listing(client, english_news, french_news):
    body = client.get("/api/v3/pages/", {"type": "news.NewsPage", "locale": "fr"}).json()
    assert [item["id"] for item in body["items"]] == [french_news.pk]
    assert body["items"][0]["meta"]["locale"] == "fr"
    body = client.get("/api/v3/pages/", {"translation_of": english_news.pk}).json()
    assert [item["id"] for item in body["items"]] == [french_news.pk]


@pytest.mark.django_db
def test_translated_news_is_in_the_french_feed_only(client, english_news, french_news):
    french_feed = client.get("/fr/feeds/news.rss").content.decode()
    assert "Le logement des familles roms à Tivat" in french_feed
    assert "<language>fr</language>" in french_feed
    english_feed = client.get("/en/feeds/news.rss").content.decode()
    assert "Le logement" not in english_feed
    assert "Housing for Roma families in Tivat" in english_feed


@pytest.mark.django_db
def test_translated_news_is_in_the_sitemap_with_its_original(client, english_news, french_news):
    # Wagtail writes sitemap addresses with the Site's own host name.
    sitemap = client.get("/sitemap.xml").content.decode()
    assert f"<loc>{french_news.full_url}</loc>" in sitemap
    assert f'hreflang="fr" href="{french_news.full_url}"' in sitemap
    assert f'hreflang="en" href="{english_news.full_url}"' in sitemap


@pytest.mark.django_db
def test_french_search_finds_the_translation(client, english_news, french_news):
    from django.core.management import call_command

    call_command("update_index", verbosity=0)
    french = client.get("/fr/search/", {"q": "logement"}).content.decode()
    assert "<mark>logement</mark> des familles roms à Tivat" in french
    english = client.get("/en/search/", {"q": "logement"}).content.decode()
    assert "familles roms" not in english


@pytest.mark.django_db
def test_english_edit_marks_the_translation_out_of_date(admin_client, english_news, french_news):
    from languages.outdated import outdated_translations

    assert list(outdated_translations()) == []
    english_news.teaser = "Tivat builds twenty-five homes with Roma families."
    english_news.save_revision().publish()
    (outdated,) = outdated_translations()
    assert outdated.target_locale.language_code == "fr"
    # The translator is told in the editor, with the way to sync.
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[french_news.pk]))
    html = response.content.decode()
    assert "The English original has changed since this translation was last updated" in html
    sync_url = reverse("wagtail_localize:update_translations", args=[outdated.source.pk])
    assert sync_url in html
    # Syncing brings the new English string in, and the translation is up to date again.
    response = admin_client.post(sync_url, {})
    assert response.status_code == 302
    assert list(outdated_translations()) == []


@pytest.mark.django_db
def test_po_export_and_import_round_trip(admin_client, english_news, french_news, django_capture_on_commit_callbacks):
    translation = Translation.objects.get(
        source__object_id=english_news.translation_key, target_locale__language_code="fr"
    )
    response = admin_client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    by_source = {entry.msgid: entry for entry in po}
    assert by_source["Housing for Roma families in Tivat"].msgstr == "Le logement des familles roms à Tivat"
    # The agency revises the title and sends the file back.
    by_source["Housing for Roma families in Tivat"].msgstr = "Logement : vingt maisons pour des familles roms"
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("fr.po", str(po).encode(), content_type="text/x-gettext-translation")
    response = admin_client.post(reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"file": upload})
    assert response.status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    french_news.refresh_from_db()
    assert french_news.title == "Logement : vingt maisons pour des familles roms"
    # And out again, with the revision.
    again = polib.pofile(
        admin_client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk])).content.decode()
    )
    assert {entry.msgid: entry.msgstr for entry in again} == {entry.msgid: entry.msgstr for entry in po}


@pytest.mark.django_db
def test_french_translator_cannot_publish_or_edit_english(django_user_model, english_news, french_news):
    translator = user_in(django_user_model, "traductrice", "Translators (French)")
    client = logged_in(translator)
    # The French page: the translator may edit it, not publish it.
    french_page = Page.objects.get(pk=french_news.pk)
    permissions = french_page.permissions_for_user(translator)
    assert permissions.can_edit()
    assert not permissions.can_publish()
    published_at = french_news.last_published_at
    response = client.post(reverse("wagtailadmin_pages:edit", args=[french_news.pk]), {"action": "publish"})
    assert response.status_code == 302 and response["Location"] == "/admin/"  # Wagtail's "permission denied"
    french_news.refresh_from_db()
    assert french_news.last_published_at == published_at
    # The English source: neither.
    english = Page.objects.get(pk=english_news.pk).permissions_for_user(translator)
    assert not english.can_edit()
    assert not english.can_publish()
    response = client.get(reverse("wagtailadmin_pages:edit", args=[english_news.pk]))
    assert response.status_code in (302, 403)
    # The editor speaks French to them.
    from wagtail.users.models import UserProfile

    assert UserProfile.get_for_user(translator).preferred_language == "fr"
