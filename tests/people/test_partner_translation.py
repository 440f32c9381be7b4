"""A participant's partner NGOs are translated with its page, in
wagtail-localize's editor; the migration that made them translatable kept every
partner, in its page's language, and paired each French copy with its original."""

import pytest

from wagtail.models import Page

from people.models import ParticipantPage, ParticipantPartner
from tests.factories import ParticipantIndexPageFactory, ParticipantPageFactory
from tests.languages.test_translation_flow import publish_translation, submit_for_translation, translate_strings
from tests.migrations import migrated_back

DESCRIPTION = "Runs the homework club with the municipality"


@pytest.fixture
def tivat(home_page):
    index = ParticipantIndexPageFactory(parent=home_page)
    page = ParticipantPageFactory(parent=index, title="Tivat", slug="tivat")
    # Numbered as the editor's inline panel numbers them: left unnumbered, PostgreSQL returned
    # the French copies in either order.
    page.partners = [
        ParticipantPartner(
            sort_order=0, name="CSO Young Roma", website="https://youngroma.example.org/", description=DESCRIPTION
        ),
        ParticipantPartner(sort_order=1, name="Association of Egyptians", description=""),
    ]
    page.save_revision().publish()
    return ParticipantPage.objects.get(pk=page.pk)


def test_partners_are_translated_with_their_participant(
    admin_client, client, home_page, tivat, french, django_capture_on_commit_callbacks
):
    submit_for_translation(admin_client, home_page, french)
    publish_translation(admin_client, home_page, french, django_capture_on_commit_callbacks)
    translation = submit_for_translation(admin_client, tivat, french)
    translate_strings(
        admin_client,
        translation,
        {
            DESCRIPTION: "Anime l’aide aux devoirs avec la municipalité",
            "Association of Egyptians": "Association des Égyptiens",
        },
    )
    french_tivat = publish_translation(admin_client, tivat, french, django_capture_on_commit_callbacks)

    partners = list(french_tivat.partners.all())
    assert [(p.name, p.description, p.website) for p in partners] == [
        ("CSO Young Roma", "Anime l’aide aux devoirs avec la municipalité", "https://youngroma.example.org/"),
        ("Association des Égyptiens", "", ""),
    ]
    assert [p.sort_order for p in partners] == [0, 1]  # in the original's order
    assert {p.locale_id for p in partners} == {french.pk}
    assert [p.translation_key for p in partners] == [p.translation_key for p in tivat.partners.all()]
    html = client.get(french_tivat.url).content.decode()
    assert "Anime l’aide aux devoirs avec la municipalité" in html
    assert DESCRIPTION not in html
    assert DESCRIPTION in client.get(tivat.url).content.decode()  # the English stays English


def test_a_new_partner_takes_its_page_language(tivat, french):
    french_tivat = tivat.copy_for_translation(french, copy_parents=True)
    partner = ParticipantPartner.objects.create(page=french_tivat, name="Roma Education Fund")
    assert partner.locale_id == french.pk
    assert tivat.partners.first().locale.language_code == "en"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_migration_keeps_every_partner_in_its_page_language(home_page, french):
    index = ParticipantIndexPageFactory(parent=home_page)
    english = ParticipantPageFactory(parent=index, title="Tivat", slug="tivat")
    french_page = english.copy_for_translation(french, copy_parents=True)
    with migrated_back("people", "0002_initial") as old_apps:
        old = old_apps.get_model("people", "ParticipantPartner")
        for page, names in (
            (english, ["CSO Young Roma", "Association of Egyptians"]),
            (french_page, ["CSO Young Roma"]),
        ):
            for order, name in enumerate(names):
                old.objects.create(page_id=page.pk, sort_order=order, name=name, description=f"{name} in {page.pk}")

    partners = ParticipantPartner.objects.order_by("pk")
    assert [(p.page_id, p.name, p.description) for p in partners] == [
        (english.pk, "CSO Young Roma", f"CSO Young Roma in {english.pk}"),
        (english.pk, "Association of Egyptians", f"Association of Egyptians in {english.pk}"),
        (french_page.pk, "CSO Young Roma", f"CSO Young Roma in {french_page.pk}"),
    ]
    assert [p.locale.language_code for p in partners] == ["en", "en", "fr"]
    young_roma, egyptians, french_young_roma = partners
    assert french_young_roma.translation_key == young_roma.translation_key
    assert egyptians.translation_key != young_roma.translation_key
    assert Page.objects.get(pk=french_page.pk).specific.partners.get().get_translation(english.locale) == young_roma
