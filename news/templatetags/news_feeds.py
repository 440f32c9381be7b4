from django import template
from django.utils.translation import gettext as _

from news.feeds import feed_url, scope_name

register = template.Library()

FORMATS = [
    ("rss", "application/rss+xml", "RSS"),
    ("atom", "application/atom+xml", "Atom"),
    ("json", "application/feed+json", "JSON Feed"),
]


def feeds_for(topic=None, country=None):
    name = scope_name(topic=topic, country=country)
    scoped = topic is not None or country is not None
    return {
        "subscribe": subscribe_to(topic, country) if scoped else _("Subscribe"),
        "feeds": [
            {
                "href": feed_url(format, topic=topic, country=country),
                "type": type,
                "label": label,
                "title": _("%(feed)s (%(format)s)") % {"feed": name, "format": label},
            }
            for format, type, label in FORMATS
        ],
    }


def subscribe_to(topic=None, country=None):
    if topic is not None:
        return _("Subscribe to news about %(topic)s") % {"topic": topic.local_name}
    return _("Subscribe to news from %(country)s") % {"country": country.name}


@register.inclusion_tag("news/includes/feed_links.html")
def news_feed_links(topic=None, country=None):
    """The <link rel="alternate"> tags announcing the news feeds of a scope:
    all news, one topic or one country."""
    return feeds_for(topic=topic, country=country)


@register.inclusion_tag("news/includes/feed_subscribe.html")
def news_feed_subscribe(topic=None, country=None):
    """A visible "Subscribe: RSS · Atom · JSON Feed" line for the same scopes."""
    return feeds_for(topic=topic, country=country)
