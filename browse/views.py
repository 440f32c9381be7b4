import re
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import Http404, HttpResponsePermanentRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from headless import documents
from languages.content import listing_locale
from operations.addresses import absolute_url

from .catalogue import Catalogue, cloud_weights
from .shortlists import shortlists

NEWS_PER_PAGE = 20
COUNTRY_CODE = re.compile(r"[A-Za-z]{2}")


def crumbs(*trail):
    """Breadcrumbs from the home page; the last one is the current page."""
    home = reverse("wagtail_serve", args=("",))  # the home page in the visitor's language
    return [{"url": home, "label": _("Home")}, *({"url": url, "label": label} for url, label in trail)]


def canonical(request, path, **params):
    query = urlencode({key: value for key, value in params.items() if value})
    return absolute_url(f"{path}?{query}" if query else path)


@documents.stored
def topic_index(request):
    documents.depends_on("filing")
    documents.valid_until_tomorrow()  # the counts of upcoming and past events
    topics = cloud_weights(Catalogue(listing_locale(request)).topics())
    return TemplateResponse(
        request,
        "browse/topic_index.html",
        {
            "topics": topics,
            "breadcrumbs": crumbs((None, _("Topics"))),
            "canonical_url": canonical(request, reverse("topic-index")),
        },
    )


@documents.stored
def topic_detail(request, slug):
    documents.depends_on(f"topic:{slug}")
    documents.valid_until_tomorrow()
    catalogue = Catalogue(listing_locale(request))
    topic = catalogue.topic(slug)
    if topic is None:
        raise Http404("No published page carries this topic.")
    path = reverse("topic-detail", args=[slug])

    country = None
    code = request.GET.get("country", "")
    if code:
        if COUNTRY_CODE.fullmatch(code):
            country = catalogue.country(code)
        if country is None:
            return TemplateResponse(
                request,
                "browse/unknown_country.html",
                {
                    "code": code[:20],
                    "topic": topic,
                    "topic_url": path,
                    "breadcrumbs": crumbs(
                        (reverse("topic-index"), _("Topics")), (path, topic.local_name), (None, _("Unknown country"))
                    ),
                },
                status=400,
            )
    country_code = country.code if country else None

    news = Paginator(catalogue.news(topic, country_code), NEWS_PER_PAGE).get_page(request.GET.get("page"))
    lists = shortlists(catalogue, topic=topic, country=country_code)
    trail = [(reverse("topic-index"), _("Topics"))]
    trail += [(path, topic.local_name), (None, country.name)] if country else [(None, topic.local_name)]
    return TemplateResponse(
        request,
        "browse/topic_detail.html",
        {
            "topic": topic,
            "country": country,
            "news": news,
            **lists,
            # Narrowed to a country, the topic may have nothing there: the page then says so.
            "nothing": not news.paginator.count and not any(shortlist.items for shortlist in lists.values()),
            # A queryset, run once by the template's `if` and reused by its `for`.
            "countries": catalogue.countries(topic),
            "query_string": urlencode({"country": country_code}) if country else "",
            "breadcrumbs": crumbs(*trail),
            "canonical_url": canonical(
                request, path, country=country_code, page=news.number if news.number > 1 else None
            ),
        },
    )


@documents.stored
def country_index(request):
    documents.depends_on("filing")
    documents.valid_until_tomorrow()
    return TemplateResponse(
        request,
        "browse/country_index.html",
        {
            "countries": Catalogue(listing_locale(request)).countries(),
            "breadcrumbs": crumbs((None, _("Countries"))),
            "canonical_url": canonical(request, reverse("country-index")),
        },
    )


@documents.stored
def country_detail(request, code):
    documents.depends_on(f"country:{code}")
    documents.valid_until_tomorrow()
    if not COUNTRY_CODE.fullmatch(code):
        raise Http404("Country codes are two letters.")
    if code != code.upper():
        url = reverse("country-detail", args=[code.upper()])
        return HttpResponsePermanentRedirect(f"{url}?{request.GET.urlencode()}" if request.GET else url)
    catalogue = Catalogue(listing_locale(request))
    country = catalogue.country_with_counts(code)
    if country is None:
        raise Http404("No published page concerns this country.")
    path = reverse("country-detail", args=[code])
    news = Paginator(catalogue.news(country=code), NEWS_PER_PAGE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "browse/country_detail.html",
        {
            "country": country,
            "news": news,
            **shortlists(catalogue, country=code),
            "topics": catalogue.topics(country=code),  # as the topic page's countries
            "breadcrumbs": crumbs((reverse("country-index"), _("Countries")), (None, country.name)),
            "canonical_url": canonical(request, path, page=news.number if news.number > 1 else None),
        },
    )
