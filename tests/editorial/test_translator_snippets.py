"""A French translator translates and edits the French rows of the translatable
snippets (people, the site-wide content) and cannot touch the English ones,
create a new person or delete one; Editors keep their rights everywhere."""

import pytest

from django.urls import reverse

from wagtail.models import Locale
from wagtail.permissions import policy_registry
from wagtail_localize.models import StringSegment, Translation

from home.models import SiteContent
from people.models import Person
from tests.factories import PersonFactory, TopicFactory
from tests.users import logged_in

ROLE = "Congress Spokesperson on Roma and Traveller issues"
FRENCH_ROLE = "Porte-parole du Congrès sur les questions relatives aux Roms et aux Gens du voyage"


@pytest.fixture
def translator_client(translator):
    return logged_in(translator)


@pytest.fixture
def english_person(db):
    return PersonFactory(given_name="John", family_name="Warmisham", role=ROLE)


def edit_url(instance):
    meta = instance._meta
    return reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit", args=[instance.pk])


def refused(response):
    """Wagtail's admin answers a refusal with a redirect to the dashboard and a
    message, or 403 to a script."""
    return response.status_code == 403 or (response.status_code == 302 and response["Location"] == "/admin/")


def translate(client, instance, locale):
    """The snippet's Translate button, then the new copy."""
    meta = instance._meta
    response = client.post(
        reverse("wagtail_localize:submit_snippet_translation", args=[meta.app_label, meta.model_name, instance.pk]),
        {"locales": [locale.pk]},
    )
    assert response.status_code == 302, response.content[:500]
    copy = instance.get_translation(locale)
    assert response["Location"] == edit_url(copy)
    return copy, Translation.objects.get(source__object_id=instance.translation_key, target_locale=locale)


def edit_string(client, translation, source_text, text):
    segment = StringSegment.objects.get(source=translation.source, string__data=source_text)
    return client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        f"value={text}",
        content_type="application/x-www-form-urlencoded; charset=utf-8",
    )


def test_a_french_translator_translates_a_person_into_french(
    translator_client, english_person, french, django_capture_on_commit_callbacks
):
    french_person, translation = translate(translator_client, english_person, french)
    response = translator_client.get(edit_url(french_person))
    assert response.status_code == 200
    assert "wagtail-localize" in response.text  # the translation editor, not the plain form
    response = edit_string(translator_client, translation, ROLE, FRENCH_ROLE)
    assert response.status_code in (200, 201), response.content[:500]
    with django_capture_on_commit_callbacks(execute=True):
        response = translator_client.post(edit_url(french_person), {"action": "publish"})
    assert response.status_code == 302
    french_person.refresh_from_db()
    assert french_person.role == FRENCH_ROLE
    english_person.refresh_from_db()
    assert english_person.role == ROLE


def test_a_french_translator_edits_a_french_person_in_the_plain_form(translator_client, french):
    person = PersonFactory(locale=french, family_name="Dupont", role="Maire")
    assert translator_client.get(edit_url(person)).status_code == 200
    response = translator_client.post(
        edit_url(person),
        {"given_name": "Anne", "family_name": "Dupont", "slug": person.slug, "role": "Maire de Lyon"},
    )
    assert response.status_code == 302, response.content[:2000]
    person.refresh_from_db()
    assert person.role == "Maire de Lyon"


def test_a_french_translator_cannot_edit_or_delete_an_english_person(translator_client, english_person):
    assert refused(translator_client.get(edit_url(english_person)))
    response = translator_client.post(
        edit_url(english_person),
        {"given_name": "Jane", "family_name": "Warmisham", "slug": english_person.slug, "role": "Someone else"},
    )
    assert refused(response)
    delete_url = reverse("wagtailsnippets_people_person:delete", args=[english_person.pk])
    assert refused(translator_client.post(delete_url))
    english_person.refresh_from_db()
    assert (english_person.given_name, english_person.role) == ("John", ROLE)


def test_a_french_translator_creates_no_source_person(translator_client, db):
    assert refused(translator_client.get(reverse("wagtailsnippets_people_person:add")))
    response = translator_client.post(
        reverse("wagtailsnippets_people_person:add"), {"given_name": "New", "family_name": "Person"}
    )
    assert refused(response)
    assert not Person.objects.filter(family_name="Person").exists()


def test_a_french_translator_cannot_translate_strings_into_english(
    admin_client, translator_client, french, django_user_model
):
    """A person first written in French and translated into English: the
    English copy's strings are not the French translator's to write."""
    french_person = PersonFactory(locale=french, family_name="Dupont", role="Maire")
    _english, translation = translate(admin_client, french_person, Locale.objects.get(language_code="en"))
    assert edit_string(translator_client, translation, "Maire", "Mayor").status_code == 403
    assert edit_string(admin_client, translation, "Maire", "Mayor").status_code in (200, 201)


def test_the_people_list_and_the_policy_know_which_rows_are_the_translators(translator, english_person, french):
    french_person = PersonFactory(locale=french, family_name="Dupont")
    policy = policy_registry.get_by_type(Person)
    assert list(policy.instances_user_has_permission_for(translator, "change")) == [french_person]
    assert policy.user_has_permission_for_instance(translator, "change", french_person)
    assert not policy.user_has_permission_for_instance(translator, "change", english_person)
    assert not policy.user_has_permission(translator, "add")
    assert translator in policy.users_with_permission_for_instance("change", french_person)
    assert translator not in policy.users_with_permission_for_instance("change", english_person)
    response = logged_in(translator).get(reverse("wagtailsnippets_people_person:list"))
    assert response.status_code == 200
    assert "Dupont" in response.text
    # The English person offers its Translate button, the start of the translator's work.
    translate_url = reverse(
        "wagtail_localize:submit_snippet_translation", args=["people", "person", english_person.pk]
    )
    assert translate_url in response.text


def test_editors_keep_their_rights_on_every_language(editor_client, english_person, french):
    french_person = PersonFactory(locale=french, family_name="Dupont")
    assert editor_client.get(edit_url(english_person)).status_code == 200
    assert editor_client.get(edit_url(french_person)).status_code == 200
    assert editor_client.get(reverse("wagtailsnippets_people_person:add")).status_code == 200


def test_a_french_translator_edits_the_french_site_wide_content_only(translator_client, admin_client, french):
    english = SiteContent.objects.create(mission_statement="<p>Mission</p>", terminology_note="<p>Note</p>")
    french_content, _translation = translate(admin_client, english, french)
    assert translator_client.get(edit_url(french_content)).status_code == 200
    assert refused(translator_client.get(edit_url(english)))


def test_a_french_translator_translates_a_topic_and_cannot_rename_the_english_one(
    translator_client, french, django_capture_on_commit_callbacks
):
    """Topics became translatable snippets, so the same per-language rights apply."""
    housing = TopicFactory(name="Housing", slug="housing")
    french_topic, translation = translate(translator_client, housing, french)
    response = edit_string(translator_client, translation, "Housing", "Logement")
    assert response.status_code in (200, 201), response.content[:500]
    with django_capture_on_commit_callbacks(execute=True):
        response = translator_client.post(edit_url(french_topic), {"action": "publish"})
    assert response.status_code == 302
    french_topic.refresh_from_db()
    assert (french_topic.name, french_topic.slug) == ("Logement", "housing")

    assert refused(translator_client.get(edit_url(housing)))
    translator_client.post(edit_url(housing), {"name": "Renamed", "slug": "housing"})
    housing.refresh_from_db()
    assert housing.name == "Housing"
