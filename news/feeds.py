"""News feeds in RSS 2.0, Atom 1.0 and JSON Feed 1.1, for all news, one topic
or one country. The three formats share one Feed class; only the generator
differs."""

import datetime
import json
import mimetypes
from dataclasses import dataclass

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed, SyndicationFeed, rfc3339_date
from django.utils.html import escape
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from headless import documents
from headless.caching import without_last_modified
from languages.content import listing_locale, section_index
from operations.addresses import absolute_url
from people.models import Person
from taxonomy.models import Country, Topic

from .models import NewsIndexPage, NewsItemPage

FEED_LENGTH = 20
FEED_IMAGE_FILTER = "width-1200"


class JSONFeed(SyndicationFeed):
    """JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) from the same
    fields Django hands the RSS and Atom generators."""

    content_type = "application/feed+json; charset=utf-8"

    def write(self, outfile, encoding):
        outfile.write(json.dumps(self.as_dict(), ensure_ascii=False, indent=2))

    def as_dict(self):
        feed = {
            "version": "https://jsonfeed.org/version/1.1",
            "title": self.feed["title"],
            "home_page_url": self.feed["link"],
            "feed_url": self.feed["feed_url"],
            "description": self.feed["description"],
            "language": self.feed["language"],
        }
        if self.feed["author_name"]:
            feed["authors"] = [self.author(self.feed["author_name"], self.feed["author_link"])]
        feed["items"] = [self.item_dict(item) for item in self.items]
        return {key: value for key, value in feed.items() if value is not None}

    def item_dict(self, item):
        entry = {
            "id": item["unique_id"] or item["link"],
            "url": item["link"],
            "title": item["title"],
            "content_text": item.get("content_text") or item["description"],
            "date_published": item["pubdate"] and rfc3339_date(item["pubdate"]),
            "date_modified": item["updateddate"] and rfc3339_date(item["updateddate"]),
        }
        if item["enclosures"]:
            entry["image"] = item["enclosures"][0].url
        if item["author_name"]:
            entry["authors"] = [self.author(item["author_name"], item["author_link"])]
        if item["categories"]:
            entry["tags"] = list(item["categories"])
        return {key: value for key, value in entry.items() if value}

    @staticmethod
    def author(name, url):
        return {"name": name, "url": url} if url else {"name": name}


FEED_TYPES = {"rss": Rss201rev2Feed, "atom": Atom1Feed, "json": JSONFeed}


@dataclass
class Entry:
    """One item with everything its feed entry needs, worked out while the
    request is at hand (Feed's item_* hooks only receive the item)."""

    title: str
    teaser: str
    date: datetime.date
    updated: datetime.datetime | None
    link: str
    author: str | None
    categories: list[str]
    image: Enclosure | None


@dataclass
class Scope:
    """One feed: its title, description and link, and the items it carries."""

    title: str
    description: str
    link: str
    items: QuerySet
    request: HttpRequest

    def entries(self):
        """The latest items' entries, with their topics, speakers and images' renditions."""
        items = self.items.prefetch_related("topics", "lead_image__renditions", for_specific_subqueries=True)
        pages = list(items[:FEED_LENGTH])
        # Only interviews have a speaker, so it cannot be joined in the
        # stream's subqueries: fetch them all in one query instead.
        speaker_ids = {getattr(page, "speaker_id", None) for page in pages} - {None}
        speakers = Person.objects.in_bulk(speaker_ids) if speaker_ids else {}
        return [
            Entry(
                title=page.title,
                teaser=page.teaser,
                date=page.date,
                updated=page.last_published_at,
                link=absolute_url(page.get_url(self.request)),
                author=speakers[page.speaker_id].name if getattr(page, "speaker_id", None) in speakers else None,
                categories=[topic.local_name for topic in page.topics.all()],
                image=self.enclosure(page),
            )
            for page in pages
        ]

    def enclosure(self, page):
        if not page.lead_image:
            return None
        rendition = page.lead_image.get_rendition(FEED_IMAGE_FILTER)
        mime_type = mimetypes.guess_type(rendition.file.name)[0] or "application/octet-stream"
        # Length 0 is what the RSS Board's profile asks for when the size is
        # not known: asking the storage for it would cost a request per image.
        return Enclosure(absolute_url(rendition.url), "0", mime_type)


def news_index_url(request, **query):
    index = section_index(NewsIndexPage, listing_locale(request))
    url = absolute_url(index.get_url(request) if index else "/")
    return f"{url}?{urlencode(query)}" if query else url


