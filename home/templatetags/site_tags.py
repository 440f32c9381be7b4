from django import template
from django.utils import translation

from wagtail.models import Site

from headless import documents
from headless.expiry import unexpired
from home.models import SiteContent, SocialMediaSettings
from languages.content import listing_root
from people.models import participant_counter

register = template.Library()


def once_per_request(context, name, compute):
    """The sidebar, the footer and the home page all show the same figures:
    compute each once per request."""
    request = context.get("request")
    if request is None:
        return compute()
    computed = request.__dict__.setdefault("_site_tags", {})
    if name not in computed:
        computed[name] = compute()
    return computed[name]


@register.simple_tag(takes_context=True)
def site_content(context):
    """In the page's language (a page shown in a fallback language gets the
    sidebar of that language); on other views, in the visitor's."""
    page = context.get("page")
    locale = getattr(page, "locale", None)
    language = locale.language_code if locale is not None else translation.get_language()
    return once_per_request(context, "site_content", lambda: SiteContent.for_language(language))


@register.simple_tag(takes_context=True)
def live_counter(context):
    return once_per_request(context, "counter", participant_counter)


@register.inclusion_tag("home/includes/site_chrome.html", takes_context=True)
def site_chrome(context, mission=True):
    """The sidebar every page carries: mission, calls to action, the live
    participant counter, the terminology box and the social links."""
    return {
        "site_content": site_content(context),
        "show_mission": mission,
        "counter": live_counter(context),
        "social": SocialMediaSettings.load(request_or_site=context.get("request")),
        "request": context.get("request"),
    }


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The site root's published children marked "show in menus", as
    (url, title, is_current) for the main navigation."""
    request = context.get("request")

    def compute():
        if request is None or Site.find_for_request(request) is None:
            return []
        # The home page in the visitor's language (or its fallback's): /fr/ lists "Actualités".
        root = listing_root(request)
        documents.depends_on(documents.children_token(root.path))
        pages = root.get_children().live().public().filter(unexpired()).in_menu().order_by("path")
        return [(page.get_url(request), page.title) for page in pages]

    path = request.path if request else ""
    return [(url, title, path.startswith(url)) for url, title in once_per_request(context, "main_menu", compute)]
