"""Making the inline rows of a page (a form's fields, a participant's partners,
an event's organisers and speakers) translatable after rows exist: the data
step of the migration between adding their nullable locale and translation key
and making them required.

Each row takes its page's language. A row of a page translated before its rows
were translatable shares its original's translation key, matched by a field
the translation copied unchanged (a field's clean name, a partner's or an
organiser's name, a speaker's person), so that wagtail-localize treats them as
one row in two languages. Kept free of models: the migrations hand in their
historical ``apps``."""

import uuid


def give_rows_their_page_language(apps, model_label, match_field):
    Row = apps.get_model(model_label)
    Page = apps.get_model("wagtailcore", "Page")
    pages = {
        pk: (locale_id, translation_key)
        for pk, locale_id, translation_key in Page.objects.filter(pk__in=Row.objects.values("page_id")).values_list(
            "pk", "locale_id", "translation_key"
        )
    }
    keys = {}  # (page translation key, matched value) -> row translation key
    used = set()  # (row translation key, locale)
    for row in Row.objects.order_by("pk"):
        locale_id, page_key = pages[row.page_id]
        key = keys.setdefault((page_key, getattr(row, match_field)), uuid.uuid4())
        if (key, locale_id) in used:
            key = uuid.uuid4()  # two rows of one page with the same value
        used.add((key, locale_id))
        Row.objects.filter(pk=row.pk).update(locale_id=locale_id, translation_key=key)
