"""An event's organisers and its speakers' roles are translated with its page,
in wagtail-localize's editor; the migration that made them translatable kept
every row, in its page's language, and paired each French copy with its
original."""

import pytest

from wagtail.models import Page

from events.models import EventOrganiser, EventPage, EventSpeaker
from tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    ParticipantIndexPageFactory,
    ParticipantPageFactory,
    PersonFactory,
)
from tests.languages.test_translation_flow import publish_translation, submit_for_translation, translate_strings
from tests.migrations import migrated_back

ROLE = "Congress Spokesperson on Roma and Traveller issues"
FRENCH_ROLE = "Porte-parole du Congrès sur les questions relatives aux Roms et aux Gens du voyage"


@pytest.fixture
def spokesperson(db):
    # Their current role differs from the one they spoke in, which the page shows
    return PersonFactory(given_name="John", family_name="Warmisham", role="Congress member")


@pytest.fixture
def seminar(home_page, spokesperson):
    tivat = ParticipantPageFactory(parent=ParticipantIndexPageFactory(parent=home_page), title="Tivat", slug="tivat")
    page = EventPageFactory(parent=EventIndexPageFactory(parent=home_page), title="Seminar in Tirana", slug="tirana")
    # Numbered as the editor's inline panel numbers them: left unnumbered, PostgreSQL returned
    # the French copies in either order.
    page.organisers = [
        EventOrganiser(
            sort_order=0, name="City of Tirana", role="co-organiser", website="https://tirana.example.org/"
        ),
        EventOrganiser(sort_order=1, name="Municipality of Tivat", role="partner", participant=tivat),
    ]
    page.speakers = [EventSpeaker(person=spokesperson, role=ROLE)]
    page.save_revision().publish()
    return EventPage.objects.get(pk=page.pk)


@pytest.fixture
def french_seminar(admin_client, home_page, seminar, french, django_capture_on_commit_callbacks):
    submit_for_translation(admin_client, home_page, french)
    publish_translation(admin_client, home_page, french, django_capture_on_commit_callbacks)
    tivat = seminar.organisers.get(name="Municipality of Tivat").participant
    submit_for_translation(admin_client, tivat, french)
    publish_translation(admin_client, tivat, french, django_capture_on_commit_callbacks)
    translation = submit_for_translation(admin_client, seminar, french)
    translate_strings(
        admin_client,
        translation,
        {"City of Tirana": "Ville de Tirana", "Municipality of Tivat": "Municipalité de Tivat", ROLE: FRENCH_ROLE},
    )
    return publish_translation(admin_client, seminar, french, django_capture_on_commit_callbacks)


def test_organisers_and_speakers_roles_are_translated_with_their_event(client, seminar, french_seminar, french):
    organisers = list(french_seminar.organisers.all())
    assert [(o.name, o.role, o.website) for o in organisers] == [
        ("Ville de Tirana", "co-organiser", "https://tirana.example.org/"),
        ("Municipalité de Tivat", "partner", ""),
    ]
    speaker = french_seminar.speakers.get()
    assert speaker.role == FRENCH_ROLE
    # The person's own French version, as on interview pages, submitted with the event
    assert speaker.person.locale_id == french.pk
    assert speaker.person.translation_key == seminar.speakers.get().person.translation_key
    assert {row.locale_id for row in [*organisers, speaker]} == {french.pk}
    # Each French organiser is the translation of the English one in the same place
    assert [(o.sort_order, o.role, o.translation_key) for o in organisers] == [
        (o.sort_order, o.role, o.translation_key) for o in seminar.organisers.all()
    ]

    html = client.get(french_seminar.url).content.decode()
    assert "Coorganisateur: Ville de Tirana" in html
    assert f"John Warmisham, {FRENCH_ROLE}" in html
    french_tivat = organisers[1].participant.get_translation(french)
    assert f'<a href="{french_tivat.url}">Municipalité de Tivat</a>' in html  # the French profile
    assert "City of Tirana" not in html and ROLE not in html

    english = client.get(seminar.url).content.decode()  # the English stays English
    assert "Co-organiser: City of Tirana" in english
    assert f"John Warmisham, {ROLE}" in english
    assert '<a href="/en/participants/tivat/">Municipality of Tivat</a>' in english
    assert FRENCH_ROLE not in english


def test_new_organisers_and_speakers_take_their_page_language(seminar, spokesperson, french):
    french_seminar = seminar.copy_for_translation(french, copy_parents=True)
    organiser = EventOrganiser.objects.create(page=french_seminar, name="Ville de Durrës")
    speaker = EventSpeaker.objects.create(page=french_seminar, person=spokesperson, role="Invité")
    assert (organiser.locale_id, speaker.locale_id) == (french.pk, french.pk)
    assert seminar.organisers.first().locale.language_code == "en"
    assert seminar.speakers.first().locale.language_code == "en"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_migration_keeps_every_organiser_and_speaker_in_its_page_language(home_page, french):
    english = EventPageFactory(parent=EventIndexPageFactory(parent=home_page), slug="tirana")
    french_page = english.copy_for_translation(french, copy_parents=True)
    warmisham, huber = PersonFactory(), PersonFactory()
    with migrated_back("events", "0003_initial") as old_apps:
        old_organiser = old_apps.get_model("events", "EventOrganiser")
        old_speaker = old_apps.get_model("events", "EventSpeaker")
        for page, names, people in (
            (english, ["City of Tirana", "Congress"], [warmisham, huber]),
            (french_page, ["City of Tirana"], [warmisham]),
        ):
            for order, name in enumerate(names):
                old_organiser.objects.create(
                    page_id=page.pk, sort_order=order, name=name, website=f"https://{page.pk}/"
                )
            for order, person in enumerate(people):
                old_speaker.objects.create(
                    page_id=page.pk, sort_order=order, person_id=person.pk, role=f"in {page.pk}"
                )

    organisers = EventOrganiser.objects.order_by("pk")
    assert [(o.page_id, o.name, o.website) for o in organisers] == [
        (english.pk, "City of Tirana", f"https://{english.pk}/"),
        (english.pk, "Congress", f"https://{english.pk}/"),
        (french_page.pk, "City of Tirana", f"https://{french_page.pk}/"),
    ]
    assert [o.locale.language_code for o in organisers] == ["en", "en", "fr"]
    tirana, congress, french_tirana = organisers
    assert french_tirana.translation_key == tirana.translation_key
    assert congress.translation_key != tirana.translation_key

    speakers = EventSpeaker.objects.order_by("pk")
    assert [(s.page_id, s.person_id, s.role) for s in speakers] == [
        (english.pk, warmisham.pk, f"in {english.pk}"),
        (english.pk, huber.pk, f"in {english.pk}"),
        (french_page.pk, warmisham.pk, f"in {french_page.pk}"),
    ]
    assert [s.locale.language_code for s in speakers] == ["en", "en", "fr"]
    spokesperson, secretary, french_spokesperson = speakers
    assert french_spokesperson.translation_key == spokesperson.translation_key
    assert secretary.translation_key != spokesperson.translation_key
    french_event = Page.objects.get(pk=french_page.pk).specific
    assert french_event.speakers.get().get_translation(english.locale) == spokesperson
