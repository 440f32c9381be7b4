"""A translated page's address comes from its translated title unless a translator sets one,
and an address a live translation leaves redirects to where it went."""

import datetime

from django.urls import reverse

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from tests.factories import EventIndexPageFactory, EventPageFactory, NewsIndexPageFactory, NewsPageFactory

from .test_translation_drafts import FRENCH_TITLE
from .test_translation_flow import FRENCH, publish_translation, submit_for_translation, translate_strings

FRENCH_SLUG = "le-logement-des-familles-roms-a-tivat"


def slug_translation(page, locale):
    return StringTranslation.objects.get(locale=locale, context__object_id=page.translation_key, context__path="slug")


def translation_of(page, locale):
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=locale)


def publish(client, page, locale, capture_on_commit):
    """The translation editor's Publish button, and the message it leaves."""
    client.get(reverse("wagtailadmin_pages:edit", args=[page.get_translation(locale).pk]))  # earlier messages
    with capture_on_commit(execute=True):
        french_page = publish_translation(client, page, locale, capture_on_commit)
    message = client.get(reverse("wagtailadmin_pages:edit", args=[french_page.pk])).text
    return french_page, message


def test_a_translation_takes_its_slug_from_its_translated_title(
    admin_client, draft, english_news, french, visitor, django_capture_on_commit_callbacks
):
    # Set as the title is translated, where the translator sees it and may change it.
    assert slug_translation(english_news, french).data == FRENCH_SLUG
    segments = StringSegment.objects.filter(source=translation_of(english_news, french).source)
    assert not segments.annotate_translation(french).filter(translation__isnull=True).exists()

    french_page, editor = publish(admin_client, english_news, french, django_capture_on_commit_callbacks)

    assert "Published &#x27;Le logement des familles roms à Tivat&#x27; in French." in editor
    assert "missing translations" not in editor
    assert french_page.slug == FRENCH_SLUG
    assert french_page.url == f"/fr/news/{FRENCH_SLUG}/"
    assert FRENCH_TITLE in visitor.get(french_page.url).text


def test_a_slug_the_translator_sets_is_kept(
    admin_client, draft, english_news, french, django_capture_on_commit_callbacks
):
    translation = translation_of(english_news, french)
    translate_strings(admin_client, translation, {"tivat-housing": "vingt-logements-a-tivat"})
    translate_strings(admin_client, translation, {"Housing for Roma families in Tivat": "Logements roms à Tivat"})
    assert slug_translation(english_news, french).data == "vingt-logements-a-tivat"

    french_page, _editor = publish(admin_client, english_news, french, django_capture_on_commit_callbacks)
    assert french_page.slug == "vingt-logements-a-tivat"


def test_without_its_translated_title_a_page_takes_its_originals_slug(admin_client, draft, english_news, french):
    translation = translation_of(english_news, french)
    title = StringSegment.objects.get(source=translation.source, context__path="title")
    response = admin_client.delete(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, title.pk])
    )
    assert response.status_code == 200
    assert not StringTranslation.objects.filter(
        locale=french, context__object_id=english_news.translation_key, context__path="slug"
    ).exists()


def test_a_live_translation_whose_slug_changes_leaves_a_redirect(
    admin_client, draft, english_news, french, visitor, django_capture_on_commit_callbacks
):
    french_page, _editor = publish(admin_client, english_news, french, django_capture_on_commit_callbacks)
    translate_strings(
        admin_client,
        translation_of(english_news, french),
        {"Housing for Roma families in Tivat": "Vingt logements pour des familles roms à Tivat"},
    )
    # Live: the new slug waits for the translation to be published.
    assert Page.objects.get(pk=french_page.pk).slug == FRENCH_SLUG

    french_page, _editor = publish(admin_client, english_news, french, django_capture_on_commit_callbacks)

    new_url = "/fr/news/vingt-logements-pour-des-familles-roms-a-tivat/"
    assert french_page.url == new_url
    assert Redirect.objects.filter(old_path=f"/fr/news/{FRENCH_SLUG}", redirect_page=french_page).exists()
    response = visitor.get(f"/fr/news/{FRENCH_SLUG}/")
    assert response.status_code == 301
    assert response["Location"] == new_url
    assert "Vingt logements" in visitor.get(new_url).text


def test_the_address_a_translation_had_under_its_originals_slug_leads_to_it(
    admin_client, french_site, english_news, french, visitor, django_capture_on_commit_callbacks
):
    """Published before its title was translated, the translation had the English slug; the
    translated title moves it, and its old address does not show the English page instead, as if
    there were no translation."""
    submit_for_translation(admin_client, english_news, french)
    french_page, _editor = publish(admin_client, english_news, french, django_capture_on_commit_callbacks)
    assert french_page.url == "/fr/news/tivat-housing/"

    translate_strings(admin_client, translation_of(english_news, french), FRENCH)
    french_page, _editor = publish(admin_client, english_news, french, django_capture_on_commit_callbacks)

    assert french_page.url == f"/fr/news/{FRENCH_SLUG}/"
    assert Redirect.objects.filter(old_path="/fr/news/tivat-housing", redirect_page=french_page).exists()
    response = visitor.get("/fr/news/tivat-housing/?utm_source=newsletter")
    assert response.status_code in (301, 302)
    assert response["Location"] == f"/fr/news/{FRENCH_SLUG}/?utm_source=newsletter"
    assert "Cette page n’a pas encore été traduite" not in visitor.get("/fr/news/tivat-housing/", follow=True).text


def test_a_sub_route_asked_at_the_originals_address_leads_to_the_translations(home_page, french, visitor):
    event = EventPageFactory(
        parent=EventIndexPageFactory(parent=home_page), slug="seminar", start_date=datetime.date(2030, 5, 1)
    )
    for page in event.get_ancestors(inclusive=True)[1:]:
        copy = page.specific.copy_for_translation(french)
        copy.slug = "seminaire" if page.pk == event.pk else copy.slug
        copy.save_revision().publish()

    response = visitor.get("/fr/events/seminar/calendar/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/events/seminaire/calendar/"
    assert visitor.get(response["Location"])["Content-Type"].startswith("text/calendar")
    # Where the page has no French translation, the English one still stands in.
    Page.objects.get(slug="seminaire").unpublish()
    assert visitor.get("/fr/events/seminar/calendar/").status_code == 200


def test_no_visitor_is_sent_to_a_translation_whose_language_has_no_published_home_page(home_page, french, visitor):
    news = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), title="Housing in Tivat", slug="tivat")
    translation = news.copy_for_translation(french, copy_parents=True)  # the French home page a draft
    translation.save_revision().publish()

    response = visitor.get("/fr/news/tivat/")
    assert response.status_code == 200
    assert "Housing in Tivat" in response.text
