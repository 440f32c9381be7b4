"""A translation is a draft until it is published, goes to the moderators like any page, and
never shows a visitor anything before that: not when it is made, not while translated, not when
its original changes and the translators sync it."""

import pytest

from django.core.management import call_command
from django.urls import reverse

from wagtail.models import Page, TaskState, WorkflowState
from wagtail_localize.models import Translation

from editorial.roles import MODERATION_WORKFLOW
from tests.users import logged_in, user_in

from .test_translation_flow import FRENCH, publish_translation, submit_for_translation

FRENCH_TITLE = FRENCH["Housing for Roma families in Tivat"]


@pytest.fixture
def translator(django_user_model):
    return user_in(django_user_model, "traductrice", "Translators (French)")


@pytest.fixture
def moderator(django_user_model):
    return user_in(django_user_model, "moderatrice", "Moderators")


def submit_to_moderators(client, page):
    """What a translator without the right to publish does in the translation editor: follows
    its "Submit to the moderators" button, and confirms."""
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    submit_url = reverse("editorial_submit_translation", args=[page.pk])
    assert f'href="{submit_url}"' in editor.text
    assert "Soumettre aux modérateurs" in client.get(submit_url).text  # a translator's editor is in French
    response = client.post(submit_url)
    assert response.status_code == 302, response.content[:500]


def test_a_new_translation_is_a_draft(draft, english_news):
    assert english_news.live
    assert not draft.live
    assert draft.has_unpublished_changes
    assert draft.first_published_at is None


@pytest.mark.usefixtures("caching")  # caches off, and on Redis as production runs
def test_a_draft_translation_reaches_no_visitor(draft, english_news, french, visitor, translator):
    # The translator saves the translated texts into a draft and submits it: the draft holds them.
    submit_to_moderators(logged_in(translator), draft)
    draft.refresh_from_db()
    assert draft.get_latest_revision_as_object().title == FRENCH_TITLE
    call_command("update_index", verbosity=0)

    for url in [
        "/fr/",
        "/fr/news/",
        "/fr/feeds/news.rss",
        "/fr/feeds/news.atom",
        "/fr/feeds/news.json",
        "/fr/search/?q=Tivat",
        "/fr/search/?q=logement",
        "/sitemap.xml",
        "/api/v2/pages/?locale=fr",
        f"/api/v2/pages/?translation_of={english_news.pk}",
        "/api/v3/pages/?locale=fr",
        f"/api/v3/pages/?translation_of={english_news.pk}",
        f"/api/v2/pages/{english_news.pk}/",
        f"/api/v3/pages/{english_news.pk}/",
        "/api/v3/redirects/",
        english_news.url,
    ]:
        response = visitor.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        assert FRENCH_TITLE not in body and "Le logement" not in body, url
        assert f"/fr/news/{draft.slug}/" not in body and f"/fr/news/{english_news.slug}/" not in body, url
        if url.startswith("/fr/"):
            assert "Housing for Roma families in Tivat" not in body, url
        if url.startswith("/api/") and "items" in response.json():
            assert draft.pk not in [item.get("id") for item in response.json()["items"]], url
            assert draft.pk not in [item.get("redirect_page_id") for item in response.json()["items"]], url
    assert visitor.get(f"/api/v2/pages/{draft.pk}/").status_code == 404
    assert visitor.get(f"/api/v3/pages/{draft.pk}/").status_code == 404
    assert visitor.get("/fr/news/le-logement-des-familles-roms-a-tivat/").status_code == 404
    # At the original's address in French, the English original stands in, and says so.
    fallback = visitor.get(f"/fr/news/{english_news.slug}/")
    assert fallback.status_code == 200
    assert "Housing for Roma families in Tivat" in fallback.text and "Le logement" not in fallback.text
    assert "Cette page n’a pas encore été traduite" in fallback.text


def test_a_translation_goes_to_the_moderators_who_publish_it(draft, translator, moderator, visitor):
    translator_client = logged_in(translator)
    assert not draft.permissions_for_user(translator).can_publish()
    assert draft.get_workflow().name == MODERATION_WORKFLOW

    submit_to_moderators(translator_client, draft)

    state = WorkflowState.objects.get(object_id=str(draft.pk), base_content_type__isnull=False)
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == translator
    draft.refresh_from_db()
    assert not draft.live, "submitting publishes nothing"
    editor = translator_client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk])).text
    assert "Cette traduction est en attente de modération." in editor

    moderator_client = logged_in(moderator)
    assert "Awaiting your review" in moderator_client.get("/admin/").text
    task_state = state.current_task_state
    response = moderator_client.post(
        f"/admin/pages/workflow/action/{draft.pk}/approve/{task_state.pk}/", {"comment": ""}
    )
    assert response.status_code in (200, 302)
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_APPROVED
    french = Page.objects.get(pk=draft.pk).specific
    assert french.live and french.title == FRENCH_TITLE
    assert FRENCH_TITLE in visitor.get(french.url).text


