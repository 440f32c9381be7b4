from django import template

from ..catalogue import describe_counts

register = template.Library()


@register.filter
def content_counts(item):
    """What an annotated topic or country holds, in words."""
    return describe_counts(item)
