"""What every field type becomes in the API, whichever app's page holds it:
rich text as display HTML with absolute links, StreamField as typed blocks
whose images, documents, people and pages are objects rather than bare ids.
The fields particular to a domain live in that app's api.py."""

import re

from rest_framework.fields import Field

from wagtail import blocks
from wagtail import fields as wagtail_fields
from wagtail.api.rich_text import APIRichText
from wagtail.api.utils import get_base_url, get_full_url
from wagtail.api.v2.serializers import BaseSerializer, PageSerializer, StreamField
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import expand_db_html
from wagtail.snippets.blocks import SnippetChooserBlock

from images.api import image_data
from languages.translations import visible_translations
from people.api import api_detail_url, page_is_public, page_summary, person_summary
from people.models import Person

RELATIVE_URL = re.compile(r'(\s(?:href|src)=")(/(?!/))')


def rich_text(source, context):
    """Display HTML with internal links and images resolved, made absolute on
    WAGTAILAPI_BASE_URL (or the host asked). `?rich_text_format=` still picks
    one of Wagtail's own formats instead."""
    if source is None:
        return None
    request = context.get("request")
    asked = request.GET.get("rich_text_format") if request else None
    if asked:
        return APIRichText.serialize(source, format=APIRichText.resolve_format(asked))
    html = expand_db_html(source)
    base = get_base_url(request)
    return RELATIVE_URL.sub(rf"\g<1>{base}\g<2>", html) if base else html


def document_data(document, context):
    return {
        "id": document.pk,
        "title": document.title,
        "url": get_full_url(context.get("request"), document.url),
        "detail_url": api_detail_url(context, type(document), document.pk),
    }


def block_data(block, value, context):
    """One block's value as JSON, recursing through streams, lists and structs."""
    if value is None:
        return None
    if isinstance(block, blocks.StreamBlock):
        return [
            {"type": child.block.name, "value": block_data(child.block, child.value, context), "id": child.id}
            for child in value
        ]
    if isinstance(block, blocks.ListBlock):
        return [block_data(block.child_block, item, context) for item in value]
    if isinstance(block, ImageChooserBlock):
        return image_data(value, context.get("request"))
    if isinstance(block, blocks.StructBlock):
        return {name: block_data(block.child_blocks[name], item, context) for name, item in value.items()}
    if isinstance(block, blocks.RichTextBlock):
        return rich_text(value.source, context)
    if isinstance(block, DocumentChooserBlock):
        return document_data(value, context)
    if isinstance(block, blocks.PageChooserBlock):
        return page_summary(value, context) if page_is_public(value, context) else None
    if isinstance(block, SnippetChooserBlock) and isinstance(value, Person):
        return person_summary(value, context)
    return block.get_api_representation(value, context)


class StreamFieldSerializer(StreamField):
    def to_representation(self, value):
        return block_data(value.stream_block, value, self.context)


class RichTextSerializer(Field):
    def to_representation(self, value):
        return rich_text(value, self.context)


class TranslationsField(Field):
    """The page's published translations in other locales."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        return [
            {
                "locale": translation.locale.language_code,
                "id": translation.pk,
                "detail_url": api_detail_url(self.context, type(translation), translation.pk),
                "html_url": translation.get_full_url(self.context.get("request")),
            }
            for translation in visible_translations(page)
            if page_is_public(translation, self.context)
        ]


class AlliancePageSerializer(PageSerializer):
    serializer_field_mapping = PageSerializer.serializer_field_mapping.copy()
    serializer_field_mapping.update(
        {
            wagtail_fields.StreamField: StreamFieldSerializer,
            wagtail_fields.RichTextField: RichTextSerializer,
        }
    )
    translations = TranslationsField(read_only=True)


class AllianceSerializer(BaseSerializer):
    """For the endpoints that are not pages (people, countries, topics)."""

    serializer_field_mapping = BaseSerializer.serializer_field_mapping.copy()
    serializer_field_mapping.update(
        {
            wagtail_fields.StreamField: StreamFieldSerializer,
            wagtail_fields.RichTextField: RichTextSerializer,
        }
    )


class TopicSerializer(AllianceSerializer):
    """A topic named and described in the language `?locale=` asks for, where
    it has been translated; the topics/ endpoint checks the value."""

    def to_representation(self, topic):
        data = super().to_representation(topic)
        code = self.context["request"].GET.get("locale")
        if code:
            text = topic.text_in(code)
            for part in ("name", "description"):
                if part in data:
                    data[part] = getattr(text, part)
        return data
