"""Stored documents: each public page's HTML, rendered once per change of what it shows.

A page (and a topic or country page, a feed: stored()) is rendered after a change, as an
anonymous visitor on PUBLIC_BASE_URL would get it, through the whole middleware stack
(render()). If the answer is public it is stored (models.StoredDocument) with the tokens
of everything the rendering read:

- ``page:<id>`` for every page it loaded (captured: post_init);
- ``model:<app.model>`` for every other model it read, rows or counts (captured: post_init and
  the SQL it ran);
- tokens for the sets of pages it listed, declared where the list is made (depends_on()):
  ``type:<app.model>``, ``children:<tree path>``, ``translations:<key>``, ``url:<url_path>`` (the
  addresses routing tried), ``topic:<slug>``, ``country:<code>``, ``news-about:<id>``;
- ``value:<name>:<value>`` for a figure it showed (depends_on_value()).

Saving, publishing, unpublishing, moving or deleting anything fires the tokens it matches
(page_tokens(), a page type's ``document_tokens()``), and the documents holding them are made
due in the same transaction: their content is dropped, their path kept. Changes to sites,
locales, collections and privacy make every document due. So does the clock, for a document
that shows a page with an expiry date or an event as upcoming, once that moment comes, and a
new release (release()) for every document the old code rendered.

Served (find()) before Wagtail routes the request, to GET and HEAD requests on PUBLIC_BASE_URL
without a query string, session, messages or credentials. An editor's change renders the
documents it made due before it commits (changes.py). Any other due document is rendered
again by whichever comes first, the worker (render_later()) or the first request for it, which
stores it as the worker would and serves it: after a change, a page is rendered once, not once
per request until the worker reaches it. Every other request is rendered as before."""

import datetime
import functools
import hashlib
import logging
import os
import re
import sys
import time
from contextlib import contextmanager
from contextvars import ContextVar
from io import BytesIO
from pathlib import Path
from typing import NamedTuple
from urllib.parse import unquote, urlsplit

import orjson

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.core.handlers.base import BaseHandler
from django.core.handlers.wsgi import WSGIRequest
from django.db import connection, transaction
from django.db.models import F, Min, Q
from django.db.models.signals import post_init, post_save
from django.http import HttpResponse
from django.utils import timezone, translation

from modelcluster.fields import ParentalKey

from . import changes

logger = logging.getLogger(__name__)

_capture = ContextVar("documents_capture", default=None)

# What the request may not carry to be served a stored document.
PERSONAL_HEADERS = ("HTTP_AUTHORIZATION", "HTTP_X_API_KEY")
TABLE = re.compile(r'(?:FROM|JOIN)\s+"([^"]+)"', re.IGNORECASE)


class Capture:
    def __init__(self):
        self.tokens = set()
        self.until = None

    def add_until(self, moment):
        if moment is not None and (self.until is None or moment < self.until):
            self.until = moment


def capturing():
    """Whether a document is being rendered: what it reads must come from the database."""
    return _capture.get() is not None


def depends_on(*tokens):
    """Declares sets of pages the document being rendered lists (a no-op otherwise)."""
    capture = _capture.get()
    if capture is not None:
        capture.tokens.update(tokens)


def valid_until(moment):
    """Declares when the document being rendered stops being true by the clock alone."""
    capture = _capture.get()
    if capture is not None:
        capture.add_until(moment)


def depends_on_value(name, value):
    """Declares that the document shows `value` as `name` (a count): a change that leaves it the
    same makes no document due (revalue())."""
    depends_on(f"value:{name}:{value}")


def expires_with(queryset):
    """Declares that the document shows a figure of the pages of `queryset`: valid until the
    next of them expires."""
    capture = _capture.get()
    if capture is not None:
        capture.add_until(
            queryset.filter(expire_at__gt=timezone.now()).order_by().aggregate(next=Min("expire_at"))["next"]
        )


