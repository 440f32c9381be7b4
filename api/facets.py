"""Facet counts for a page listing (`facets=country,topic,type`): for the pages
the current filters select, how many concern each country, carry each topic,
are of each type. A fixed handful of queries whatever the number of pages."""

from collections import Counter, defaultdict

from rest_framework.filters import BaseFilterBackend

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count

from wagtail.models import Locale

from taxonomy.localized import localized_texts
from taxonomy.models import Country

from .errors import ParameterError
from .filters import COUNTRY_LOOKUPS, TOPIC_THROUGH_MODELS, values_of

FACETS = ["country", "topic", "type"]


def requested_facets(request):
    names = values_of(request, "facets")
    if unknown := sorted(set(names) - set(FACETS)):
        raise ParameterError("facets", f"Unknown facet: {', '.join(unknown)}. Use any of {', '.join(FACETS)}.")
    return [name for name in FACETS if name in names]


def country_facet(pks):
    pages_by_code = defaultdict(set)
    for model, lookup in COUNTRY_LOOKUPS:
        pairs = model.objects.filter(pk__in=pks, **{f"{lookup}__isnull": False}).values_list("pk", f"{lookup}__code")
        for pk, code in pairs:
            pages_by_code[code].add(pk)
    # one name per code, in the default locale where there is a choice
    names = {}
    default = Locale.get_default().pk if pages_by_code else None
    for code, name, locale_id in Country.objects.filter(code__in=pages_by_code).values_list("code", "name", "locale"):
        if code not in names or locale_id == default:
            names[code] = name
    items = [{"code": code, "name": names.get(code, code), "count": len(pks)} for code, pks in pages_by_code.items()]
    return sorted(items, key=lambda item: (-item["count"], item["name"]))


def topic_facet(pks, language_code=None):
    """Topics by their (default-language) slug, named in `language_code`
    where translated: the language of the pages listed (`?locale=`)."""
    counts = Counter()
    names = {}
    texts = localized_texts(language_code or settings.LANGUAGE_CODE)
    for through in TOPIC_THROUGH_MODELS:
        rows = (
            through.objects.filter(content_object_id__in=pks)
            .values("tag__slug", "tag__name", "tag__translation_key")
            .annotate(count=Count("content_object_id", distinct=True))
        )
        for row in rows:
            counts[row["tag__slug"]] += row["count"]
            text = texts.get(row["tag__translation_key"])
            names[row["tag__slug"]] = text.name if text else row["tag__name"]
    items = [{"slug": slug, "name": names[slug], "count": count} for slug, count in counts.items()]
    return sorted(items, key=lambda item: (-item["count"], item["name"]))


def type_facet(queryset):
    rows = queryset.order_by().values("content_type").annotate(count=Count("pk"))
    items = []
    for row in rows:
        model = ContentType.objects.get_for_id(row["content_type"]).model_class()
        items.append({"type": f"{model._meta.app_label}.{model.__name__}", "count": row["count"]})
    return sorted(items, key=lambda item: (-item["count"], item["type"]))


def facet_counts(queryset, names, language_code=None):
    pks = queryset.order_by().values("pk")
    counts = {}
    if "country" in names:
        counts["country"] = country_facet(pks)
    if "topic" in names:
        counts["topic"] = topic_facet(pks, language_code)
    if "type" in names:
        counts["type"] = type_facet(queryset)
    return counts


class FacetsFilter(BaseFilterBackend):
    """Counts for the pages the filters before it selected; search comes after
    and cannot be counted this way, so the two do not combine."""

    def filter_queryset(self, request, queryset, view):
        if "facets" in request.GET:
            names = requested_facets(request)
            if "search" in request.GET:
                raise ParameterError("facets", "facets cannot be combined with search.")
            locales = values_of(request, "locale") if "locale" in request.GET else []
            view.facets = facet_counts(queryset, names, locales[0] if len(locales) == 1 else None)
        return queryset
