"""The participants directory: which participants to show and in what order,
read from the query string. The HTML directory and its GeoJSON share it, so the
map always shows what the table lists."""

from django import forms
from django.db.models import F
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from headless.expiry import unexpired
from operations.addresses import absolute_url
from taxonomy.choices import filter_topics, topic_choices
from taxonomy.models import Country

from .models import ParticipantKind, ParticipantPage

# The first is the default.
SORTS = {
    "number": (_("Participant number"), ["participant_number", "title"]),
    "name": (_("Name"), ["title"]),
    "joined": (_("Date joined, newest first"), ["-date_joined", "title"]),
}


def published_participants():
    return ParticipantPage.objects.live().public().filter(unexpired()).select_related("country").defer_streamfields()


class DirectoryForm(forms.Form):
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)
    kind = forms.ChoiceField(label=_("Kind"), required=False, choices=[("", _("All kinds")), *ParticipantKind.choices])
    sort = forms.ChoiceField(
        label=_("Sort by"), required=False, choices=[(key, label) for key, (label, _ordering) in SORTS.items()]
    )

    def __init__(self, data, participants):
        if data.get("country"):
            # ?country=al is the same filter as ?country=AL.
            data = data.copy()
            data["country"] = data["country"].upper()
        super().__init__(data)
        # browse/ builds on the people app: imported late.
        from browse.catalogue import Catalogue

        self.topics = filter_topics(Catalogue(Locale.get_active()).counts("participants", "topic"))
        self.fields["topic"].choices = topic_choices(self.topics)
        countries = Country.objects.filter(participants__in=participants.values("pk")).distinct()
        self.fields["country"].choices = [("", _("All countries")), *((c.code, c.name) for c in countries)]

    def has_filters(self):
        data = self.cleaned_data if self.is_valid() else {}
        return any(data.get(name) for name in ("topic", "country", "kind"))

    def apply(self, participants):
        # browse/ builds on the people app; imported here so that "on a topic"
        # means the same in the directory as on the topic pages that link to it.
        from browse.catalogue import Catalogue

        if not self.is_valid():
            return participants.none()
        data = self.cleaned_data
        if data["topic"]:
            participants = Catalogue.narrow(participants, topic=self.topics[data["topic"]])
        if data["country"]:
            participants = participants.filter(country__code=data["country"])
        if data["kind"]:
            participants = participants.filter(kind=data["kind"])
        # Participants without a number or a date sort last, whatever the direction.
        _, ordering = SORTS[data["sort"] or next(iter(SORTS))]
        # The id last: a page of the directory holds the same participants on every request.
        return participants.order_by(*[_nulls_last(field) for field in ordering], "pk")


def _nulls_last(field):
    if field.startswith("-"):
        return F(field[1:]).desc(nulls_last=True)
    return F(field).asc(nulls_last=True)


def as_geojson(participants, request):
    """A GeoJSON FeatureCollection (RFC 7946: longitude first) of the
    participants that have coordinates."""
    features = []
    for participant in participants:
        if participant.latitude is None or participant.longitude is None:
            continue
        features.append(
            {
                "type": "Feature",
                "id": participant.pk,
                "geometry": {
                    "type": "Point",
                    "coordinates": [float(participant.longitude), float(participant.latitude)],
                },
                "properties": {
                    "name": participant.title,
                    "url": absolute_url(participant.get_url(request)),
                    "kind": participant.kind,
                    "kind_label": participant.get_kind_display(),
                    "country": {"code": participant.country.code, "name": participant.country.name},
                    "region": participant.region,
                    "participant_number": participant.participant_number,
                    "date_joined": participant.date_joined.isoformat() if participant.date_joined else None,
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}
