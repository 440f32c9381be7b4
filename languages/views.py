from wagtail_localize.views.update_translations import UpdateTranslationsForm, UpdateTranslationsView


class SyncTranslationsForm(UpdateTranslationsForm):
    """Without "Publish immediately", which published the original's new texts, untranslated, on
    every live translation: they wait in the translation editor, and a translation changes for
    visitors when it is published, as any page does."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["publish_translations"]

    def clean(self):
        cleaned_data = super().clean()
        cleaned_data["publish_translations"] = False
        return cleaned_data


class SyncTranslationsView(UpdateTranslationsView):
    """wagtail-localize's "Sync translated pages" (and snippets), at its own address
    (wagtail_hooks.py), with the form above."""

    def get_form(self):
        if self.request.method == "POST":
            return SyncTranslationsForm(self.request.POST)
        return SyncTranslationsForm()
