from django.db import models


class TombstoneReason(models.TextChoices):
    UNPUBLISHED = "unpublished", "Unpublished"
    DELETED = "deleted", "Deleted"
    MADE_PRIVATE = "made_private", "Made private"


class PageTombstone(models.Model):
    """A page that mirrors must drop: once public, now unpublished, deleted or
    behind a view restriction. One row per page, holding the latest reason;
    publishing the page again removes it. The page may be gone, hence no
    foreign key and a copy of what identified it."""

    page_id = models.PositiveIntegerField(unique=True)
    page_type = models.CharField(max_length=255, help_text='e.g. "news.NewsPage".')
    locale = models.CharField(max_length=100, blank=True)
    url_path = models.TextField(blank=True)
    html_url = models.TextField(blank=True)
    reason = models.CharField(max_length=20, choices=TombstoneReason.choices)
    at = models.DateTimeField(db_index=True)

    class Meta:
        ordering = ["at", "page_id"]

    def __str__(self):
        return f"Page {self.page_id} {self.reason} at {self.at:%Y-%m-%d %H:%M}"
