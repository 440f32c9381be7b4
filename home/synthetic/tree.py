"""Writing many pages into Wagtail's tree at once. Wagtail's own way (add_child, then a
revision, then publish) costs some twenty queries a page; here a batch of live pages
costs a few queries per table, with the paths, depths, URL paths and child counts
treebeard and Wagtail would have given them, so `Page.find_problems()` and `fixtree`
find nothing to repair. The pages get no revision: an editor's first save makes one."""

from collections import Counter

from django.db import connection
from django.db.models import F

from wagtail.models import Page

BASE_FIELDS = [field for field in Page._meta.concrete_fields if not field.primary_key]


def model_chain(model):
    """The concrete models below Page a page type's rows go into, parent first:
    [NewsItemPage, NewsPage] for a NewsPage."""
    return [parent for parent in reversed(model._meta.get_parent_list()) if parent is not Page] + [model]


def insert_rows(model, objects):
    fields = model._meta.local_concrete_fields
    # SQLite allows a limited number of parameters per statement.
    size = connection.ops.bulk_batch_size(fields, objects) or len(objects)
    for start in range(0, len(objects), size):
        model._base_manager._insert(objects[start : start + size], fields=fields)


class TreeWriter:
    """Collects pages under their parents and writes them in batches."""

    def __init__(self):
        self.next_step = {}
        self.pending = []

    def place(self, parent, page):
        step = self.next_step.get(parent.pk)
        if step is None:
            last = parent.get_last_child()
            step = last._get_lastpos_in_path() + 1 if last else 1
        self.next_step[parent.pk] = step + 1
        page.depth = parent.depth + 1
        page.path = Page._get_path(parent.path, page.depth, step)
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.numchild = 0
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.last_published_at = page.first_published_at
        self.pending.append((parent, page))
        return page

    def flush(self):
        """Writes the pending pages; each gets its id. Returns them."""
        if not self.pending:
            return []
        pages = [page for parent, page in self.pending]
        base_rows = [Page(**{field.attname: getattr(page, field.attname) for field in BASE_FIELDS}) for page in pages]
        Page.objects.bulk_create(base_rows)
        for page, row in zip(pages, base_rows, strict=True):
            page.id = row.pk
            for model in model_chain(type(page)):
                setattr(page, model._meta.pk.attname, row.pk)

        by_model = {}
        for page in pages:
            by_model.setdefault(type(page), []).append(page)
        for model, objects in by_model.items():
            for table_model in model_chain(model):
                insert_rows(table_model, objects)

        for parent_pk, count in Counter(parent.pk for parent, page in self.pending).items():
            Page.objects.filter(pk=parent_pk).update(numchild=F("numchild") + count)
        self.pending = []
        return pages
