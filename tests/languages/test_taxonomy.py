"""Country names are translated in wagtail-localize like pages, and the
French pages name each country in French where it has been translated."""

import pytest

from django.urls import reverse

from wagtail.models import Locale
from wagtail_localize.models import StringSegment, Translation

from taxonomy.models import Country
from tests.factories import NewsIndexPageFactory, NewsPageFactory


@pytest.fixture
def albania(db):
    return Country.objects.get(code="AL", locale__language_code="en")


def test_a_country_is_translated_through_the_translation_editor(
    admin_client, albania, home_page, django_capture_on_commit_callbacks
):
    french = Locale.objects.get(language_code="fr")
    response = admin_client.post(
        reverse("wagtail_localize_modeladmin:submit_translation", args=["taxonomy", "country", albania.pk]),
        {"locales": [french.pk]},
    )
    assert response.status_code == 302
    translation = Translation.objects.get(source__object_id=albania.translation_key, target_locale=french)
    segment = StringSegment.objects.get(source=translation.source, string__data="Albania")
    response = admin_client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        "value=Albanie",
        content_type="application/x-www-form-urlencoded; charset=utf-8",
    )
    assert response.status_code in (200, 201)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target()
    albanie = Country.objects.get(code="AL", locale=french)
    assert albanie.name == "Albanie"

    # A French page filed under Albania: the French country pages say "Albanie".
    index = NewsIndexPageFactory(parent=home_page)
    news = NewsPageFactory(parent=index, title="Tirana")
    news.countries = [albania]
    news.save_revision().publish()
    for page in (home_page, index, news):
        copy = page.specific.copy_for_translation(french)
        copy.save_revision().publish()
    html = admin_client.get("/fr/countries/").content.decode()
    assert "Albanie" in html
    assert "Albania<" not in html
    assert "Albania" in admin_client.get("/en/countries/").content.decode()


def test_an_untranslated_country_keeps_its_english_name_in_french(home_page):
    french = Locale.objects.get(language_code="fr")
    countries = Country.objects.in_locale(french)
    assert countries.get(code="GR").name == "Greece"
    assert countries.filter(code="GR").count() == 1


def test_site_wide_content_and_people_are_translated_as_snippets(
    admin_client, home_page, django_capture_on_commit_callbacks
):
    from home.models import SiteContent
    from tests.factories import PersonFactory

    french = Locale.objects.get(language_code="fr")
    content = SiteContent(
        locale=Locale.get_default(),
        mission_statement="<p>The Alliance fights discrimination.</p>",
        auspices="Under the auspices of the Congress.",
        terminology_note="<p>Roma and Travellers.</p>",
    )
    content.full_clean()
    content.save()
    person = PersonFactory(role="Congress Spokesperson")
    texts = {
        "The Alliance fights discrimination.": "L'Alliance combat les discriminations.",
        "Congress Spokesperson": "Porte-parole du Congrès",
    }
    for instance in (content, person):
        opts = instance._meta
        response = admin_client.post(
            reverse(
                "wagtail_localize:submit_snippet_translation", args=[opts.app_label, opts.model_name, instance.pk]
            ),
            {"locales": [french.pk]},
        )
        assert response.status_code == 302, response.content[:300]
        translation = Translation.objects.get(source__object_id=instance.translation_key, target_locale=french)
        for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
            if segment.string.data in texts:
                admin_client.put(
                    reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
                    f"value={texts[segment.string.data]}",
                    content_type="application/x-www-form-urlencoded; charset=utf-8",
                )
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target()
    assert person.get_translation(french).role == "Porte-parole du Congrès"
    # The French search page's sidebar carries the French mission, the English one the English.
    assert "L'Alliance combat les discriminations." in admin_client.get("/fr/search/").content.decode().replace(
        "&#x27;", "'"
    )
    assert "The Alliance fights discrimination." in admin_client.get("/en/search/").content.decode()
