import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.utils.text import Truncator, format_lazy
from django.utils.translation import gettext_lazy as _

from taxonomy.models import Country, Topic

from .results import ALL_TYPES

MAX_QUERY_LENGTH = 200


def has_control_characters(value):
    return any(unicodedata.category(char) == "Cc" for char in value)


class QueryInput(forms.SearchInput):
    """Shows a rejected search again without the control characters that made
    it invalid, so the visitor can correct it."""

    def format_value(self, value):
        value = super().format_value(value)
        return "".join(char for char in value if unicodedata.category(char) != "Cc") if value else value


class QueryField(forms.CharField):
    def to_python(self, value):
        value = super().to_python(value)
        # Checked before the length and null-character validators, so the
        # visitor gets one message that says what to fix.
        if has_control_characters(value):
            raise ValidationError(
                _("Your search contains control characters. Type it again with letters, digits and punctuation only."),
                code="control_characters",
            )
        return value


class FilterField(forms.ChoiceField):
    """A filter parameter. An unknown value is reported with the value itself,
    shortened so that a long one cannot flood the page."""

    def __init__(self, *, normalise=str, **kwargs):
        self.normalise = normalise
        super().__init__(required=False, **kwargs)

    def to_python(self, value):
        return self.normalise(super().to_python(value).strip())

    def bound_data(self, data, initial):
        # Redisplay "al" as the option "AL" it stands for.
        return self.to_python(data) if isinstance(data, str) else super().bound_data(data, initial)

    def validate(self, value):
        if value and not self.valid_value(value):
            raise ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": Truncator(value).chars(40)},
            )


class SearchForm(forms.Form):
    q = QueryField(
        label=_("Search the site"),
        required=False,
        max_length=MAX_QUERY_LENGTH,
        widget=QueryInput,
        error_messages={
            "max_length": _("Your search is too long: use at most %(limit_value)d characters (it has %(show_value)d).")
        },
    )
    type = FilterField(
        label=_("Type"),
        normalise=str.lower,
        choices=[("", _("All types")), *((result_type.slug, result_type.label) for result_type in ALL_TYPES)],
        error_messages={
            "invalid_choice": format_lazy(
                _("There is no type “%(value)s”. Use one of: {types}."),
                types=", ".join(result_type.slug for result_type in ALL_TYPES),
            )
        },
    )
    topic = FilterField(
        label=_("Topic"),
        error_messages={"invalid_choice": _("There is no topic “%(value)s”. The topics are listed at /topics/.")},
    )
    country = FilterField(
        label=_("Country"),
        normalise=str.upper,
        error_messages={
            "invalid_choice": _(
                "There is no country with the code “%(value)s”. "
                "Use a two-letter ISO code such as AL or RO; the countries are listed at /countries/."
            )
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        topics, countries = choices()
        self.fields["topic"].choices = [("", _("All topics")), *topics]
        self.fields["country"].choices = [("", _("All countries")), *countries]

    def filters(self):
        """The filters in use, each with the visitor's name for its value."""
        return [
            (name, dict(self.fields[name].choices)[self.cleaned_data[name]])
            for name in ("type", "topic", "country")
            if self.cleaned_data[name]
        ]


def choices():
    """(slug, name) of every topic and (code, name) of every country, in the visitor's language."""
    topics = [(topic.slug, topic.local_name) for topic in Topic.objects.in_default_locale().order_by_local_name()]
    # One entry per code, whatever the number of translations of a country.
    countries = dict(Country.objects.order_by("-locale_id", "name").values_list("code", "name"))
    return topics, sorted(countries.items(), key=lambda item: item[1])
