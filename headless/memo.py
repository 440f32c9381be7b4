"""Figures read from every page (how many participants there are, each topic's and
country's counts, how many items a listing pages through) are worked out once per
content version (content_version.py) and kept in the "responses" cache beside the
rendered answers: recounting them on each request makes every topic page, listing and
API answer slower as the site grows, though they change only when content does.

The same number that makes a cached answer unreachable makes a memoized figure
unreachable, so a publish is counted on the next request, by every worker and
instance sharing the cache. Like RESPONSE_CACHE, MEMOIZE_FIGURES is on by default
only with a shared cache (CACHE_URL): with one cache per process, the other workers
would go on counting the old content until the timeout."""

import hashlib

from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.functional import cached_property

from . import content_version

MISSING = object()


def this_minute():
    """Now, to the minute: the moment queries compare expiry dates with. The SQL, and the
    memoized counts keyed on it, stay the same through the minute; the scheduler that
    unpublishes expired pages runs once a minute anyway."""
    return timezone.now().replace(second=0, microsecond=0)


def memoized(name, compute, *parts):
    """compute(), or what it gave for the same name and parts since content last changed.
    The parts must say everything the figure depends on besides the content (the
    language, the filters); the value must pickle."""
    if not settings.MEMOIZE_FIGURES:
        return compute()
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()[:32]
    cache = content_version.response_cache()
    key = f"figure:{content_version.current()}:{name}:{digest}"
    value = cache.get(key, MISSING)
    if value is MISSING:
        value = compute()
        cache.set(key, value, settings.RESPONSE_CACHE_TIMEOUT)
    return value


def memoized_count(queryset):
    """queryset.count(), memoized under the query's SQL (search results are counted as they are)."""
    if isinstance(queryset, list | tuple):
        return len(queryset)
    if not isinstance(queryset, QuerySet):
        return queryset.count()
    try:
        sql = str(queryset.query)
    except EmptyResultSet:  # .none(), or a filter on an empty list
        return 0
    return memoized("count", queryset.count, queryset.db, sql)


class MemoizedPaginator(Paginator):
    """A Paginator whose count, the one query of a listing that reads every item, is memoized."""

    @cached_property
    def count(self):
        return memoized_count(self.object_list)
