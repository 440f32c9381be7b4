from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.admin import messages

from .outdated import outdated_translation_of


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
