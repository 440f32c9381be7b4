"""Which translations of a page a visitor may be sent to, for every place that
lists them: the language switcher and hreflang links, v2's and v3's
`meta.translations`."""

from django.utils import timezone


def visible_translations(page, inclusive=False):
    """Its other-language versions (with itself if `inclusive`) that anyone may
    read: never a draft, a private or restricted page, or one past its expiry
    date that the scheduler has not unpublished yet."""
    return (
        page.get_translations(inclusive=inclusive)
        .live()
        .public()
        .exclude(expire_at__lte=timezone.now())
        .select_related("locale")
    )
