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

import bisect
import copy
import datetime
import hashlib
from collections.abc import Sequence

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import EmptyResultSet
from django.core.paginator import Paginator
from django.db.models import Max, Q, QuerySet
from django.db.models.sql import Query
from django.utils import timezone
from django.utils.functional import cached_property

from . import content_version, documents

MISSING = object()
LOCAL_ALIAS = "memo"


# No page has expired yet: hides nothing.
NO_EXPIRY = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
# Expiry dates to come kept per content version; past the last of them, the minute again.
EXPIRIES_KEPT = 1000


def expiry_cutoff():
    """The moment queries compare expiry dates with: a page whose expiry date is at or
    before it is hidden (even before the scheduler unpublishes it). Any moment between the
    last expiry date that has passed and now hides the same pages, and the last such date
    is taken: the SQL of a listing, and every figure memoized under it (counts, lists,
    search results), then stays the same until a page expires or content changes. Compared
    with the current minute, "roma" was ranked again among 100,000 pages every minute.
    Without memoized figures, now."""
    now = timezone.now()
    if not memoizing():
        return now
    passed, coming, complete = content_version.request_local(
        "expiry-dates", lambda: memoized("expiry-dates", expiry_dates)
    )
    reached = bisect.bisect_right(coming, now)
    if reached == len(coming) and not complete:
        return now.replace(second=0, microsecond=0)
    return coming[reached - 1] if reached else passed


def unexpired():
    """The pages not past their expiry date, as a filter."""
    return Q(expire_at__isnull=True) | Q(expire_at__gt=expiry_cutoff())


def expired_ids():
    """The ids of the pages past their expiry date, to exclude by id: the search backend
    filters only on indexed fields, and expire_at is not one (pk is)."""
    from wagtail.models import Page  # headless is loaded before Wagtail's models are

    return Page.objects.filter(expire_at__lte=expiry_cutoff()).values("pk")


def expiry_dates():
    """(the last expiry date passed, the next ones in order, whether they are all there)."""
    from wagtail.models import Page  # headless is loaded before Wagtail's models are

    now = timezone.now()
    dated = Page.objects.filter(expire_at__isnull=False).order_by()
    passed = dated.filter(expire_at__lte=now).aggregate(last=Max("expire_at"))["last"] or NO_EXPIRY
    coming = list(
        dated.filter(expire_at__gt=now).order_by("expire_at").values_list("expire_at", flat=True)[:EXPIRIES_KEPT]
    )
    return passed, coming, len(coming) < EXPIRIES_KEPT


def memoizing():
    """Not while a page is rendered to be stored: it must read what it shows, to depend on it."""
    return settings.MEMOIZE_FIGURES and not documents.capturing()


def memoized(name, compute, *parts):
    """compute(), or what it gave for the same name and parts since content last changed.
    The parts must say everything the figure depends on besides the content (the
    language, the filters); the value must pickle."""
    if not memoizing():
        return compute()
    key = figure_key(name, *parts)
    value = get_many([key]).get(key, MISSING)
    if value is MISSING:
        value = compute()
        set_many({key: value})
    return value


def figure_key(name, *parts):
    """The key a figure is memoized under in the current content version."""
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()[:32]
    return f"figure:{content_version.current()}:{name}:{digest}"


def get_many(keys):
    """The values stored under these keys (each holding the content version), from this
    process's memory where it has them, else from the shared cache.

    What is stored under a key never changes, since the key holds the content version:
    a worker may keep its own copy (the "memo" cache, in its memory, MEMO_LOCAL_ENTRIES)
    and be as fresh as the shared cache, sparing a round trip to Redis per figure (six or
    so per request). Only the content version itself is read from the shared cache on
    each request. Not while the shared cache is unreachable: the version is then unknown
    (None), and nothing is kept under it."""
    local = local_cache(keys)
    found = local.get_many(keys) if local else {}
    if missing := [key for key in keys if key not in found]:
        shared = content_version.response_cache().get_many(missing)
        if local and shared:
            local.set_many(shared)
        found.update(shared)
    return found


def set_many(values):
    content_version.response_cache().set_many(values, settings.RESPONSE_CACHE_TIMEOUT)
    if local := local_cache(values):
        local.set_many(values)


def local_cache(keys):
    if LOCAL_ALIAS not in settings.CACHES or any(key.split(":", 2)[1] == "None" for key in keys):
        return None
    return caches[LOCAL_ALIAS]


def sql_of(queryset):
    """The query's SQL, which names everything a figure read from it depends on; None
    for a query that cannot match anything. Kept on the queryset: a listing's count and its
    slice are keyed on the same one, and compiling a query with a dozen joins takes a few
    milliseconds. A queryset's query does not change once read (filtering clones it), and
    clones do not carry the attribute."""
    if "_memo_sql" not in queryset.__dict__:
        try:
            queryset._memo_sql = str(queryset.query)
        except EmptyResultSet:  # .none(), or a filter on an empty list
            queryset._memo_sql = None
    return queryset._memo_sql


def named(queryset, *parts):
    """The queryset, known to the memos by `parts` instead of its SQL (sql_of): they must
    say everything its SQL does besides the content, such as the index page a listing is
    under, its filters and the expiry cutoff. Building and compiling a listing's query only
    to find the keys of its memoized count and page was a tenth of a news listing's time.
    Like the SQL, the name is not carried by clones: a queryset filtered further is known
    by its SQL again, unless named in turn."""
    queryset._memo_sql = ("named", *parts)
    return queryset


