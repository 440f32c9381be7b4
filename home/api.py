"""The home page, information pages and public forms in the API (a form's fields, so a front end
can draw it; submissions stay in the editor)."""

from rest_framework.fields import Field

from wagtail.api import APIField


class FormFieldsField(Field):
    def to_representation(self, manager):
        return [
            {
                "label": field.label,
                "clean_name": field.clean_name,
                "field_type": field.field_type,
                "required": field.required,
                "choices": field.choices,
                "default_value": field.default_value,
                "help_text": field.help_text,
            }
            for field in manager.all()
        ]


HOME_API_FIELDS = [APIField("introduction"), APIField("news_count"), APIField("events_count")]

INFORMATION_API_FIELDS = [APIField("intro"), APIField("body")]

FORM_API_FIELDS = [
    APIField("intro"),
    APIField("form_fields", serializer=FormFieldsField()),
    APIField("thank_you_text"),
]
