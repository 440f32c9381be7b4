from django import forms

from wagtail.admin.panels import FieldPanel, ObjectList


def taxonomy_tab(countries=True):
    """The "Taxonomy" tab every content page type carries. Participants have a
    single country of their own, so they take topics only."""
    panels = [FieldPanel("topics", help_text="Type to find an existing topic; press Enter to add a new one.")]
    if countries:
        panels.insert(
            0,
            FieldPanel(
                "countries",
                widget=forms.CheckboxSelectMultiple,
                help_text="Every country this page concerns; visitors browse by country.",
            ),
        )
    return ObjectList(panels, heading="Taxonomy")
