"""A translation is out of date when its source page has been published since
the strings were last taken from it (wagtail-localize's "Sync translated pages"
takes them again). wagtail-localize records when it last read the source but
shows no such state, so translators would not know to look."""

from django.db.models import Exists, OuterRef

from wagtail.models import Page
from wagtail_localize.models import Translation


def outdated_translations():
    changed_since = Page.objects.filter(
        translation_key=OuterRef("source__object_id"),
        locale=OuterRef("source__locale"),
        last_published_at__gt=OuterRef("source__last_updated_at"),
    )
    return (
        Translation.objects.filter(enabled=True)
        .filter(Exists(changed_since))
        .select_related("source", "source__locale", "target_locale")
        .order_by("pk")
    )


def outdated_translation_of(page):
    """The page's translation record if the page is a translation whose source
    changed since; None otherwise."""
    return outdated_translations().filter(source__object_id=page.translation_key, target_locale=page.locale_id).first()
