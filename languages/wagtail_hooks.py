from django.urls import path, reverse
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.admin import messages

from .outdated import outdated_translation_of
from .views import SyncTranslationsView


@hooks.register("register_admin_urls", order=-1)
def sync_without_publishing():
    """Ahead of wagtail-localize's own URLs, so that its "Sync translated pages" address (the
    name it reverses, wagtail_localize:update_translations) is answered by our view."""
    return [path("localize/update/<int:translation_source_id>/", SyncTranslationsView.as_view())]


@hooks.register("before_edit_page", order=-10)
def warn_outdated_translation(request, page):
    """Before wagtail-localize's translation editor takes over the edit view:
    tell the translator the original moved on, with the button that syncs."""
    if request.method != "GET":
        return
    translation = outdated_translation_of(page)
    if translation is None:
        return
    language = translation.source.locale.get_display_name()
    messages.warning(
        request,
        _("The %(language)s original has changed since this translation was last updated.") % {"language": language},
        buttons=[
            messages.button(
                reverse("wagtail_localize:update_translations", args=[translation.source.pk]),
                _("Sync translated pages"),
            )
        ],
    )
