from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponseRedirect
from django.urls import path, reverse
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.admin import messages

from .fallback import language_chain
from .outdated import outdated_translation_of
from .translations import visible_translations
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


@hooks.register("before_serve_page")
def send_to_the_translation(page, request, serve_args, serve_kwargs):
    """A page shown in place of the visitor's language (fallback.py) that has a published
    translation in that language, or in one ahead of its own in the chain: the visitor asked at
    an address the translation does not answer to (its slug differs, or it changed), and is sent
    to the translation rather than told the page is not translated. Not while the translation's
    language has no published home page: its addresses are routed to the fallback, this one."""
    chain = language_chain()
    language = page.locale.language_code
    if language == chain[0] or language not in chain:
        return None
    ahead = chain[: chain.index(language)]
    translations = {
        translation.locale.language_code: translation
        for translation in visible_translations(page).filter(locale__language_code__in=ahead)
    }
    target = next((translations[code] for code in ahead if code in translations), None)
    if target is None or not has_published_home(target):
        return None
    url = target.get_url(request)
    if url is None:
        return None
    url = urlsplit(url).path + sub_route(page, request)
    if url == request.path:
        return None
    query = request.META.get("QUERY_STRING")
    return HttpResponseRedirect(f"{url}?{query}" if query else url)


def has_published_home(page):
    return page.depth <= 2 or page.get_ancestors().filter(depth=2, live=True).exists()


def sub_route(page, request):
    """What the address asked for adds to the page's own (a routable page's `calendar/`)."""
    asked = without_language(request.path)
    own = without_language(urlsplit(page.get_url(request)).path)
    return asked[len(own) :] if asked.startswith(own) else ""


def without_language(address):
    first, _slash, rest = address.lstrip("/").partition("/")
    return rest if first in dict(settings.LANGUAGES) else address.lstrip("/")
