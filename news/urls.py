from django.urls import path, register_converter

from headless.documents import stored

from .feeds import news_feed


class FeedFormatConverter:
    regex = "rss|atom|json"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


class CountryCodeConverter:
    regex = "[A-Za-z]{2}"

    def to_python(self, value):
        return value.upper()

    def to_url(self, value):
        return value.lower()


class TopicSlugConverter:
    """Topic slugs as taggit stores them, which may hold any letter (santé)."""

    regex = r"[-\w]+"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(FeedFormatConverter, "feed_format")
register_converter(TopicSlugConverter, "topic_slug")
register_converter(CountryCodeConverter, "country_code")

urlpatterns = [
    path("feeds/news.<feed_format:format>", stored(news_feed), name="news-feed"),
    # Not stored: every news item's change would have the worker render each topic's and
    # country's feeds in every format and language again, hundreds for few readers.
    path("feeds/news/topic/<topic_slug:slug>.<feed_format:format>", news_feed, name="news-topic-feed"),
    path("feeds/news/country/<country_code:code>.<feed_format:format>", news_feed, name="news-country-feed"),
]
