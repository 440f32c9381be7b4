"""The news listing's filters: topic, country, type and year, read from the
query string so that a filtered view is a URL to share."""

from django import forms
from django.db.models import Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from headless.memo import memoized, named, sql_of
from taxonomy.models import Country, Topic

TYPE_CHOICES = [
    ("", _("All types")),
    ("news", _("News")),
    ("interview", _("Interviews")),
    ("statement", _("Statements")),
]


def carried_by(items):
    """The topics, countries and years the items carry: reading every item, so
    memoized per content change."""
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
        query = sql_of(items)  # the unfiltered listing's paginator keys its count on it too
        carried = memoized("news-filter-choices", lambda: carried_by(items), query)

        def labelled():
            topics = Topic.objects.filter(pk__in=carried["topics"]).order_by_local_name()
            countries = Country.objects.filter(pk__in=carried["countries"])
            return [(t.slug, t.local_name) for t in topics], [(c.code, c.name) for c in countries]

        topics, countries = memoized("news-filter-labels", labelled, query, get_language())
        # Callables, which Django reads only when a value is checked or the form rendered (from
        # its memoized fragment, mostly): going through the ninety-odd countries and topics on every
        # request to normalize them was a twelfth of the listing's time.
        self.fields["topic"].choices = lambda: [("", _("All topics")), *topics]
        self.fields["country"].choices = lambda: [("", _("All countries")), *countries]
        self.fields["year"].choices = lambda: [("", _("All years"))] + [(str(y), str(y)) for y in carried["years"]]

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
        """The items the filters keep; known to the memos (headless/memo.py) by the unfiltered
        items' key and the filters, so that their SQL is compiled only on a miss."""
        if not self.is_valid():
            return items.none()
        if not self.has_filters():
            return items
        return named(self.narrow(items), sql_of(items), sorted(self.cleaned_data.items()))

    def narrow(self, items):
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
