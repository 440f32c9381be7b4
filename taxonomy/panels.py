from django import forms

from wagtail.admin.panels import FieldPanel, ObjectList


def taxonomy_tab(*extra_panels):
    """The "Taxonomy" tab every content page type carries."""
    return ObjectList(
        [
            *extra_panels,
            FieldPanel(
                "countries",
                widget=forms.CheckboxSelectMultiple,
                help_text="Every country this page concerns; visitors browse by country.",
            ),
            FieldPanel("topics", help_text="Type to find an existing topic; press Enter to add a new one."),
        ],
        heading="Taxonomy",
    )