# Querysets built per process (built()): a handful of listings, each per content version.
BUILT_KEPT = 256
_built = {}


def built(name, build, *parts):
    """build(), a queryset, named by `name` and `parts` (named()), built once per process
    and content version and cloned for each request. The news stream under an index (live,
    public, unexpired, with its joins) took a millisecond to build, a seventh of the news
    listing's time; a clone takes a hundredth of that. `parts` must say everything the
    queryset depends on besides the content, like named()'s."""
    version = content_version.current()
    if not memoizing() or version is None:
        return named(build(), name, *parts)
    key = (version, name, *parts)
    queryset = _built.get(key)
    if queryset is None:
        if len(_built) >= BUILT_KEPT:
            _built.clear()
        queryset = _built[key] = build()
    return named(queryset.all(), name, *parts)


def memoized_count(queryset):
    """queryset.count(), memoized under the query's SQL (MemoizedSearch memoizes its own)."""
    if isinstance(queryset, list | tuple):
        return len(queryset)
    if not isinstance(queryset, QuerySet):
        return queryset.count()
    sql = sql_of(queryset)
    if sql is None:
        return 0
    return memoized("count", queryset.count, queryset.db, sql)


def memoized_slice(queryset, start, stop):
    """queryset[start:stop] as a list, the ids memoized under the query's SQL and the items then
    fetched by id: the first ten upcoming events of a topic, a page of a listing. Finding them
    among thousands of matches (sorting them, or walking an index past the ones that do not
    match) took 10-20 ms each at 100,000 pages; fetching ten by id takes under one."""
    if not memoizing() or not isinstance(queryset, QuerySet):
        return list(queryset[start:stop])

    def find_ids():
        sql = sql_of(queryset)
        if sql is None:
            return []
        return memoized(
            "slice-ids",
            lambda: list(queryset[start:stop].prefetch_related(None).values_list("pk", flat=True)),
            queryset.db,
            sql,
            start,
            stop,
        )

    return FetchedById(queryset, find_ids)


class FetchedById(Sequence):
    """The items with these ids, fetched when first read: a section rendered from its memoized
    fragment (headless/templatetags/fragments.py) needs only to know there are some. `ids` may
    be a function, called when they are first needed: compiling the query the ids are
    memoized under took a few ms of a home page whose lists were rendered already."""

    def __init__(self, queryset, ids):
        self.queryset = queryset
        self._ids = ids

    @cached_property
    def ids(self):
        return self._ids() if callable(self._ids) else self._ids

    @cached_property
    def items(self):
        return fetch_by_id(self.queryset, self.ids)

    def __getitem__(self, index):
        return self.items[index]

    def __len__(self):
        return len(self.items)

    def __bool__(self):
        return bool(self.ids)

    def __repr__(self):
        return f"<FetchedById {self.ids}>"


def fetch_by_id(queryset, ids):
    """The items of `queryset` with these ids, in this order, fetched by id alone: with the
    queryset's joins, prefetches, deferred fields and kind (Wagtail's specific pages), but
    not its filters. The ids were found under those filters for the same content version
    (and expiry cutoff); asked again around ten ids, PostgreSQL took 15 ms over a country's event
    filters, where fetching ten rows by id takes one. A queryset that computes columns of
    its own (annotations, values()) is filtered whole, as it must be."""
    query = queryset.query
    if query.annotation_select or query.extra or query.combinator or queryset._fields is not None:
        found = queryset.in_bulk(ids)
    else:
        by_id = Query(queryset.model)
        by_id.select_related = copy.deepcopy(query.select_related)
        by_id.deferred_loading = query.deferred_loading
        fresh = queryset._chain()  # keeps the prefetches and the iterable (specific pages)
        fresh.query = by_id
        found = {item.pk: item for item in fresh.filter(pk__in=ids)}
    return [found[pk] for pk in ids if pk in found]


class MemoizedSearch:
    """Full-text search results whose count and pages are memoized: a word found on most
    pages ("Roma") has every match ranked, which took PostgreSQL a second at 100,000
    pages, and people search the same few words again and again. Sliced and counted as
    Wagtail's results are; a memoized page holds the ids, and the pages are fetched by id.

    `search(queryset)` runs the search; `parts` say what else the results depend on (the
    words, the order). `count` is the total when the caller knows it already."""

    def __init__(self, queryset, search, *parts, count=None):
        self.queryset = queryset
        self.search = search
        self.parts = (queryset.db, sql_of(queryset), *parts)
        self.known_count = count

    @cached_property
    def results(self):
        return self.search(self.queryset)

    def count(self):
        if self.known_count is not None:
            return self.known_count
        return memoized("search-count", self.results.count, *self.parts)

    def __len__(self):
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        if not memoizing():
            return list(self.results[index])
        ids = memoized("search-ids", lambda: [page.pk for page in self.results[index]], *self.parts, index)
        return FetchedById(self.queryset, ids)


class MemoizedPaginator(Paginator):
    """A Paginator whose count (the one query of a listing that reads every item) and pages
    (their ids) are memoized."""

    @cached_property
    def count(self):
        return memoized_count(self.object_list)

    def page(self, number):
        # Paginator.page, but for the slice.
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        return self._get_page(memoized_slice(self.object_list, bottom, top), number, self)
