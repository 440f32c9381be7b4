"""The v2 endpoints: Wagtail's own, held to what a public API promises.

- Only what an anonymous visitor may see: live, outside every private section
  (whoever asks: a logged-in editor's session does not open login-restricted
  pages here), not past its expiry date; the live revision, never a draft.
- Every 4xx is JSON naming the parameter at fault; no input gives a 500.
- A listing costs the same number of queries whatever its `limit` and `fields`:
  the relations the chosen fields read are fetched with the page.
- `updated_since` makes the pages listing a change feed, with the tombstones
  of pages that stopped being public in `meta.tombstones`."""

from rest_framework import status
from rest_framework.renderers import BrowsableAPIRenderer
from rest_framework.response import Response

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db.models import Prefetch, QuerySet
from django.http import Http404

from modelcluster.fields import ParentalKey
from wagtail.api.v2.filters import (
    AncestorOfFilter,
    ChildOfFilter,
    DescendantOfFilter,
    TranslationOfFilter,
)
from wagtail.api.v2.filters import OrderingFilter as WagtailOrderingFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError, page_models_from_string, parse_fields_parameter
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images import get_image_model
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Locale

from browse.catalogue import Catalogue
from images.api import RENDITIONS
from people.models import Person
from taxonomy.models import Country, Topic

from . import listing
from .errors import MAX_INT, MAX_VALUE_LENGTH, ParameterError, error_body, parse_int
from .facets import FacetsFilter
from .filters import FILTER_PARAMETERS, ContentFilter, FieldsFilter, LocaleFilter, OrderingFilter, SearchFilter
from .items import representations
from .models import PageTombstone
from .public import public_pages
from .renderers import FastJSONRenderer
from .serializers import AlliancePageSerializer, AllianceSerializer, TopicSerializer

PAGE_ID_PARAMETERS = ["child_of", "ancestor_of", "descendant_of", "translation_of"]


class Pagination(WagtailPagination):
    """`limit` (at most WAGTAILAPI_LIMIT_MAX) and `offset`; `meta.total_count`,
    and `meta.facets` and `meta.tombstones` when asked for."""

    def bounds(self, request):
        """(offset, limit) the request asks for."""
        limit_max = getattr(settings, "WAGTAILAPI_LIMIT_MAX", 20)
        offset = parse_int("offset", request.GET["offset"]) if "offset" in request.GET else 0
        default = min(20, limit_max) if limit_max else 20
        limit = parse_int("limit", request.GET["limit"]) if "limit" in request.GET else default
        if limit_max and limit > limit_max:
            raise ParameterError("limit", f"limit cannot be higher than {limit_max}.")
        return offset, limit

    def paginate_queryset(self, queryset, request, view=None):
        offset, limit = self.bounds(request)
        self.view = view
        self.total_count = queryset.count()
        return queryset[offset : offset + limit]

    def count_stored(self, count, view=None):
        """For a page cut from a stored listing (api/listing.py)."""
        self.view = view
        self.total_count = count

    def get_paginated_response(self, data):
        response = super().get_paginated_response(data)
        meta = response.data["meta"]
        if getattr(self.view, "facets", None) is not None:
            meta["facets"] = self.view.facets
        if getattr(self.view, "updated_since", None) is not None:
            meta["tombstones"] = tombstones_since(self.view.updated_since)
        return response


def tombstones_since(moment):
    return [
        {
            "id": tombstone.page_id,
            "type": tombstone.page_type,
            "locale": tombstone.locale,
            "url_path": tombstone.url_path,
            "html_url": tombstone.html_url or None,
            "reason": tombstone.reason,
            "at": tombstone.at.isoformat(),
        }
        for tombstone in PageTombstone.objects.filter(at__gte=moment)
    ]


def with_related(queryset, field_names):
    """Fetch, with the objects listed, the relations these fields read: foreign
    keys joined, images with their renditions, many-to-many and child relations
    (with their own foreign keys) prefetched."""
    model = queryset.model
    image_model = get_image_model()
    images = image_model.objects.prefetch_renditions(*RENDITIONS.values())
    select, prefetch = [], []
    for name in field_names:
        if name == "topics":
            prefetch.append("topic_items__tag")
            continue
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if not field.is_relation:
            continue
        if field.concrete and (field.many_to_one or field.one_to_one):
            if field.related_model is image_model:
                prefetch.append(Prefetch(name, queryset=images))
            else:
                select.append(name)
        elif field.many_to_many:
            prefetch.append(name)
        elif field.one_to_many:
            prefetch.append(name)
            for child_field in field.related_model._meta.get_fields():
                if child_field.many_to_one and child_field.concrete and not isinstance(child_field, ParentalKey):
                    prefetch.append(f"{name}__{child_field.name}")
    return queryset.select_related(*select).prefetch_related(*prefetch)


