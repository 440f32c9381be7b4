"""The partner finder's search form. Each value must name something that
exists; anything else is a 400 that says which parameter is wrong."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from people.models import ParticipantKind
from taxonomy.models import Country, Topic


class CountryChoiceField(forms.ModelChoiceField):
    def to_python(self, value):
        return super().to_python(value.upper() if isinstance(value, str) else value)

    def label_from_instance(self, obj):
        return obj.name


class TopicChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.local_name


class PartnerFinderForm(forms.Form):
    q = forms.CharField(label=_("Name or project"), required=False, max_length=100)
    topic = TopicChoiceField(
        queryset=Topic.objects.none(),
        to_field_name="slug",
        required=False,
        label=_("Topic"),
        empty_label=_("Any topic"),
        error_messages={"invalid_choice": _("There is no topic with this name.")},
    )
    country = CountryChoiceField(
        queryset=Country.objects.none(),
        to_field_name="code",
        required=False,
        label=_("Country"),
        empty_label=_("Any country"),
        error_messages={"invalid_choice": _("There is no country with this code.")},
    )
    kind = forms.ChoiceField(
        label=_("Kind of authority"),
        choices=[("", _("Any kind")), *ParticipantKind.choices],
        required=False,
        error_messages={"invalid_choice": _("Choose a city, a municipality or a region.")},
    )
    looking_for_partners = forms.BooleanField(label=_("Only projects looking for partners"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Set per form: the order follows the visitor's language.
        self.fields["topic"].queryset = Topic.objects.in_default_locale().order_by_local_name()
        self.fields["country"].queryset = Country.objects.filter(locale=Locale.get_default()).order_by("name")

    @property
    def has_filters(self):
        return self.is_bound and any(self.data.get(name) for name in self.fields)
