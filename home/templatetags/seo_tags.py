from django import template
from django.utils.html import json_script
from django.utils.safestring import mark_safe

from home import seo

register = template.Library()


@register.inclusion_tag("home/includes/page_meta.html", takes_context=True)
def page_meta(context, page):
    """Canonical URL, Open Graph, Twitter card and JSON-LD for a Wagtail page."""
    request = context["request"]
    page = page.specific
    return {
        "canonical": seo.page_url(page, request),
        "social": seo.social_meta(page, request),
        # json_script escapes <, > and & so no content can close the element;
        # only its type changes here.
        "json_ld": mark_safe(
            json_script(seo.structured_data(page, request)).replace(
                'type="application/json"', 'type="application/ld+json"', 1
            )
        ),
    }