class AllianceEndpointMixin:
    """Errors as JSON naming the parameter; values checked before any query."""

    pagination_class = Pagination
    renderer_classes = [FastJSONRenderer, BrowsableAPIRenderer]

    def get_renderer_context(self):
        # Compact, for the programs that read it; Wagtail's asks for an indent of 4 on every
        # answer. `?format=api` (the browsable API) and `Accept: application/json; indent=4`
        # still indent, for people.
        context = super().get_renderer_context()
        context.pop("indent", None)
        return context

    def handle_exception(self, exc):
        if isinstance(exc, Http404):
            return Response({"message": str(exc) or "Not found."}, status=status.HTTP_404_NOT_FOUND)
        if isinstance(exc, BadRequestError):
            return Response(error_body(exc), status=status.HTTP_400_BAD_REQUEST)
        response = super().handle_exception(exc)
        # REST framework's own errors (a method not allowed, an unacceptable format) in our shape.
        if isinstance(response.data, dict) and "detail" in response.data:
            response.data = {"message": str(response.data["detail"])}
        return response

    def check_values(self):
        for name, values in self.request.GET.lists():
            for value in values:
                if "\x00" in value or "\x00" in name:
                    raise ParameterError(name, f"{name} contains a null character.")
                if len(value) > MAX_VALUE_LENGTH:
                    raise ParameterError(name, f"{name} is longer than {MAX_VALUE_LENGTH} characters.")
        if "id" in self.request.GET:
            parse_int("id", self.request.GET["id"], minimum=1)
        # Wagtail's search filter passes it on unchecked, and the backend raises a ValueError.
        if self.request.GET.get("search_operator", "and") not in {"and", "or"}:
            raise ParameterError("search_operator", "search_operator must be and or or.")

    def check_query_parameters(self, queryset):
        self.check_values()
        allowed = set(self.get_available_fields(queryset.model, db_fields_only=True)) | self.known_query_parameters
        if unknown := sorted(set(self.request.GET) - allowed):
            raise ParameterError(
                unknown[0], f"Unknown query parameter: {', '.join(unknown)}. docs/api.md lists the parameters."
            )

    def listing_fields(self, model):
        try:
            fields_config = parse_fields_parameter(self.request.GET.get("fields", ""))
        except ValueError:
            return []  # get_serializer_class reports the error, naming `fields`
        serializer_class = self._get_serializer_class(self.request.wagtailapi_router, model, fields_config)
        return serializer_class.Meta.fields

    def detail_view(self, request, pk):
        if pk > MAX_INT:
            raise Http404("Not found.")
        self.check_values()
        return super().detail_view(request, pk)

    def find_view(self, request):
        self.check_values()
        return super().find_view(request)


class PagesEndpoint(AllianceEndpointMixin, PagesAPIViewSet):
    """/api/v2/pages/: every published, public page, with Wagtail's filters
    (type, child_of, descendant_of, ancestor_of, translation_of, site, search,
    fields) and ours (api.filters, api.facets)."""

    base_serializer_class = AlliancePageSerializer
    filter_backends = [
        ContentFilter,
        FieldsFilter,
        ChildOfFilter,
        AncestorOfFilter,
        DescendantOfFilter,
        TranslationOfFilter,
        LocaleFilter,
        FacetsFilter,
        OrderingFilter,
        SearchFilter,  # last: search results cannot be filtered further
    ]
    known_query_parameters = PagesAPIViewSet.known_query_parameters | FILTER_PARAMETERS
    own_filters = FILTER_PARAMETERS
    meta_fields = [*PagesAPIViewSet.meta_fields, "last_published_at", "translations"]
    listing_default_fields = [*PagesAPIViewSet.listing_default_fields, "locale"]
    detail_only_fields = ["parent", "translations"]

    @classmethod
    def get_detail_default_fields(cls, model):
        # Wagtail drops `locale` while i18n is off; a mirror wants it all the same.
        fields = super().get_detail_default_fields(model)
        return fields if "locale" in fields else [*fields, "locale"]

    @classmethod
    def get_listing_default_fields(cls, model):
        return cls.listing_default_fields[:]

    def get_base_queryset(self):
        """The live, public, unexpired pages of the request's site (or of `?site=`), in every
        language (api/public.py). Built once per request."""
        if not hasattr(self, "_base_queryset"):
            try:
                self._base_queryset = public_pages(self.request)
            except ValueError as error:  # several sites with this hostname
                raise BadRequestError(str(error)) from error
            except Http404:
                raise ParameterError("site", "No site has this hostname (and port).") from None
        return self._base_queryset.all()

    def check_values(self):
        super().check_values()
        for name in PAGE_ID_PARAMETERS:
            if name in self.request.GET and self.request.GET[name] != "root":
                parse_int(name, self.request.GET[name], minimum=1)

    def get_queryset(self):
        self.check_values()
        queryset = super().get_queryset().select_related("locale")
        if self.action == "listing_view":
            queryset = with_related(queryset, self.listing_fields(queryset.model))
        return queryset

    def listing_view(self, request):
        # The parameters are checked before the queryset is built, as Wagtail's listing does.
        self.check_values()
        model = self.listed_model()
        self.check_query_parameters(model._default_manager.none())
        if listing.is_storing(request):
            return listing.stored_form(model, self.filter_queryset(self.get_queryset()))
        fetched = None
        if (stored := listing.stored_page(self, model)) is not None:
            count, ids = stored
            self.paginator.count_stored(count, view=self)
        else:
            page_slice = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
            if isinstance(page_slice, QuerySet):
                ids = list(page_slice.prefetch_related(None).values_list("pk", flat=True))
            else:  # a search's results: its pages are at hand
                fetched = {page.pk: page for page in page_slice}
                ids = list(fetched)
        items = representations(
            self,
            model,
            ids,
            lambda pages: with_related(pages.select_related("locale"), self.listing_fields(model)),
            fetched,
        )
        return self.get_paginated_response(items)

    def listed_model(self):
        """The model get_queryset() lists: the one `type` names, else Page, as Wagtail's."""
        try:
            models = page_models_from_string(self.request.GET["type"]) if self.request.GET.get("type") else []
        except (LookupError, ValueError) as error:
            raise BadRequestError("type doesn't exist") from error
        return models[0] if len(models) == 1 else self.model


