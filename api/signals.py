"""Keep the change feed's tombstones: a page that stops being public leaves one,
a page published again takes its own away."""

from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import PageTombstone, TombstoneReason


def bury(page, reason):
    specific_class = page.specific_class or type(page)
    try:
        html_url = page.get_full_url() or ""
    except Exception:  # a page whose site is being deleted with it has no URL left to give
        html_url = ""
    PageTombstone.objects.update_or_create(
        page_id=page.pk,
        defaults={
            "page_type": f"{specific_class._meta.app_label}.{specific_class.__name__}",
            "locale": page.locale.language_code if page.locale_id else "",
            "url_path": page.url_path,
            "html_url": html_url,
            "reason": reason,
            "at": timezone.now(),
        },
    )


def was_public(page):
    """Only pages a mirror could have held get a tombstone: a draft or a private
    page never left the site, and its tombstone would reveal it."""
    # first_published_at read from the table: the instance at hand may predate its publication
    published = Page.objects.filter(pk=page.pk, first_published_at__isnull=False).exists()
    return published and not page.get_view_restrictions().exists()


@receiver(page_unpublished)
def unpublished(sender, instance, **kwargs):
    if was_public(instance):
        bury(instance, TombstoneReason.UNPUBLISHED)


@receiver(pre_delete, sender=Page)
def deleting(sender, instance, **kwargs):
    # Asked before the deletion, while the view restrictions and the row are there to ask.
    instance.was_public_before_deletion = was_public(instance)


@receiver(post_delete, sender=Page)
def deleted(sender, instance, **kwargs):
    # After Wagtail's own pre_delete handler, which unpublishes the page (and so
    # leaves an "unpublished" tombstone this one replaces).
    if getattr(instance, "was_public_before_deletion", False):
        bury(instance, TombstoneReason.DELETED)


@receiver(post_save, sender=PageViewRestriction)
def made_private(sender, instance, created, raw=False, **kwargs):
    # raw: rows copied as they were (loaddata, a restore), tombstones included, and perhaps
    # before the pages they protect.
    if not created or raw:
        return
    # Pages already inside another private section were never public.
    elsewhere = tuple(PageViewRestriction.objects.exclude(pk=instance.pk).values_list("page__path", flat=True))
    for page in Page.objects.descendant_of(instance.page, inclusive=True).live().select_related("locale"):
        if page.first_published_at and not (elsewhere and page.path.startswith(elsewhere)):
            bury(page, TombstoneReason.MADE_PRIVATE)


def in_private_section(page):
    return PageViewRestriction.objects.filter(page__in=page.get_ancestors(inclusive=True)).exists()


@receiver(post_page_move)
def moved(sender, instance, parent_page_before, parent_page_after, **kwargs):
    """Moved into a private section, the page and the pages under it stop being public; moved
    out of one, they are public again and take their tombstones away."""
    before, after = in_private_section(parent_page_before), in_private_section(parent_page_after)
    if before == after:
        return
    # Pages under a restriction of their own, which moved with them, were never public.
    inner = tuple(
        PageViewRestriction.objects.filter(page__path__startswith=instance.path).values_list("page__path", flat=True)
    )
    pages = [
        page
        for page in Page.objects.descendant_of(instance, inclusive=True).live().select_related("locale")
        if page.first_published_at and not (inner and page.path.startswith(inner))
    ]
    if after:
        for page in pages:
            bury(page, TombstoneReason.MADE_PRIVATE)
    else:
        PageTombstone.objects.filter(page_id__in=[page.pk for page in pages]).delete()


@receiver(page_published)
def published(sender, instance, **kwargs):
    PageTombstone.objects.filter(page_id=instance.pk).delete()
