from django import template

from wagtail.models import Locale

from home.models import SiteContent, SocialMediaSettings
from people.models import participant_counter

register = template.Library()


def site_content_for(context):
    """The site-wide content in the page's language, looked up once per request
    although the sidebar and the footer both show it."""
    request = context.get("request")
    if request is not None and hasattr(request, "site_content"):
        return request.site_content
    page = context.get("page")
    content = SiteContent.for_locale(getattr(page, "locale", None) or Locale.get_default())
    if request is not None:
        request.site_content = content
    return content


@register.inclusion_tag("home/includes/site_chrome.html", takes_context=True)
def site_chrome(context, mission=True):
    """The sidebar every page carries: mission, calls to action, the live
    participant counter, the terminology box and the social links."""
    return {
        "site_content": site_content_for(context),
        "show_mission": mission,
        "counter": participant_counter(),
        "social": SocialMediaSettings.load(request_or_site=context.get("request")),
        "request": context.get("request"),
    }


@register.simple_tag(takes_context=True)
def footer_content(context):
    return site_content_for(context)
