"""The news listing's filters: topic, country, type and year, read from the
query string so that a filtered view is a URL to share."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from taxonomy.models import Country, Topic

TYPE_CHOICES = [
    ("", _("All types")),
    ("news", _("News")),
    ("interview", _("Interviews")),
    ("statement", _("Statements")),
]


def carried_by(items):
    """The topics, countries and years the items carry."""
    return {
        "topics": list(
            Topic.objects.filter(news_newsitemtopic_items__content_object__in=items.values("pk"))
            .distinct()
            .values_list("pk", flat=True)
        ),
        "countries": list(
            Country.objects.filter(news_items__in=items.values("pk")).distinct().values_list("pk", flat=True)
        ),
        "years": [day.year for day in items.order_by().dates("date", "year", order="DESC")],
    }


class NewsFilterForm(forms.Form):
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)
    type = forms.ChoiceField(label=_("Type"), required=False, choices=TYPE_CHOICES)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)

    def __init__(self, data, items):
        """`items` is the unfiltered stream: the choices offer only the topics,
        countries and years that published items carry."""
        if data.get("country"):
            # Country codes are upper case in the choices; ?country=al is the same filter.
            data = data.copy()
            data["country"] = data["country"].upper()
        super().__init__(data)
        carried = carried_by(items)
        topics = Topic.objects.filter(pk__in=carried["topics"]).order_by_local_name()
        countries = Country.objects.filter(pk__in=carried["countries"])
        self.fields["topic"].choices = [("", _("All topics")), *((t.slug, t.local_name) for t in topics)]
        self.fields["country"].choices = [("", _("All countries")), *((c.code, c.name) for c in countries)]
        self.fields["year"].choices = [("", _("All years"))] + [(str(y), str(y)) for y in carried["years"]]

    def has_filters(self):
        return self.is_valid() and any(self.cleaned_data.values())

    def active(self):
        """(field label, value label) of each filter in use, for the summary
        above the results."""
        if not self.is_valid():
            return []
        return [
            (self.fields[name].label or name.capitalize(), dict(self.fields[name].choices).get(str(value), value))
            for name, value in self.cleaned_data.items()
            if value
        ]

    def filter(self, items):
        """The items the filters keep."""
        if not self.is_valid():
            return items.none()
        data = self.cleaned_data
        if data["topic"]:
            items = items.filter(topics__slug=data["topic"])
        if data["country"]:
            items = items.filter(countries__code=data["country"])
        if data["type"] == "news":
            items = items.filter(newspage__isnull=False)
        elif data["type"]:
            items = items.filter(Q(interviewpage__kind=data["type"]))
        if data["year"]:
            items = items.filter(date__year=data["year"])
        return items
