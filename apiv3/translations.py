"""A page's translations in its v3 detail, as v2's ``meta.translations``:
``meta.translations`` lists the translations a visitor could open (live,
without any view restriction, not past their expiry date), each with its
locale, id, API detail URL and public URL.

The listing leaves them out: each item would cost a query of its own, and
``?translation_of=<id>`` answers the same question for one page."""

from ninja import Field, Schema

from django.urls import reverse

from wagtail.api.utils import get_full_url
from wagtail.api.v3.schemas import PageMetaSchema, PageSchema

from languages.translations import visible_translations


class PageTranslationSchema(Schema):
    locale: str
    id: int
    detail_url: str
    html_url: str | None


class PageWithTranslationsMetaSchema(PageMetaSchema):
    translations: list[PageTranslationSchema] = Field(
        [],
        description="The page's published, public translations in other languages (detail only).",
    )

    @staticmethod
    def resolve_translations(obj, context):
        request = context["request"]
        return [
            {
                "locale": translation.locale.language_code,
                "id": translation.pk,
                "detail_url": get_full_url(
                    request, reverse("wagtailapi_v3:detail_page", kwargs={"page_id": translation.pk})
                ),
                "html_url": translation.get_full_url(request),
            }
            for translation in visible_translations(obj).order_by("locale__language_code")
        ]


class PageWithTranslationsSchema(PageSchema):
    """The base of every page type's detail schema (apiv3/writing.py registers them)."""

    meta: PageWithTranslationsMetaSchema
