"""A translation is a draft until someone publishes it, and a draft is never what visitors see.

wagtail-localize saves a translated page by writing the page's row, then a revision. For a page
that already exists that is no place for a draft: the row holds what visitors read of a live page,
and the address of any page (a new slug moves it at once, and leaves a redirect to it). So a
translation that exists is saved as a draft the way Wagtail's own editor saves one, as a revision
alone; its row changes when the revision is published.

Above a page being translated, Wagtail copies each page that has no translation yet as an alias of
its original: a live page, in the original's language, that every publication of the original
publishes again. Each such copy becomes a draft translation of its original instead."""

from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.utils.text import slugify

from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.coreutils import find_available_slug
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationLog, TranslationSource

_create_or_update_translation = TranslationSource.create_or_update_translation


def create_or_update_translation(self, locale, user=None, publish=True, copy_parent_pages=False, fallback=False):
    if not publish:
        target = existing_page_translation(self, locale)
        if target is not None:
            return save_draft(self, locale, user, fallback), False
    return _create_or_update_translation(
        self, locale, user=user, publish=publish, copy_parent_pages=copy_parent_pages, fallback=fallback
    )


def existing_page_translation(source, locale):
    """The page translating `source` into `locale`, unless there is none yet or it is still an
    alias (wagtail-localize's own save turns an alias into a page)."""
    model = source.specific_content_type.model_class()
    if model is None or not issubclass(model, Page):
        return None
    try:
        target = source.get_translated_instance(locale)
    except ObjectDoesNotExist:
        return None
    return None if target.alias_of_id else target


def save_draft(source, locale, user, fallback):
    draft = source.get_ephemeral_translated_instance(locale, fallback=fallback)
    # The slug made valid as wagtail-localize makes it when it writes the row.
    draft.slug = find_available_slug(draft.get_parent(), slugify(draft.slug), ignore_page_id=draft.pk)
    with transaction.atomic():
        revision = draft.save_revision(user=user)
        source.update_target_view_restrictions(locale)
    # What wagtail-localize records of every save, read by the demo loader among others.
    TranslationLog.objects.create(source=source, locale=locale, revision=revision)
    return draft


def copied_parent_is_a_draft(sender, source_obj, target_obj, **kwargs):
    """copy_for_translation_done: an alias made in another language for a parent that had no
    translation becomes a draft page, which wagtail-localize's translation editor opens as a
    translation of that parent. Changed in place and keeping its slug: the page being translated
    is created under this very object next."""
    if target_obj.alias_of_id is None or target_obj.locale_id == source_obj.locale_id:
        return
    target_obj.live = False
    target_obj.has_unpublished_changes = True
    target_obj.save(update_fields=["live", "has_unpublished_changes"], clean=False)
    ConvertAliasPageAction(target_obj).execute(skip_permission_checks=True)
    source, _ = TranslationSource.get_or_create_from_instance(source_obj.specific)
    Translation.objects.get_or_create(source=source, target_locale_id=target_obj.locale_id)


def install():
    from wagtail.actions.copy_for_translation import CopyPageForTranslationAction
    from wagtail.signals import copy_for_translation_done

    # Every way wagtail-localize saves a translation (its views, its TranslationCreator, the demo
    # loader) ends in this method, and it offers no hook before the row is written.
    TranslationSource.create_or_update_translation = create_or_update_translation
    copy_for_translation_done.connect(
        copied_parent_is_a_draft,
        sender=CopyPageForTranslationAction,
        dispatch_uid="languages.copied_parent_is_a_draft",
    )
