"""What the site search finds and how one result is shown: the page types a
visitor can narrow to, the pages that may appear at all, and the highlighting
of the words searched for."""

import datetime
import re
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page, Site

from events.models import EventPage
from headless.expiry import expired_ids
from languages.content import listing_root
from news.models import InterviewPage, NewsItemPage, NewsPage
from operations.addresses import absolute_url
from people.models import ParticipantPage

SNIPPET_LENGTH = 300


@dataclass(frozen=True)
class ResultType:
    slug: str
    label: str
    models: tuple = ()
    date_field: str = ""
    date_prefix: str = ""

    def content_type_ids(self):
        # ContentType caches its lookups per process: no query after the first.
        return [ct.pk for ct in ContentType.objects.get_for_models(*self.models).values()]


# Every page whose type is not listed here (index pages, form pages, the home
# page) is an "other page".
RESULT_TYPES = (
    ResultType("news", _("News"), (NewsPage,), "date"),
    ResultType("interview", _("Interviews and statements"), (InterviewPage,), "date"),
    ResultType("event", _("Events"), (EventPage,), "start_date"),
    ResultType("participant", _("Participants"), (ParticipantPage,), "date_joined", _("joined")),
)
OTHER_PAGES = ResultType("page", _("Other pages"))
ALL_TYPES = (*RESULT_TYPES, OTHER_PAGES)
TYPES_BY_SLUG = {result_type.slug: result_type for result_type in ALL_TYPES}


def result_type_of(page):
    for result_type in RESULT_TYPES:
        if isinstance(page, result_type.models):
            return result_type
    return OTHER_PAGES


def listed_content_type_ids():
    return [pk for result_type in RESULT_TYPES for pk in result_type.content_type_ids()]


def of_type(pages, slug):
    if slug == OTHER_PAGES.slug:
        return pages.exclude(content_type_id__in=listed_content_type_ids())
    return pages.filter(content_type_id__in=TYPES_BY_SLUG[slug].content_type_ids())


def counts_by_type(facet):
    """Turns the backend's {content type id: count} facet into {type slug: count}."""
    slug_by_content_type = {
        pk: result_type.slug for result_type in RESULT_TYPES for pk in result_type.content_type_ids()
    }
    counts = dict.fromkeys(TYPES_BY_SLUG, 0)
    for content_type_id, count in facet.items():
        counts[slug_by_content_type.get(content_type_id, OTHER_PAGES.slug)] += count
    return counts


def searchable_pages(request, topic="", country=""):
    """Published, public pages of the request's site, narrowed to a topic slug
    and a country code. Filters are `pk__in` subqueries on the page id, a field
    every search backend can filter on, so the result stays one SQL query
    whatever the number of pages having that topic or country."""
    site = Site.find_for_request(request)
    if site is None:
        return Page.objects.none()
    root = listing_root(request)
    # A page past its expiry date stays live until `publish_scheduled` runs: left out here.
    # Each language searches its own tree: the site's home page in that language and below.
    pages = Page.objects.live().public().descendant_of(root, inclusive=True).exclude(pk__in=expired_ids())
    if topic:
        pages = pages.filter(
            Q(pk__in=NewsItemPage.objects.filter(topics__slug=topic).values("pk"))
            | Q(pk__in=EventPage.objects.filter(topics__slug=topic).values("pk"))
            | Q(pk__in=ParticipantPage.objects.filter(topics__slug=topic).values("pk"))
        )
    if country:
        pages = pages.filter(
            Q(pk__in=NewsItemPage.objects.filter(countries__code=country).values("pk"))
            | Q(pk__in=EventPage.objects.filter(Q(country__code=country) | Q(countries__code=country)).values("pk"))
            | Q(pk__in=ParticipantPage.objects.filter(country__code=country).values("pk"))
        )
    return pages


WORD = re.compile(r"\w+")
# A light stemmer for highlighting only, so that "seminars" also marks
# "Seminar" as PostgreSQL's English stemming matches it.
SUFFIXES = ("ing", "es", "ed", "s")


def query_words(query):
    """The words of a search, lower-cased and each once. Punctuation is dropped
    so that no character can reach a full-text query syntax."""
    return list(dict.fromkeys(word.lower() for word in WORD.findall(query)))


def stem(word):
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


class Highlighter:
    """Escapes a text and wraps the words searched for in <mark>."""

    def __init__(self, words):
        stems = sorted({stem(word) for word in words if len(word) > 1}, key=len, reverse=True)
        alternatives = "|".join(re.escape(s) for s in stems)
        self.pattern = re.compile(rf"\b(?:{alternatives})\w*", re.IGNORECASE) if stems else None

    def __call__(self, text) -> SafeString:
        if self.pattern is None:
            return escape(text)
        parts, start = [], 0
        for match in self.pattern.finditer(text):
            parts.append(escape(text[start : match.start()]))
            parts.append(format_html("<mark>{}</mark>", match.group()))
            start = match.end()
        parts.append(escape(text[start:]))
        return mark_safe("".join(parts))  # every part is escaped above


def type_label(page):
    if isinstance(page, InterviewPage):
        return page.get_kind_display()
    if result_type_of(page) is OTHER_PAGES:
        # Index, form and home pages: their model names are the editor's words.
        return _("Page")
    return capfirst(page._meta.verbose_name)


@dataclass
class SearchHit:
    url: str
    full_url: str
    label: str
    title: SafeString
    snippet: SafeString
    date: datetime.date | None = None
    end_date: datetime.date | None = None
    date_prefix: str = ""

    @classmethod
    def for_page(cls, page, request, highlight):
        result_type = result_type_of(page)
        date = getattr(page, result_type.date_field) if result_type.date_field else None
        end_date = page.end_date if isinstance(page, EventPage) and page.is_multi_day else None
        snippet = getattr(page, "teaser", "") or page.search_description
        url = page.get_url(request)
        return cls(
            url=url,
            full_url=absolute_url(url),
            label=type_label(page),
            title=highlight(page.title),
            snippet=highlight(Truncator(snippet).chars(SNIPPET_LENGTH)),
            date=date,
            end_date=end_date,
            date_prefix=result_type.date_prefix if date else "",
        )
