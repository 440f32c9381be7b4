"""What a page tells search engines and social networks about itself: Open
Graph and Twitter card fields, and schema.org JSON-LD (NewsArticle, Event,
Place, Person). One module, so the whole picture is in one place; the apps'
models stay about content."""

from django.conf import settings
from django.utils.html import strip_tags

from events.models import EventPage
from news.models import InterviewPage, NewsItemPage
from operations.addresses import absolute_url
from people.models import ParticipantPage, Person

SOCIAL_IMAGE = "fill-1200x630"
PUBLISHER = {
    "@type": "Organization",
    "name": "Congress of Local and Regional Authorities of the Council of Europe",
}


def page_url(page, request):
    """The page's public address (operations/addresses.py), for canonical and shared links."""
    return absolute_url(page.get_url(request))


def description(page):
    text = page.search_description or getattr(page, "teaser", "") or ""
    return " ".join(strip_tags(text).split())


def social_image(page, request):
    """(absolute URL, width, height, alt) of the page's lead image as shared, or None."""
    image = getattr(page, "lead_image", None)
    if image is None:
        return None
    rendition = image.get_rendition(SOCIAL_IMAGE)
    return {
        "url": absolute_url(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": rendition.alt,
    }


# Open Graph names a locale language_TERRITORY; the Council of Europe writes British English.
OG_LOCALES = {"en": "en_GB", "fr": "fr_FR"}


def og_locale(language_code):
    return OG_LOCALES.get(language_code, language_code.replace("-", "_"))


def social_meta(page, request):
    """Open Graph and Twitter card fields, as (property, content) pairs."""
    image = social_image(page, request)
    fields = [
        ("og:site_name", settings.WAGTAIL_SITE_NAME),
        ("og:title", page.seo_title or page.title),
        ("og:url", page_url(page, request)),
        ("og:type", "article" if isinstance(page, NewsItemPage) else "website"),
        ("og:locale", og_locale(page.locale.language_code)),
    ]
    if text := description(page):
        fields.append(("og:description", text))
    if isinstance(page, NewsItemPage):
        fields.append(("article:published_time", page.date.isoformat()))
        if page.last_published_at:
            fields.append(("article:modified_time", page.last_published_at.isoformat()))
    if image:
        fields += [
            ("og:image", image["url"]),
            ("og:image:width", str(image["width"])),
            ("og:image:height", str(image["height"])),
            ("og:image:alt", image["alt"]),
        ]
    fields.append(("twitter:card", "summary_large_image" if image else "summary"))
    return fields


def person(person: Person):
    data = {"@type": "Person", "name": person.name}
    if person.role:
        data["jobTitle"] = person.role
    if person.country_id:
        data["nationality"] = {"@type": "Country", "name": person.country.name}
    return data


def country(country):
    return {"@type": "Country", "name": country.name, "identifier": country.code}


def people_about(page):
    """The speaker first, then the people named, each once."""
    people = [page.speaker] if isinstance(page, InterviewPage) else []
    people += [p for p in page.related_people.select_related("country") if p not in people]
    return people


def news_article(page: NewsItemPage, request):
    image = social_image(page, request)
    data = {
        "@type": "NewsArticle",
        "headline": page.title,
        "datePublished": page.date.isoformat(),
        "publisher": PUBLISHER,
        "author": PUBLISHER,
        "about": [person(p) for p in people_about(page)],
        "mentions": [
            {"@type": "Place", "name": p.title, "url": page_url(p, request)} for p in page.related_participants.all()
        ],
        "keywords": [topic.local_name for topic in page.topics.all()],
        "contentLocation": [country(c) for c in page.countries.all()],
    }
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    if image:
        data["image"] = [image["url"]]
    return data


def event(page: EventPage, request):
    data = {
        "@type": "Event",
        "name": page.title,
        "eventStatus": "https://schema.org/EventCancelled" if page.cancelled else "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "organizer": [{"@type": "Organization", "name": organiser.name} for organiser in page.organisers.all()],
        "performer": [person(speaker.person) for speaker in page.speakers.select_related("person__country")],
    }
    if page.start_date:
        data["startDate"] = page.start_date.isoformat()
        data["endDate"] = page.last_day.isoformat()
    if page.venue or page.city or page.country_id:
        address = {"@type": "PostalAddress"}
        if page.city:
            address["addressLocality"] = page.city
        if page.country_id:
            address["addressCountry"] = page.country.code
        data["location"] = {"@type": "Place", "name": page.venue or page.city, "address": address}
    image = social_image(page, request)
    if image:
        data["image"] = [image["url"]]
    return data


def place(page: ParticipantPage, request):
    data = {
        "@type": "Place",
        "name": page.official_name or page.title,
        "address": {"@type": "PostalAddress", "addressCountry": page.country.code, "addressRegion": page.region},
        "containedInPlace": country(page.country),
    }
    if page.latitude is not None and page.longitude is not None:
        data["geo"] = {"@type": "GeoCoordinates", "latitude": float(page.latitude), "longitude": float(page.longitude)}
    if page.website:
        data["sameAs"] = page.website
    if page.population:
        data["additionalProperty"] = [{"@type": "PropertyValue", "name": "population", "value": page.population}]
    return data


BUILDERS = [(NewsItemPage, news_article), (EventPage, event), (ParticipantPage, place)]


def structured_data(page, request):
    """The page's schema.org description as a JSON-LD dict."""
    for model, build in BUILDERS:
        if isinstance(page, model):
            data = build(page, request)
            break
    else:
        data = {"@type": "WebPage", "name": page.title}
    data = {"@context": "https://schema.org", **data, "url": page_url(page, request)}
    if "description" not in data and (text := description(page)):
        data["description"] = text
    data["inLanguage"] = page.locale.language_code
    return data
