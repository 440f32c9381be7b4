from django import template

from wagtail.models import Locale

from home.models import SiteContent, SocialMediaSettings
from people.models import participant_counter

register = template.Library()


@register.inclusion_tag("home/includes/site_chrome.html", takes_context=True)
def site_chrome(context, mission=True):
    """The sidebar every page carries: mission, calls to action, the live
    participant counter, the terminology box and the social links."""
    page = context.get("page")
    locale = getattr(page, "locale", None) or Locale.get_default()
    return {
        "site_content": SiteContent.for_locale(locale),
        "show_mission": mission,
        "counter": participant_counter(),
        "social": SocialMediaSettings.load(request_or_site=context.get("request")),
        "request": context.get("request"),
    }


@register.simple_tag(takes_context=True)
def footer_content(context):
    page = context.get("page")
    return SiteContent.for_locale(getattr(page, "locale", None) or Locale.get_default())
