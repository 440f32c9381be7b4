import pytest

from wagtail.models import Collection, Locale, Site

from home.demo.loader import DemoLoader
from tests.browse.builders import Site as Sections
from tests.factories import TopicFactory
from tests.receiver import Receiver
from tests.users import logged_in, user_in


@pytest.fixture
def home_page(db):
    """The HomePage the migrations put at the root of the default site."""
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def french(db):
    return Locale.objects.get(language_code="fr")


@pytest.fixture
def site(home_page):
    """The news, events and participants sections, and a way to add pages filed under
    topics and countries to each (tests/browse/builders.py)."""
    return Sections(home_page)


@pytest.fixture
def housing(db):
    return TopicFactory(name="Housing", slug="housing", description="Decent homes for Roma families.")


@pytest.fixture
def education(db):
    return TopicFactory(name="Education", slug="education")


@pytest.fixture
def demo_site(db):
    """The English demo content: what most tests need, in half the time of both languages."""
    DemoLoader(log=lambda message: None, french=False).run()
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def bilingual_demo_site(db):
    """The demo content with its French translations, made through wagtail-localize."""
    DemoLoader(log=lambda message: None).run()
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "password")
    client.force_login(user)
    return client


def is_transactional(item):
    marker = item.get_closest_marker("django_db")
    if marker is not None and (marker.kwargs.get("transaction") or marker.args[:1] == (True,)):
        return True
    return bool({"transactional_db", "live_server"} & set(item.fixturenames))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """Puts back what the migrations made (site, home page, locales, groups, collections)
    once a transactional test has emptied the tables. Run in one process, pytest-django runs
    those tests last, after every test that needs the data; on pytest-xdist's workers they
    come in any order, and every test after them failed. A hook rather than a fixture: the
    tables are emptied when pytest-django's own fixture is torn down, after any of ours."""
    yield
    # After the last test, the session's teardown has already dropped the test databases and
    # pointed the connections back at the real ones: nothing to put back, and not there.
    if nextitem is None or not is_transactional(item):
        return
    from pytest_django.plugin import blocking_manager_key

    from django.db import connections

    with item.config.stash[blocking_manager_key].unblock():
        for connection in connections.all(initialized_only=True):
            contents = getattr(connection, "_test_serialized_contents", None)
            if contents and not connection.settings_dict.get("TEST", {}).get("MIRROR"):
                connection.creation.deserialize_db_from_string(contents)


@pytest.fixture(autouse=True)
def fresh_cache():
    """Each test starts with empty caches, so that counters kept there (the
    forms' per-address rate limit) and cached responses never carry over from
    another test."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the default language. A request for a French page leaves French
    active in the thread (LocaleMiddleware activates it, nothing deactivates it), and a test
    that then calls code directly (a sitemap's locations, the catalogue's descriptions) got
    French answers, or not, depending on which tests its worker had run before."""
    from django.utils import translation

    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture
def files_on_disk(settings, tmp_path):
    """Uploaded files stored the way production stores them, in two directories
    on disk: the public media, and the private one that nothing serves."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private_media"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": settings.PRIVATE_MEDIA_ROOT},
        },
    }


@pytest.fixture
def intranet_collection(db):
    """The participants' collection, restricted to their group by a migration."""
    return Collection.objects.get(name="Intranet")


@pytest.fixture
def member(db, django_user_model):
    return user_in(django_user_model, "megara-contact", "Participants")


@pytest.fixture
def member_client(member):
    return logged_in(member)


@pytest.fixture
def cdn(settings):
    """A real HTTP server standing in for Varnish, receiving
    wagtail.contrib.frontend_cache's PURGE requests."""
    with Receiver() as receiver:
        settings.WAGTAILFRONTENDCACHE = {
            "default": {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                "LOCATION": f"http://127.0.0.1:{receiver.server.server_port}",
            }
        }
        yield receiver