def site_name():
    # The name is in the catalogue (base.html's title), so it reads in the feed's language.
    return _(settings.WAGTAIL_SITE_NAME)


def scope_name(topic=None, country=None):
    if topic is not None:
        return _("News about %(topic)s") % {"topic": topic.local_name}
    if country is not None:
        return _("News from %(country)s") % {"country": country.name}
    return _("News")


def live_items(request):
    # One feed per language: /fr/feeds/news.rss carries the French items. The stream
    # leaves out items past their expiry date before publish_scheduled unpublishes
    # them: a feed reader would keep one for good.
    documents.depends_on(documents.type_token(NewsItemPage))
    return NewsItemPage.objects.stream().filter(locale=listing_locale(request))


def all_news_scope(request):
    return Scope(
        title=f"{scope_name()} · {site_name()}",
        description=_("The latest news and interviews from the %(site)s.") % {"site": site_name()},
        link=news_index_url(request),
        items=live_items(request),
        request=request,
    )


def topic_scope(request, slug):
    topic = get_object_or_404(Topic.objects.in_default_locale(), slug=slug)
    return Scope(
        title=f"{scope_name(topic=topic)} · {site_name()}",
        description=_("The latest news and interviews about %(topic)s from the %(site)s.")
        % {"topic": topic.local_name, "site": site_name()},
        link=news_index_url(request, topic=topic.slug),
        items=live_items(request).filter(topics=topic),
        request=request,
    )


def country_scope(request, code):
    country = Country.objects.filter(code=code.upper()).order_by("pk").first()
    if country is None:
        raise Http404("No country has this code.")
    return Scope(
        title=f"{scope_name(country=country)} · {site_name()}",
        description=_("The latest news and interviews about %(country)s from the %(site)s.")
        % {"country": country.name, "site": site_name()},
        link=news_index_url(request, country=country.code),
        items=live_items(request).filter(countries__code=country.code),
        request=request,
    )


class NewsFeed(Feed):
    def __init__(self, feed_type):
        self.feed_type = feed_type

    def get_object(self, request, slug=None, code=None):
        if slug is not None:
            return topic_scope(request, slug)
        if code is not None:
            return country_scope(request, code)
        return all_news_scope(request)

    def title(self, scope):
        return scope.title

    def description(self, scope):
        return scope.description

    def link(self, scope):
        return scope.link

    def feed_url(self, scope):
        # Django's default is the path on the host the feed was asked by.
        return absolute_url(scope.request.path)

    def author_name(self):
        return site_name()

    def items(self, scope):
        return scope.entries()

    def item_title(self, entry):
        return entry.title

    def item_description(self, entry):
        # RSS descriptions and Atom summaries are HTML; the teaser is plain text.
        return escape(entry.teaser)

    def item_extra_kwargs(self, entry):
        return {"content_text": entry.teaser}

    def item_link(self, entry):
        return entry.link

    def item_guid(self, entry):
        return entry.link

    def item_guid_is_permalink(self, entry):
        return True

    def item_pubdate(self, entry):
        # `date` is the day the item was written, with no time. Midnight UTC
        # keeps that day in every member state's time zone (all are UTC or
        # east of it, the Azores aside) and still falls within the day in
        # Strasbourg; midnight in Paris would show as the day before in
        # Lisbon, Dublin and London.
        return datetime.datetime.combine(entry.date, datetime.time.min, tzinfo=datetime.UTC)

    def item_updateddate(self, entry):
        return entry.updated

    def item_author_name(self, entry):
        return entry.author

    def item_categories(self, entry):
        return entry.categories

    def item_enclosures(self, entry):
        return [entry.image] if entry.image else []


news_feeds = {name: NewsFeed(feed_type) for name, feed_type in FEED_TYPES.items()}


@without_last_modified
def news_feed(request, format, **scope):
    response = news_feeds[format](request, **scope)
    # The generators write the feed element by element into the response, and the WSGI
    # server sent each piece on its own: 777 writes to the socket for an RSS feed of 20 items,
    # a third of its time. One piece is one write.
    response.content = response.content
    return response


def feed_url(format, topic=None, country=None):
    if topic is not None:
        return reverse("news-topic-feed", kwargs={"slug": topic.slug, "format": format})
    if country is not None:
        return reverse("news-country-feed", kwargs={"code": country.code, "format": format})
    return reverse("news-feed", kwargs={"format": format})