def dependencies_of(page):
    """What a page's document shows besides the pages it loads: its translations (the language
    links), and the sets its type lists (`document_dependencies()`)."""
    tokens = {f"translations:{page.translation_key}"}
    declared = getattr(page, "document_dependencies", None)
    if declared is not None:
        tokens.update(declared())
    return tokens


def valid_until_tomorrow():
    """For what compares dates with today (upcoming and past events)."""
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    valid_until(timezone.make_aware(datetime.datetime.combine(tomorrow, datetime.time.min)))


# Releases ---------------------------------------------------------------------------------

# What the site's output is made of besides content: its code, templates, translations, static
# files and pinned packages.
RELEASE_SUFFIXES = {".py", ".html", ".txt", ".mo", ".css", ".js", ".svg"}
NOT_RELEASED = {"tests", "tools", "docs", "media", "private_media", "node_modules", "htmlcov", "__pycache__"}


@functools.cache
def release():
    """A digest of the files the site's output is made of."""
    digest = hashlib.sha1(usedforsecurity=False)
    root = Path(settings.BASE_DIR)
    for directory, subdirectories, files in os.walk(root):
        subdirectories[:] = sorted(
            name for name in subdirectories if name not in NOT_RELEASED and not name.startswith(".")
        )
        for name in sorted(files):
            path = Path(directory) / name
            if path.suffix in RELEASE_SUFFIXES or name == "requirements.txt":
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


# Tokens -----------------------------------------------------------------------------------


def page_tokens(page):
    """What a change to `page` fires."""
    tokens = {f"page:{page.pk}", f"translations:{page.translation_key}", f"url:{page.url_path}"}
    tokens |= type_tokens(page)
    if page.depth and page.depth > 1:
        tokens.add(children_token(page.path[: -page.steplen]))
    declared = getattr(as_specific(page), "document_tokens", None)
    if declared is not None:
        tokens.update(declared())
    return tokens


def as_specific(page):
    """The page as its own type, where its row is still there to read."""
    if page.specific_class is None or isinstance(page, page.specific_class):
        return page
    try:
        return page.specific
    except page.specific_class.DoesNotExist:  # being deleted
        return page


def type_tokens(page):
    """The sets of pages of a type `page` belongs to: its own and the ones it extends."""
    model = page.specific_class or type(page)
    return {
        type_token(klass)
        for klass in model.__mro__
        if hasattr(klass, "_meta") and not klass._meta.abstract and klass._meta.app_label != "wagtailcore"
    }


def children_token(parent_path):
    """The pages right under the page at this tree path (Page.path)."""
    return f"children:{parent_path}"


def type_token(model):
    return f"type:{model._meta.label_lower}"


def model_token(model):
    return f"model:{model._meta.label_lower}"


def is_page_model(model):
    from wagtail.models import Page

    return issubclass(model, Page)


def is_page_data(model):
    """A page's own rows (its specific table, inline panels, tags, many-to-many): they are saved
    with the page, whose tokens then fire."""
    if is_page_model(model):
        return True
    to_pages = [
        field
        for field in model._meta.fields
        if field.many_to_one and isinstance(field.remote_field.model, type) and is_page_model(field.remote_field.model)
    ]
    if model._meta.auto_created:
        return bool(to_pages)
    return any(isinstance(field, ParentalKey) for field in to_pages)


_tables = None


def tables():
    """{table: token} for the content tables that are not pages' own rows."""
    global _tables
    if _tables is None:
        from .content_version import is_content

        _tables = {
            model._meta.db_table: model_token(model)
            for model in apps.get_models(include_auto_created=True)
            if is_content(model) and not is_page_data(model)
        }
    return _tables


# Rendering --------------------------------------------------------------------------------


def record_instance(sender, instance, **kwargs):
    capture = _capture.get()
    if capture is None:
        return
    if is_page_model(sender):
        if instance.pk is not None:
            capture.tokens.add(f"page:{instance.pk}")
            expire_at = instance.__dict__.get("expire_at")
            if expire_at is not None and expire_at > timezone.now():
                capture.add_until(expire_at)
    else:
        token = tables().get(sender._meta.db_table)
        if token:
            capture.tokens.add(token)


