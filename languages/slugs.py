"""A translated page's slug comes from its translated title, unless a translator sets one.

Kept as the translation of the slug segment, written whenever the title's translation is saved,
rather than worked out when the page is saved: the translation editor then shows the slug beside
the others, a translator can change it there, and "Publish" no longer reports it as missing. A
slug the translator typed (or brought in a PO file) is theirs, and the title no longer moves it;
one this module wrote follows the title, also on a published page, whose old address then
redirects to the new (wagtail.contrib.redirects, on the slug's change)."""

from django.utils.text import slugify

from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, TranslationContext

# How the translation editor credits a slug made here: "Translated with the translated title on …".
FROM_TITLE = "the translated title"


def title_slug(title):
    # Elided words ("l’Alliance") stay apart: slugify would run them together.
    return slugify(title.replace("’", " ").replace("'", " "))


def is_page(translatable_object):
    model = translatable_object.content_type.model_class()
    return model is not None and issubclass(model, Page)


def slug_segment(object_id):
    """The slug's context and segment for the translatable object `object_id`, or (None, None)."""
    context = TranslationContext.objects.filter(object_id=object_id, path="slug").first()
    segment = StringSegment.objects.filter(context=context).first() if context is not None else None
    return (context, segment) if segment is not None else (None, None)


def follow_title(title_translation):
    """Gives the page's slug segment the slugified `title_translation`, unless a translator set
    the slug. Returns whether the slug's translation changed."""
    context, segment = slug_segment(title_translation.context.object_id)
    if segment is None:
        return False
    slug = title_slug(title_translation.data)
    existing = StringTranslation.objects.filter(
        translation_of_id=segment.string_id, locale_id=title_translation.locale_id, context=context
    ).first()
    if not slug or (existing is not None and (existing.tool_name != FROM_TITLE or existing.data == slug)):
        return False
    StringTranslation.objects.update_or_create(
        translation_of_id=segment.string_id,
        locale_id=title_translation.locale_id,
        context=context,
        defaults={
            "data": slug,
            "translation_type": StringTranslation.TRANSLATION_TYPE_MACHINE,
            "tool_name": FROM_TITLE,
            "last_translated_by": None,
            "has_error": False,
            "field_error": "",
        },
    )
    return True


def slug_from_title(source, locale):
    """For a page's TranslationSource: its slug in `locale` follows its title's translation there,
    if there is one. Returns whether the slug's translation changed."""
    title = StringTranslation.objects.filter(
        locale=locale,
        context__object_id=source.object_id,
        context__path="title",
        translation_of__in=StringSegment.objects.filter(source=source).values("string"),
    ).first()
    return title is not None and follow_title(title)


def title_translation_saved(sender, instance, raw=False, **kwargs):
    context = instance.context
    if raw or context is None or context.path != "title" or not is_page(context.object):
        return
    follow_title(instance)


def title_translation_deleted(sender, instance, **kwargs):
    """Without its title's translation, the page takes its original's slug again, as it takes
    its title."""
    context = instance.context
    if context is None or context.path != "title":
        return
    StringTranslation.objects.filter(
        locale_id=instance.locale_id,
        context__object_id=context.object_id,
        context__path="slug",
        tool_name=FROM_TITLE,
    ).delete()


def connect():
    from django.db.models.signals import post_delete, post_save

    post_save.connect(title_translation_saved, sender=StringTranslation, dispatch_uid="languages.slug_from_title")
    post_delete.connect(title_translation_deleted, sender=StringTranslation, dispatch_uid="languages.slug_unfollowed")
