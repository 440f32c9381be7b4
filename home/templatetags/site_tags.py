from django import template

from wagtail.models import Locale

from home.models import SiteContent, SocialMediaSettings
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
    page = context.get("page")
    locale = getattr(page, "locale", None) or Locale.get_default()
    return once_per_request(context, "site_content", lambda: SiteContent.for_locale(locale))


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
