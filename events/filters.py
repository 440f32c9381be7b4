"""The events index's filters: topic and country, read from the query string so
that a filtered view is a URL to share (the topic and country pages link to
it for their full lists)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from taxonomy.choices import country_choices, filter_countries, filter_topics, topic_choices


class EventFilterForm(forms.Form):
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)

    def __init__(self, data):
        if data.get("country"):
            # Country codes are upper case in the choices; ?country=al is the same filter.
            data = data.copy()
            data["country"] = data["country"].upper()
        super().__init__(data)
        # browse/ builds on the events app; imported here (see apply()).
        from browse.catalogue import Catalogue

        catalogue = Catalogue(Locale.get_active())
        self.topics = filter_topics(catalogue.counts("events", "topic"))
        self.countries = filter_countries(catalogue.counts("events", "country"))
        self.fields["topic"].choices = topic_choices(self.topics)
        self.fields["country"].choices = country_choices(self.countries)

    def has_filters(self):
        return self.is_valid() and any(self.cleaned_data.values())

    @property
    def chosen_topic(self):
        """The Topic filtered on, if any."""
        return self.topics.get(self.cleaned_data["topic"]) if self.is_valid() else None

    @property
    def chosen_country(self):
        """The Country filtered on, if any, named in the visitor's language."""
        return self.countries.get(self.cleaned_data["country"]) if self.is_valid() else None

    def apply(self, events):
        """`events` on the topic and in the country chosen, as the topic and
        country pages count them; none at all for a filter that cannot be applied."""
        # browse/ builds on the events app; imported here so that it can say,
        # in one place for every listing, what "on a topic" and "in a country" mean.
        from browse.catalogue import Catalogue

        if not self.is_valid():
            return events.none()
        country = self.chosen_country
        return Catalogue.narrow(events, topic=self.chosen_topic, country=country.code if country else None)