class ImagesEndpoint(AllianceEndpointMixin, ImagesAPIViewSet):
    filter_backends = [FieldsFilter, WagtailOrderingFilter, SearchFilter]
    listing_default_fields = [*ImagesAPIViewSet.listing_default_fields, "credit"]

    def get_queryset(self):
        return super().get_queryset().prefetch_renditions(*RENDITIONS.values())


class DocumentsEndpoint(AllianceEndpointMixin, DocumentsAPIViewSet):
    filter_backends = [FieldsFilter, WagtailOrderingFilter, SearchFilter]


class CountedEndpoint(AllianceEndpointMixin, BaseAPIViewSet):
    """Countries or topics, each with how many published pages of each kind carry it."""

    base_serializer_class = AllianceSerializer
    filter_backends = [FieldsFilter]
    known_query_parameters = frozenset(["limit", "offset", "fields", "format", "_"])
    nested_default_fields = [*BaseAPIViewSet.nested_default_fields, "name"]

    counted_by = None  # "country" or "topic"

    def get_queryset(self):
        items = Catalogue().with_counts(self.base_items(), self.counted_by, keep_empty=True)
        if self.action == "listing_view":
            items = with_related(items, self.listing_fields(items.model))
        return items


class CountriesEndpoint(CountedEndpoint):
    model = Country
    counted_by = "country"
    listing_default_fields = [*BaseAPIViewSet.listing_default_fields, "code", "name", "page_count"]

    def base_items(self):
        return Country.objects.order_by("name", "locale")


class TopicsEndpoint(CountedEndpoint):
    """One entry per topic, under its default-language slug (the one the
    pages' `topic=` filter takes); `?locale=fr` names it in French where it
    has been translated."""

    model = Topic
    counted_by = "topic"
    base_serializer_class = TopicSerializer
    known_query_parameters = CountedEndpoint.known_query_parameters | {"locale"}
    listing_default_fields = [*BaseAPIViewSet.listing_default_fields, "slug", "name", "page_count"]

    def base_items(self):
        code = self.request.GET.get("locale", settings.LANGUAGE_CODE)
        if "locale" in self.request.GET and not Locale.objects.filter(language_code=code).exists():
            raise ParameterError("locale", f"Unknown locale: {code}.")
        # a topic coined from punctuation alone has an empty slug: nothing to link to
        return Topic.objects.in_default_locale().exclude(slug="").order_by_local_name(code)


class PeopleEndpoint(AllianceEndpointMixin, BaseAPIViewSet):
    """The people pages name (speakers, mayors, people quoted), for the nested
    objects' detail URLs and the `person=` filter."""

    model = Person
    base_serializer_class = AllianceSerializer
    filter_backends = [FieldsFilter]
    known_query_parameters = frozenset(["limit", "offset", "fields", "format", "_", "rich_text_format"])
    listing_default_fields = [*BaseAPIViewSet.listing_default_fields, "name", "role"]
    nested_default_fields = [*BaseAPIViewSet.nested_default_fields, "name"]

    def get_queryset(self):
        people = Person.objects.order_by("family_name", "given_name", "pk")
        if self.action == "listing_view":
            people = with_related(people, self.listing_fields(Person))
        return people
