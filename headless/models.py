from django.db import models


class StoredDocumentQuerySet(models.QuerySet):
    def rendered(self):
        return self.filter(content__isnull=False)

    def due(self):
        return self.filter(content__isnull=True)


class StoredDocument(models.Model):
    """A public page as an anonymous visitor gets it at `path` on PUBLIC_BASE_URL, rendered
    when what it shows last changed (documents.py). Without content, it is due: a change made
    what it showed untrue, and the first request or the worker renders it again."""

    path = models.CharField(max_length=2048, unique=True)
    content = models.BinaryField(null=True)
    headers = models.JSONField(default=dict)
    # The moment it stops being true by the clock alone: a page it shows expires, an event
    # it lists as upcoming starts.
    valid_until = models.DateTimeField(null=True, blank=True)
    rendered_at = models.DateTimeField()
    # The code that rendered it (documents.release()): a new release serves none of the old ones.
    release = models.CharField(max_length=40, default="")

    objects = StoredDocumentQuerySet.as_manager()

    def __str__(self):
        return self.path


class StoredDocumentDependency(models.Model):
    """One thing `document` shows: a change to it makes the document due (documents.py, tokens)."""

    # Deleted by documents.py with their documents' content, not by a cascade Django would collect.
    document = models.ForeignKey(StoredDocument, on_delete=models.DO_NOTHING, related_name="dependencies")
    token = models.CharField(max_length=200, db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["document", "token"], name="unique_document_token")]

    def __str__(self):
        return self.token


class DocumentGeneration(models.Model):
    """One row, moved on by every transaction that makes documents due. A rendering stores its
    document only if the number is the one it read before it began: otherwise a change
    committed while it rendered, and what it read may be gone."""

    number = models.BigIntegerField(default=0)

    def __str__(self):
        return str(self.number)