def test_a_translation_sent_back_is_submitted_again(draft, translator, moderator):
    translator_client = logged_in(translator)
    submit_to_moderators(translator_client, draft)
    state = WorkflowState.objects.get(object_id=str(draft.pk), base_content_type__isnull=False)
    logged_in(moderator).post(
        f"/admin/pages/workflow/action/{draft.pk}/reject/{state.current_task_state.pk}/",
        {"comment": "« Logement » plutôt."},
    )
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES

    editor = translator_client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk])).text
    assert "Les modérateurs ont demandé des modifications" in editor
    submit_to_moderators(translator_client, draft)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert not Page.objects.get(pk=draft.pk).live


@pytest.fixture
def original_changed(admin_client, draft, english_news, french, django_capture_on_commit_callbacks):
    """The translation published, then a new English teaser: the French page and its
    translation record."""
    french_page = publish_translation(admin_client, english_news, french, django_capture_on_commit_callbacks)
    english_news.teaser = "Tivat builds twenty-five homes with Roma families."
    english_news.save_revision().publish()
    translation = Translation.objects.get(source__object_id=english_news.translation_key, target_locale=french)
    return french_page, translation


def test_sync_leaves_the_live_translation_as_it_was(
    admin_client, original_changed, visitor, django_capture_on_commit_callbacks
):
    french_page, translation = original_changed
    sync_url = reverse("wagtail_localize:update_translations", args=[translation.source.pk])

    # The sync form offers no "Publish immediately"; one posted anyway publishes nothing.
    assert 'name="publish_translations"' not in admin_client.get(sync_url).text
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(sync_url, {"publish_translations": "on"})
    assert response.status_code == 302

    page = visitor.get(french_page.url).text
    assert "twenty-five" not in page
    assert FRENCH["Tivat builds twenty homes with Roma families."] in page
    french_page.refresh_from_db()
    assert not french_page.has_unpublished_changes
    # The new text waits in the translation editor.
    translation.source.refresh_from_db()
    assert "Tivat builds twenty-five homes with Roma families." in [
        segment.string.data for segment in translation.source.stringsegment_set.select_related("string")
    ]


@pytest.mark.xfail(
    strict=True,
    reason="wagtail-localize writes a translation's page row when it saves it as a draft, and offers "
    "no extension point before it does; replacing its method at run time is not done here (issue 21)",
)
def test_a_draft_of_a_live_translation_leaves_its_live_content(
    original_changed, visitor, django_capture_on_commit_callbacks
):
    """However wagtail-localize is asked to save a translation as a draft (here, as the
    "Translate" form does for a page already translated), the live page stays as published."""
    french_page, translation = original_changed
    translation.source.update_from_db()

    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=False)

    french_page.refresh_from_db()
    assert french_page.live and french_page.teaser == FRENCH["Tivat builds twenty homes with Roma families."]
    assert french_page.has_unpublished_changes
    assert french_page.get_latest_revision_as_object().teaser == "Tivat builds twenty-five homes with Roma families."
    assert "twenty-five" not in visitor.get(french_page.url).text


def test_a_parent_without_translation_is_made_a_draft_not_a_live_copy(
    admin_client, home_page, english_news, french, visitor, django_capture_on_commit_callbacks
):
    submit_for_translation(admin_client, home_page, french)
    publish_translation(admin_client, home_page, french, django_capture_on_commit_callbacks)
    english_index = english_news.get_parent()

    # The news item is translated before its index: Wagtail copies the index into French.
    with django_capture_on_commit_callbacks(execute=True):
        submit_for_translation(admin_client, english_news, french)

    french_index = english_index.get_translation(french)
    assert french_index.alias_of_id is None
    assert not french_index.live
    assert Translation.objects.filter(source__object_id=english_index.translation_key, target_locale=french).exists()
    # Publishing the English index again (which republishes its aliases) leaves it a draft.
    english_index.specific.save_revision().publish()
    french_index.refresh_from_db()
    assert not french_index.live
    # Its address shows the English index, as for any page not translated yet.
    response = visitor.get("/fr/news/")
    assert "Cette page n’a pas encore été traduite" in response.text
