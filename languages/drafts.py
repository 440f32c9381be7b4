"""A translation is a draft until someone publishes it (WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE
is off), and a parent copied for it is no live page either.

Above a page being translated, Wagtail copies each page that has no translation yet as an alias of
its original: a live page, in the original's language, that every publication of the original
publishes again. Each such copy becomes a draft translation of its original instead."""

from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail_localize.models import Translation, TranslationSource


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


def connect():
    from wagtail.actions.copy_for_translation import CopyPageForTranslationAction
    from wagtail.signals import copy_for_translation_done

    copy_for_translation_done.connect(
        copied_parent_is_a_draft,
        sender=CopyPageForTranslationAction,
        dispatch_uid="languages.copied_parent_is_a_draft",
    )
