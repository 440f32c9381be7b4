"""Which page types editors may create and update through /api/v3/, and with
which fields.

Stock v3 writes a page's title, slug and promote fields plus the api_fields
marked writable, and offers every page type. Our news items and events have
required columns of their own (a news item's date and teaser), so a create
through the stock schemas could not fill them and failed in the database. Here
news items and events get their own columns on the create and update schemas,
on top of whatever writable api_fields the models declare, and the other page
types (home, indexes, forms, participants, interviews) are not writable: the
API answers 422 naming the type instead of half-creating them.

Every page type's read schema is rebuilt here too, on a base that adds the
page's translations to its detail (apiv3/translations.py).

Registered from ``APIv3Config.ready()``, before the pages router is imported
and builds its request and response schemas from the registry."""

from wagtail.api.v3.registry import ContentTypeRegistration, registry
from wagtail.api.v3.schemas import create_generator, patch_generator, read_generator
from wagtail.api.v3.schemas.pages import BASE_PAGE_FIELDS, PageCreateBaseSchema, PageUpdateBaseSchema
from wagtail.models import get_page_models

from .translations import PageWithTranslationsSchema

WRITABLE_PAGE_TYPES = {
    "news.NewsPage": {"fields": ["date", "teaser", "lead_image_credit"], "required": ["date", "teaser"]},
    "events.EventPage": {
        "fields": ["event_type", "start_date", "end_date", "cancelled", "venue", "city", "teaser"],
        "required": [],
    },
}


def register_writable_page_types():
    for model in get_page_models():
        label = model._meta.label
        stock = registry.get(label)
        writable = WRITABLE_PAGE_TYPES.get(label)
        if writable is None:
            create_schema = patch_schema = None
        else:
            fields = [*BASE_PAGE_FIELDS, *writable["fields"]]
            create_schema = create_generator.generate_schema(
                model, base_class=PageCreateBaseSchema, fields=fields, required_fields=["title", *writable["required"]]
            )
            patch_schema = patch_generator.generate_schema(model, base_class=PageUpdateBaseSchema, fields=fields)
        registry.register(
            ContentTypeRegistration(
                name=label,
                label=stock.label,
                read_schema=read_generator.generate_schema(model, base_class=PageWithTranslationsSchema),
                create_schema=create_schema,
                patch_schema=patch_schema,
            )
        )