def record_tables(execute, sql, params, many, context):
    capture = _capture.get()
    if capture is not None:
        known = tables()
        for table in TABLE.findall(sql):
            if table in known:
                capture.tokens.add(known[table])
    return execute(sql, params, many, context)


@contextmanager
def capture():
    state = Capture()
    token = _capture.set(state)
    post_init.connect(record_instance, dispatch_uid="documents-record-instance", weak=False)
    try:
        with connection.execute_wrapper(record_tables):
            yield state
    finally:
        _capture.reset(token)
        if _capture.get() is None:
            post_init.disconnect(dispatch_uid="documents-record-instance")


class Handler(BaseHandler):
    """The site's middleware and URLs, as for a visitor; one per process."""

    def __init__(self):
        super().__init__()
        self.load_middleware()


_handler = None


def handler():
    global _handler
    if _handler is None:
        _handler = Handler()
    return _handler


def made_up_request(path, query=""):
    base = urlsplit(settings.PUBLIC_BASE_URL)
    port = base.port or (443 if base.scheme == "https" else 80)
    request = WSGIRequest(
        {
            "REQUEST_METHOD": "GET",
            # WSGI carries the path's UTF-8 bytes as a latin-1 string.
            "PATH_INFO": path.encode().decode("latin-1"),
            "QUERY_STRING": query,
            "SERVER_NAME": base.hostname,
            "SERVER_PORT": str(port),
            "HTTP_HOST": base.netloc,
            "HTTP_X_FORWARDED_PROTO": base.scheme,
            "HTTP_ACCEPT": "application/json" if query else "text/html",
            "REMOTE_ADDR": "127.0.0.1",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "wsgi.url_scheme": base.scheme,
            "wsgi.input": BytesIO(),
            "wsgi.errors": sys.stderr,
        }
    )
    # Wagtail's flag for a request it made up: no response cache, no read replica.
    request.is_dummy = True
    request.storing_document = True
    return request


def is_storing(request):
    return getattr(request, "storing_document", False)


def keep(request, response):
    """While storing (the on_serve_page hook, stored()): the view's own answer, before the
    middleware adds what it adds to every answer."""
    if hasattr(response, "render") and callable(response.render):
        response = response.render()
    if response.status_code == 200 and not response.streaming:
        headers = {name: value for name, value in response.headers.items() if name.lower() != "content-length"}
        request.kept_document = (bytes(response.content), headers)
    return response


class Item:
    """A page's API item, stored under ``item:<app.Model>:<id>``: its entry in the v2 listing of
    its type with all fields (`/api/v2/pages/?type=…&fields=*`), which the listing serves for
    the pages it lists when asked for exactly that (api/items.py)."""

    prefix = "item:"

    @staticmethod
    def key(page):
        return Item.key_of(page.specific_class or type(page), page.pk)

    @staticmethod
    def key_of(model, pk):
        return f"item:{model._meta.label}:{pk}"

    @staticmethod
    def request(key):
        _kind, label, pk = key.split(":")
        return made_up_request("/api/v2/pages/", f"type={label}&fields=*&id={pk}")

    @staticmethod
    def kept(response):
        items = orjson.loads(response.content).get("items") or [None]
        if items[0] is None:
            return None
        return orjson.dumps(items[0]), {"Content-Type": "application/json"}


class Listing:
    """The v2 listing of a page type, stored under ``listing:<app.Model>``: how many pages it
    lists and the ids of the first LISTED_IDS of them, in its order (api/listing.py). A listing
    of that type that asks for no other filter nor order takes its ids and count from it."""

    prefix = "listing:"

    @staticmethod
    def key_of(model):
        return f"listing:{model._meta.label}"

    @staticmethod
    def request(key):
        _kind, label = key.split(":")
        request = made_up_request("/api/v2/pages/", f"type={label}")
        request.storing_listing = True
        return request

    @staticmethod
    def kept(response):
        return bytes(response.content), {"Content-Type": "application/json"}