@pytest.fixture(params=["locmem", pytest.param("redis", marks=pytest.mark.redis)])
def cache_backend(request):
    """Each test twice: on the in-memory caches, and (marker `redis`) on a real redis-server."""
    if request.param == "redis":
        request.getfixturevalue("redis_caches")
    return request.param


@pytest.fixture(params=["caches off", pytest.param("production caches", marks=pytest.mark.redis)])
def caching(request, settings):
    """Each test twice: with the caches off, as the rest of the suite runs, and as production
    runs with CACHE_URL set: the response cache on a real redis-server, and every page's
    document stored by the time a visitor asks for it."""
    if request.param == "production caches":
        request.getfixturevalue("redis_caches")
        request.getfixturevalue("stored_documents")
        settings.RESPONSE_CACHE = True
    return request.param


@pytest.fixture
def stored_documents():
    """Before each request the test client sends, the requested page's document (or the listing
    and the items of the pages of the type a v2 listing asks for) is rendered and stored unless one is stored already, as the task worker does after each change (tests run in
    a transaction that never commits, so the worker's turn never comes). A document a change
    should have made due and did not is served as it was: that is what this finds."""
    from django.apps import apps
    from django.core.signals import request_started
    from django.http import QueryDict

    from headless import documents
    from headless.models import StoredDocument

    def store_first(sender, environ, **kwargs):
        path = environ["PATH_INFO"].encode("latin-1").decode()
        query = QueryDict(environ.get("QUERY_STRING", ""))
        if path == "/api/v2/pages/" and query.get("type"):
            # A listing that may serve stored items: every page of the type has its own.
            try:
                model = apps.get_model(query["type"])
            except (LookupError, ValueError):
                return
            paths = [documents.Listing.key_of(model), *(documents.Item.key(page) for page in model.objects.live())]
        elif not query:
            paths = [path]
        else:
            return
        stored = set(StoredDocument.objects.rendered().filter(path__in=paths).values_list("path", flat=True))
        for missing in set(paths) - stored:
            documents.render(missing)

    request_started.connect(store_first, dispatch_uid="tests-store-first")
    yield
    request_started.disconnect(dispatch_uid="tests-store-first")


def worker_database(url):
    """Under pytest-xdist, each worker its own Redis database, counting down from the URL's
    (gw0 on 15, gw1 on 14...): the tests empty theirs, and must not empty another's."""
    import os

    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    if not worker.startswith("gw"):
        return url
    base, _, number = url.rpartition("/")
    return f"{base}/{int(number or 0) - int(worker.removeprefix('gw'))}"


@pytest.fixture
def redis_caches(settings):
    """Both caches in a real redis-server (TEST_REDIS_URL, database 15 by default, emptied
    first; one database per xdist worker), as CACHE_URL configures them. Skipped where none answers, unless REQUIRE_REDIS
    is set (CI), where a missing server fails the test instead."""
    import os

    import redis

    from cms.settings.caches import caches_from_url

    url = worker_database(os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15"))
    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).flushdb()
    except redis.exceptions.ConnectionError as error:
        if os.environ.get("REQUIRE_REDIS"):
            pytest.fail(f"REQUIRE_REDIS is set but no redis-server answers at {url}: {error}")
        pytest.skip(f"no redis-server at {url} (TEST_REDIS_URL); start one, or set REQUIRE_REDIS=1 to fail")
    settings.CACHES = caches_from_url(url)
    yield url
    redis.Redis.from_url(url).flushdb()


@pytest.fixture(scope="session")
def s3_endpoint():
    """moto's S3 server on a free loopback port, for the whole session (buckets are per test)."""
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def s3_media(s3_endpoint, settings, monkeypatch):
    """Media storages on S3 as cms/settings/object_storage.py configures them from the
    environment, on two fresh buckets of the S3 server."""
    from tests.object_storage import CREDENTIALS, Buckets

    for name, value in CREDENTIALS.items():
        monkeypatch.setenv(name, value)
    return Buckets(s3_endpoint, settings)
