"""The public forms' classes: Wagtail's form builder with a spam trap and
limits on what a visitor can send, and errors the template can announce."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.forms.forms import BaseForm, FormBuilder

# A long text longer than this is spam or a mistake, never a motivation letter.
MULTILINE_MAX_LENGTH = 5000


class PublicForm(BaseForm):
    """Carries a honeypot field: people never see it, bots that fill every
    input do, and a filled trap marks the submission as spam."""

    honeypot_name = "homepage_url"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[self.honeypot_name] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )

    @property
    def honeypot(self):
        return self[self.honeypot_name]

    def public_fields(self):
        return [field for field in self if field.name != self.honeypot_name]

    def is_spam(self):
        return bool(self.data.get(self.add_prefix(self.honeypot_name), "").strip())

    def clean(self):
        # Out of cleaned_data, the trap is neither stored nor e-mailed.
        cleaned_data = super().clean()
        cleaned_data.pop(self.honeypot_name, None)
        return cleaned_data

    def full_clean(self):
        super().full_clean()
        # Screen readers announce the field as invalid and read its message.
        for name in self.errors:
            if name in self.fields:
                self.fields[name].widget.attrs.update(
                    {"aria-invalid": "true", "aria-describedby": f"{self[name].auto_id}-error"}
                )


class PublicFormBuilder(FormBuilder):
    def create_multiline_field(self, field, options):
        options["max_length"] = MULTILINE_MAX_LENGTH
        return super().create_multiline_field(field, options)

    def get_form_class(self):
        return type("PublicForm", (PublicForm,), self.formfields)
