"""One number for the state of everything a visitor can see. The response cache
(response_cache.py) keys every entry on it, so a change to any page, snippet,
image, document, site or privacy setting makes the whole cache unreachable at
once: each instance sharing the cache misses on its next request and renders the
change. Coarse, and deliberately so: working out which of thousands of listings,
feeds and topic pages one change touches is where invalidation goes wrong, and
content changes are rare next to reads.

A page whose expiry date passes changes what a visitor can see without any save (the
scheduler unpublishes it later, if it runs at all), so the version also holds the next
expiry date of a live page: once the clock passes it, the next reader moves the version on,
and nothing rendered before the expiry is served after it. The HTTP caches are told the
same: no max-age reaches past that date (caching.py)."""

import time
from contextlib import contextmanager
from contextvars import ContextVar

from django.apps import apps
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction
from django.db.models import Min
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

VERSION_KEY = "content-version"
# (version, the next expiry date of a live page as a timestamp, or None), for that version.
EXPIRY_KEY = "content-version-next-expiry"
# Seconds a process-local cache keeps the next expiry date: another process's publish moves
# only its own version, so each process looks for a new expiry date this often.
LOCAL_EXPIRY_TIMEOUT = 10

# Every model of these apps is content, apart from the ones below.
CONTENT_APPS = {"taxonomy", "images", "people", "events", "news", "home", "intranet", "wagtaildocs", "taggit"}
# Written while pages are rendered (renditions) or beside content without changing what is shown.
NOT_CONTENT = {"images.creditedrendition"}
# Wagtail's core app also holds revisions, workflow states, logs and comments: only these change pages.
WAGTAIL_CONTENT = {
    "wagtailcore.page",
    "wagtailcore.site",
    "wagtailcore.locale",
    "wagtailcore.collection",
    "wagtailcore.pageviewrestriction",
    "wagtailcore.collectionviewrestriction",
}


# What this request has read: the version and the next expiry date, under VERSION_KEY.
_request_state = ContextVar("content_version_request_state", default=None)


def response_cache():
    return caches["responses"]


@contextmanager
def pinned():
    """Within it, the version and the next expiry date are read from the cache once: the
    response cache looks the request up under the version, and HTTPCachingMiddleware caps
    the answer's max-age at the expiry date read with it, one round trip to Redis rather than
    two. Keeping them for the request is safe: an answer stored under a version that has since
    moved on is never read again, as with entries stored just before a publish. A change made
    by the request itself (bump) makes it read them again."""
    token = _request_state.set({})
    try:
        yield
    finally:
        _request_state.reset(token)


def current():
    """The version now, set to the clock if the cache has none (a fresh or flushed Redis, an
    evicted key): a clock reading is past every number handed out before, so entries stored
    under an older version are never read again."""
    return read()[0]


def next_expiry():
    """When the next live page expires (a timestamp), or None: the moment the version moves
    on by itself."""
    return read()[1]


def read():
    state = _request_state.get()
    if state is not None and VERSION_KEY in state:
        return state[VERSION_KEY]
    return read_with(())[0]


def read_with(keys):
    """((version, next expiry), {key: value} of `keys` in the same cache), in one round trip:
    the response cache reads a page's own version (response_cache.py) beside this one."""
    state = _request_state.get()
    cache = response_cache()
    found = cache.get_many([VERSION_KEY, EXPIRY_KEY, *keys])
    version = found.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, time.time_ns(), timeout=None)
        version = cache.get(VERSION_KEY)
    expiry = found.get(EXPIRY_KEY)
    if expiry is None or expiry[0] != version:
        expiry = (version, find_next_expiry())
        cache.set(EXPIRY_KEY, expiry, timeout=expiry_timeout(cache))
    if expiry[1] is not None and expiry[1] <= time.time():
        # A page has expired since the version was read: what was stored under it showed the page.
        bump()
        return read_with(keys)
    if state is not None:
        state[VERSION_KEY] = expiry
    return expiry, {key: found[key] for key in keys if key in found}


def expiry_timeout(cache):
    """Shared (Redis), every process sees every change: kept until the version moves on."""
    return LOCAL_EXPIRY_TIMEOUT if isinstance(cache, LocMemCache) else None


def find_next_expiry():
    from wagtail.models import Page  # headless is loaded before Wagtail's models are

    moment = Page.objects.filter(live=True, expire_at__gt=timezone.now()).aggregate(next=Min("expire_at"))["next"]
    return moment.timestamp() if moment is not None else None


def bump(find_expiry=True):
    """Moves the version on. `find_expiry=False` leaves the next expiry date to the next reader,
    for a process that may start before the database is migrated."""
    cache = response_cache()
    try:
        version = cache.incr(VERSION_KEY)
    except ValueError:  # no version yet: any fresh one is past the old entries
        cache.add(VERSION_KEY, time.time_ns(), timeout=None)
        version = cache.get(VERSION_KEY)
    if find_expiry:
        # Found now, once per change, rather than by the next reader.
        cache.set(EXPIRY_KEY, (version, find_next_expiry()), timeout=expiry_timeout(cache))
    state = _request_state.get()
    if state is not None:
        state.clear()


def content_changed(sender, created=False, **kwargs):
    if created and issubclass(sender, (BaseGenericSetting, BaseSiteSetting)):
        # Settings make their row on first read, while a page renders, holding the defaults it showed.
        return
    bump()
    # Again once the transaction commits: a request that read the new version before the
    # commit rendered the old rows, and must not be the one left in the cache.
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(bump)


def is_content(model):
    label = model._meta.label_lower
    if label in NOT_CONTENT:
        return False
    return model._meta.app_label in CONTENT_APPS or label in WAGTAIL_CONTENT


def connect_to_content(name, changed, relations_changed):
    """Connects the receivers to the saves, deletions and many-to-many changes of every content
    model. Per model rather than for every sender: a receiver on all senders would make Django
    give up fast deletes everywhere (sessions, task results)."""
    for model in apps.get_models(include_auto_created=True):
        if not is_content(model):
            continue
        uid = f"{name}-{model._meta.label_lower}"
        post_save.connect(changed, sender=model, dispatch_uid=f"{uid}-saved", weak=False)
        post_delete.connect(changed, sender=model, dispatch_uid=f"{uid}-deleted", weak=False)
        m2m_changed.connect(relations_changed, sender=model, dispatch_uid=f"{uid}-m2m", weak=False)


def register_signal_handlers():
    connect_to_content("content-version", content_changed, content_changed)
    # Sent after the page and its related rows are written (a move updates paths in bulk).
    page_signals = {
        "published": page_published,
        "unpublished": page_unpublished,
        "slug-changed": page_slug_changed,
        "moved": post_page_move,
    }
    for name, signal in page_signals.items():
        signal.connect(content_changed, dispatch_uid=f"content-version-page-{name}", weak=False)
