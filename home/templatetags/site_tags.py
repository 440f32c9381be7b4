from django import template
from django.db.models import F, Q
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
def site_chrome(context, mission=True, counter=True):
    """The sidebar every page carries: mission, calls to action, the live
    participant counter, the terminology box and the social links. The home
    page, which leads with the mission and the counter, leaves those out."""
    return {
        "site_content": site_content(context),
        "show_mission": mission,
        "counter": live_counter(context) if counter else None,
        "social": SocialMediaSettings.load(request_or_site=context.get("request")),
        "request": context.get("request"),
    }


def home_children(context):
    """The home page's published children that the header and the footer link, as (url, title,
    in the menu, an information page): read in one query for both."""
    request = context.get("request")

    def compute():
        if request is None or Site.find_for_request(request) is None:
            return []
        # The home page in the visitor's language (or its fallback's): /fr/ lists "Actualités".
        root = listing_root(request)
        documents.depends_on(documents.children_token(root.path))
        pages = (
            root.get_children()
            .live()
            .public()
            .filter(unexpired())
            .filter(Q(show_in_menus=True) | Q(informationpage__isnull=False))
            .annotate(information=F("informationpage"))
            .order_by("path")
        )
        return [
            (page.get_url(request), page.title, page.show_in_menus, page.information is not None) for page in pages
        ]

    return once_per_request(context, "home_children", compute)


def marked_current(context, links):
    request = context.get("request")
    path = request.path if request else ""
    return [(url, title, path.startswith(url)) for url, title in links]


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The site root's published children marked "show in menus", as
    (url, title, is_current) for the main navigation."""
    return marked_current(context, [(url, title) for url, title, in_menu, _ in home_children(context) if in_menu])


@register.simple_tag(takes_context=True)
def footer_links(context):
    """The information pages under the home page that the main menu does not show (the
    privacy notice, the legal notice, the accessibility statement), as (url, title,
    is_current)."""
    return marked_current(
        context,
        [(url, title) for url, title, in_menu, information in home_children(context) if information and not in_menu],
    )
