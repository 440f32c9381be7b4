from wagtail.contrib.forms.views import SubmissionsListView

# A spreadsheet runs a cell starting with one of these as a formula (CSV injection);
# tab and carriage return can hide such a start.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    """Prefix a would-be formula with an apostrophe: spreadsheets then show it as text."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


class SafeSubmissionsListView(SubmissionsListView):
    """The form submissions list, whose CSV export cannot smuggle formulas
    from a visitor's input into staff's spreadsheets. (Wagtail's XLSX export
    already stores such values as text.)"""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV:
            return neutralise_formula(value)
        return value