KINDS = (Item, Listing)


def kind_of(path):
    """Item or Listing for their keys, None for an address."""
    return next((kind for kind in KINDS if path.startswith(kind.prefix)), None)


# How many times a rendering overtaken by a change is begun again at once, before the path is
# left to a task of its own.
ATTEMPTS = 3
OVERTAKEN = "overtaken"


class Stored(NamedTuple):
    content: bytes
    headers: dict
    valid_until: datetime.datetime | None


def render(path):
    """Renders `path` (an address, or an item's key) and stores it if it is public. Returns
    what it stored (Stored), or None. A rendering a change overtook is begun again:
    the change asked only for the documents it made due, and this one was not stored yet."""
    for _attempt in range(ATTEMPTS):
        outcome = render_once(path)
        if outcome is not OVERTAKEN:
            return outcome
    render_later([path])
    return None


def render_once(path):
    """Stored if stored, None if not public, OVERTAKEN if a change committed
    meanwhile."""
    from .models import DocumentGeneration, StoredDocument, StoredDocumentDependency

    generation = DocumentGeneration.objects.values_list("number", flat=True).first()
    kind = kind_of(path)
    request = kind.request(path) if kind else made_up_request(path)
    # Within a request (the immediate task backend), the middleware below would leave its
    # language active for the rest of that request.
    with capture() as state, translation.override(translation.get_language()):
        response = handler().get_response(request)
    kept = getattr(request, "kept_document", None)
    if kind and response.status_code == 200:
        kept = kind.kept(response)
    cache_control = {part.strip().lower() for part in response.get("Cache-Control", "").split(",")}
    if kept is None or response.status_code != 200 or response.cookies or "public" not in cache_control:
        # No longer public (unpublished, made private, a form now): nothing due at its path.
        StoredDocument.objects.due().filter(path=path).delete()
        return None
    with transaction.atomic():
        # Waits for a transaction making documents due to commit, and tells whether one has
        # since this rendering began.
        DocumentGeneration.objects.filter(pk=1).update(number=F("number"))
        if DocumentGeneration.objects.values_list("number", flat=True).first() != generation:
            return OVERTAKEN
        until = earliest(state.until, next_expiry(state.tokens))
        delete(StoredDocument.objects.filter(path=path).values_list("pk", flat=True))
        content, headers = kept
        kept = Stored(content, headers, until)
        document = StoredDocument.objects.create(
            path=path,
            content=content,
            headers=headers,
            valid_until=until,
            rendered_at=timezone.now(),
            release=release(),
        )
        StoredDocumentDependency.objects.bulk_create(
            StoredDocumentDependency(document=document, token=token) for token in sorted(state.tokens)
        )
    return kept


def earliest(*moments):
    moments = [moment for moment in moments if moment is not None]
    return min(moments) if moments else None


