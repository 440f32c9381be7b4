from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from wagtail import views as wagtail_views
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text import expand_db_html

from . import documents
from .preview import PreviewError, draft_for_token

# Of Page's own fields, the ones a front end renders; the rest is tree and workflow bookkeeping.
PAGE_CONTENT_FIELDS = {"title", "slug", "seo_title", "search_description"}


def error(status, message, **extra):
    return JsonResponse({"error": message, **extra}, status=status)


def related_item(obj):
    item = {"id": obj.pk}
    for name in ("code", "slug"):
        if hasattr(obj, name):
            item[name] = getattr(obj, name)
    item["name"] = str(obj)
    return item


def field_value(page, field, request):
    value = getattr(page, field.name)
    if isinstance(field, StreamField):
        return field.stream_block.get_api_representation(value, context={"request": request})
    if isinstance(field, RichTextField):
        return expand_db_html(value or "")
    if isinstance(field, models.ForeignKey):
        return field.value_from_object(page)
    return value


def draft_data(page, request):
    """The draft's own content fields, its relations as small objects, and
    where it sits, shaped for a front end to render."""
    content_fields = {
        field.name: field_value(page, field, request)
        for field in page._meta.concrete_fields
        if not field.auto_created
        and (field.model is not Page or field.name in PAGE_CONTENT_FIELDS)
        and not field.name.endswith("_ptr")
    }
    for field in page._meta.many_to_many:
        if field.model is not Page:
            content_fields[field.name] = [related_item(obj) for obj in getattr(page, field.name).all()]
    parent = page.get_parent() if page.path else None
    return {
        "id": page.pk,
        "meta": {
            "type": page._meta.label,
            "locale": page.locale.language_code,
            "parent_id": parent.pk if parent else None,
            "draft": True,
        },
        **content_fields,
    }


@never_cache
@require_GET
def preview(request):
    missing = [name for name in ("content_type", "token") if not request.GET.get(name)]
    if missing:
        return error(400, f"Missing parameter: {', '.join(missing)}.", parameters=missing)

    # PostgreSQL refuses a NUL in a query; no content type or token holds one.
    refused = [name for name in ("content_type", "token") if "\x00" in request.GET[name]]
    if refused:
        return error(400, f"NUL character in: {', '.join(refused)}.", parameters=refused)

    app_label, _, model_name = request.GET["content_type"].partition(".")
    content_type = ContentType.objects.filter(app_label=app_label, model=model_name.lower()).first()
    model = content_type.model_class() if content_type else None
    if model is None or not issubclass(model, Page):
        return error(400, "content_type names no page type.", parameters=["content_type"])

    try:
        page = draft_for_token(content_type, request.GET["token"])
    except PreviewError as problem:
        return error(problem.status, problem.message)
    # Rich text inside StreamField blocks as display HTML, like rich text fields, unless asked otherwise.
    request.GET = request.GET.copy()
    request.GET.setdefault("rich_text_format", "html")
    return JsonResponse(draft_data(page, request), encoder=DjangoJSONEncoder)


def serve_page(request, path):
    """The page at `path`: its stored document when it has one (documents.py), found before
    Wagtail routes the request; otherwise Wagtail's own serve view."""
    stored = documents.find(request)
    if stored is not None:
        return stored
    return wagtail_views.serve(request, path)