def next_expiry(tokens):
    """The next expiry date among the pages of the sets a document lists."""
    from wagtail.models import Page

    sets = Q()
    for token in tokens:
        kind, _, value = token.partition(":")
        if kind == "type":
            # Pages of the model and of its subclasses (a news item is a NewsPage's row too).
            sets |= Q(pk__in=apps.get_model(value).objects.values("pk"))
        elif kind == "children":
            sets |= Q(path__startswith=value, depth=len(value) // Page.steplen + 1)
    if not sets:
        return None
    found = Page.objects.filter(sets, live=True, expire_at__gt=timezone.now()).aggregate(next=Min("expire_at"))
    return found["next"]


# Changes ----------------------------------------------------------------------------------


def delete(ids):
    from .models import StoredDocument, StoredDocumentDependency

    ids = list(ids)
    if ids:
        StoredDocumentDependency.objects.filter(document_id__in=ids).delete()
        StoredDocument.objects.filter(pk__in=ids).delete()


def make_due(found):
    """Drops what the documents `found` ((id, path) pairs) hold and what they depend on,
    keeping their paths: the next request for one renders it (find()). Once the change
    commits, the response cache forgets its answers at those paths."""
    from .models import StoredDocument, StoredDocumentDependency

    found = list(found)
    if found:
        ids = [pk for pk, _path in found]
        StoredDocumentDependency.objects.filter(document_id__in=ids).delete()
        StoredDocument.objects.filter(pk__in=ids).update(content=None, headers={}, valid_until=None)
        move_versions_on_commit([version_key(path) for _pk, path in found])


def move_generation_on():
    from .models import DocumentGeneration

    if not DocumentGeneration.objects.filter(pk=1).update(number=F("number") + 1):
        DocumentGeneration.objects.get_or_create(pk=1)


def invalidate(tokens, also_render=()):
    """Makes the documents holding any of `tokens` due, in the caller's transaction, and has
    them and `also_render` rendered again once it commits."""
    from .models import StoredDocument

    move_generation_on()
    found = list(
        StoredDocument.objects.filter(dependencies__token__in=list(tokens)).values_list("pk", "path").distinct()
    )
    make_due(found)
    render_later({path for _, path in found} | set(also_render))


def revalue(name, value):
    """Makes the documents showing another value as `name` than `value` due."""
    from .models import StoredDocument, StoredDocumentDependency

    stale = StoredDocumentDependency.objects.filter(token__startswith=f"value:{name}:").exclude(
        token=f"value:{name}:{value}"
    )
    found = list(StoredDocument.objects.filter(pk__in=stale.values("document_id")).values_list("pk", "path"))
    if found:
        move_generation_on()
        make_due(found)
        render_later({path for _, path in found})


def page_changed(page, also_render=(), tokens=()):
    """Fires what a change to `page` fires, and has its type recompute the values documents
    show of it (`document_values()`)."""
    invalidate(page_tokens(page) | set(tokens), also_render=also_render)
    values = getattr(as_specific(page), "document_values", None)
    if values is not None:
        for name, value in values().items():
            revalue(name, value)


def invalidate_all():
    from .models import StoredDocument, StoredDocumentDependency

    move_generation_on()
    paths = list(StoredDocument.objects.values_list("path", flat=True))
    StoredDocumentDependency.objects.all().delete()
    StoredDocument.objects.update(content=None, headers={}, valid_until=None)
    move_versions_on_commit([ALL_VERSION_KEY])
    render_later(paths)


def render_later(paths):
    """Has the worker render `paths` once the current transaction commits (at once outside one).
    A change fires several signals, each asking for some of the same paths: the worker skips a
    path stored since it was asked for (by the change itself, before it committed: changes.py)."""
    paths = sorted({path for path in paths if path})
    if not paths or not settings.STORED_DOCUMENTS:
        return
    changes.made_due(paths)
    asked = timezone.now().isoformat()
    transaction.on_commit(lambda: enqueue(paths, asked))


def enqueue(paths, asked):
    from .tasks import render_documents

    try:
        render_documents.enqueue(paths, asked)
    except Exception:  # noqa: BLE001 - a page not stored is rendered per request, not lost
        logger.exception("Could not have %s documents rendered again", len(paths))


# Versions ---------------------------------------------------------------------------------

# Each stored path has a version in the "responses" cache, moved on once a change that made its
# document due has committed: the response cache keeps the answer at that path under it
# (response_cache.py), so that a publish makes only the answers it changed unreachable. Making
# every document due moves ALL_VERSION_KEY on, which every such key holds too.
ALL_VERSION_KEY = "documents-version"


def version_key(path):
    return "document-version:" + hashlib.sha256(path.encode()).hexdigest()


def move_versions_on_commit(keys):
    """Now, for the rest of the transaction, and again once it commits: a request that read the
    new version before the commit may have kept the old answer under it."""
    move_versions_on(keys)
    transaction.on_commit(lambda: move_versions_on(keys))


def move_versions_on(keys):
    """Past both the old value and the clock: a key evicted and read again starts from the
    clock (response_cache.py), and must not come back to a value answers were kept under."""
    cache = caches["responses"]
    old = cache.get_many(keys)
    now = time.time_ns()
    cache.set_many({key: max(old.get(key, 0) + 1, now) for key in keys}, timeout=None)


# Serving ----------------------------------------------------------------------------------


def may_serve(request):
    """Whether `request` may get what was stored for an anonymous visitor on PUBLIC_BASE_URL."""
    if not settings.STORED_DOCUMENTS or is_storing(request) or request.method not in ("GET", "HEAD"):
        return False
    if getattr(request, "is_preview", False) or any(name in request.META for name in PERSONAL_HEADERS):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False
    return f"{request.scheme}://{request.get_host()}" == settings.PUBLIC_BASE_URL


def stored(view):
    """A view whose answers are stored like pages': served from the store when there is one,
    kept while it is rendered to be stored."""

    @functools.wraps(view)
    def serve_stored(request, *args, **kwargs):
        if is_storing(request):
            return keep(request, view(request, *args, **kwargs))
        found = find(request)
        return found if found is not None else view(request, *args, **kwargs)

    return serve_stored


def servable_path(request):
    """The path whose stored document may answer `request`, or None: pages are stored for their
    plain address."""
    if request.META.get("QUERY_STRING") or not may_serve(request):
        return None
    return request.path


def find(request):
    """The stored answer to `request`, or None. A due document is rendered and stored here,
    then served."""
    path = servable_path(request)
    if path is None:
        return None
    found, due = fresh([path])
    stored = found.get(path) or (render_due(path) if path in due else None)
    if stored is None:
        return None
    response = HttpResponse(stored.content, headers=stored.headers)
    # The response cache keeps it under the document's own version (response_cache.py).
    response.stored_document = stored
    return response


# How long a request waits for another process rendering the due document it asks for, before
# rendering it itself; and how often it looks.
RENDERING_WAIT = 2
RENDERING_POLL = 0.01


def render_due(path):
    """Renders the due document at `path`, or waits while another process renders it: right
    after a publish every worker asks for the same few pages, and each rendering them at once
    only made each wait longer. Without a shared cache to hold the lock, renders it."""
    lock = "documents-rendering:" + hashlib.sha256(path.encode()).hexdigest()
    cache = caches["default"]
    if cache.add(lock, os.getpid(), timeout=RENDERING_WAIT) is not False:
        try:
            return render(path)
        finally:
            cache.delete(lock)
    deadline = time.monotonic() + RENDERING_WAIT
    while time.monotonic() < deadline:
        pause()
        found, due = fresh([path])
        if path in found or path not in due:
            return found.get(path)
    return render(path)


def pause():
    time.sleep(RENDERING_POLL)


def find_listing(request, model):
    """The stored listing of `model` (Listing), {"count": …, "ids": […]}, or None."""
    if not may_serve(request):
        return None
    key = Listing.key_of(model)
    found, _due = fresh([key])
    return orjson.loads(found[key].content) if key in found else None


def find_items(request, keys):
    """{key: item} of the stored API items `keys` names; the listing serializes the others."""
    if not may_serve(request):
        return {}
    found, _due = fresh(keys)
    return {key: orjson.loads(stored.content) for key, stored in found.items()}


def fresh(paths):
    """({path: Stored} of what is stored at `paths` and may be served, [the paths due]). What
    was rendered by other code, or is past what it showed by the clock (an expiry date, an
    event's day), is made due, and the worker renders it again."""
    from .models import StoredDocument

    found, due, stale = {}, [], []
    now = timezone.now()
    rows = StoredDocument.objects.filter(path__in=paths).values_list(
        "pk", "path", "content", "headers", "valid_until", "release"
    )
    for pk, path, content, headers, until, stored_by in rows:
        if content is None:
            due.append(path)
        elif stored_by != release() or (until is not None and until <= now):
            stale.append((pk, path))
            due.append(path)
        else:
            found[path] = Stored(bytes(content), headers, until)
    if stale:
        make_due(stale)
        render_later(path for _, path in stale)
    return found, due


def page_paths(page):
    """What is stored of a live page: its document and its API item."""
    return [page_path(page), Item.key(page)]


def page_path(page):
    """The path of `page` on PUBLIC_BASE_URL, or None."""
    url = page.get_url()
    if not url:
        return None
    return unquote(urlsplit(url).path)


# Signals ----------------------------------------------------------------------------------

# Changing them may change what every page shows, or who may see it.
EVERYWHERE = {
    "wagtailcore.site",
    "wagtailcore.locale",
    "wagtailcore.collection",
    "wagtailcore.pageviewrestriction",
    "wagtailcore.collectionviewrestriction",
}
# A page saved with only these changes an editor's draft, not what visitors see.
DRAFT_FIELDS = {
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "locked",
    "locked_by",
    "locked_at",
    "wagtail_admin_comments",
}


def content_changed(sender, instance, created=False, raw=False, **kwargs):
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting

    if raw:
        # Loaded as it was dumped (a restore), with the documents stored beside it then.
        return
    if created and issubclass(sender, (BaseGenericSetting, BaseSiteSetting)):
        # Settings make their row on first read, while a page renders, holding the defaults it showed.
        return
    if sender._meta.label_lower in EVERYWHERE:
        invalidate_all()
    elif is_page_model(sender):
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and set(update_fields) <= DRAFT_FIELDS:
            return
        saved_live = kwargs.get("signal") is post_save and instance.live
        page_changed(instance, also_render=page_paths(instance) if saved_live else ())
    elif not is_page_data(sender):
        invalidate({model_token(sender)})


def relations_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    if not action.startswith("post_"):
        return
    tokens = set()
    if is_page_model(type(instance)):
        tokens |= page_tokens(instance)
    elif not is_page_data(type(instance)):
        tokens.add(model_token(type(instance)))
    if is_page_model(model):
        tokens |= {f"page:{pk}" for pk in pk_set or ()}
    if tokens:
        invalidate(tokens)


def page_published(sender, instance, **kwargs):
    # The listing of its type too: the first page of a type published stores it.
    listing = Listing.key_of(instance.specific_class or type(instance))
    page_changed(instance, also_render=[*page_paths(instance), listing])


def page_unpublished(sender, instance, **kwargs):
    page_changed(instance)


def page_moved(sender, instance, parent_page_before=None, url_path_before=None, instance_before=None, **kwargs):
    """A move or a new slug changes the address of the page and of every page under it."""
    from wagtail.models import Page

    tokens = set()
    if parent_page_before is not None:
        tokens.add(children_token(parent_page_before.path))
    if instance_before is not None:
        url_path_before = instance_before.url_path
    if url_path_before:
        tokens.add(f"url:{url_path_before}")
    descendants = Page.objects.descendant_of(instance, inclusive=True).specific()
    # Each page's address, and its place in the listings of its type, which are in tree order.
    for page in descendants:
        tokens |= {f"page:{page.pk}", f"url:{page.url_path}", *type_tokens(page)}
    also_render = [path for page in descendants if page.live for path in page_paths(page)]
    page_changed(instance, tokens=tokens, also_render=also_render)


def register_signal_handlers():
    from wagtail import signals

    from .content_version import connect_to_content

    connect_to_content("documents", content_changed, relations_changed)
    signals.page_published.connect(page_published, dispatch_uid="documents-published", weak=False)
    signals.page_unpublished.connect(page_unpublished, dispatch_uid="documents-unpublished", weak=False)
    signals.post_page_move.connect(page_moved, dispatch_uid="documents-moved", weak=False)
    signals.page_slug_changed.connect(page_moved, dispatch_uid="documents-slug-changed", weak=False)
