"""Which requests read from the standby (operations/replica.py).

The standby here is the test database itself under a second connection (a
Django test mirror): these tests see which connection each request's queries
go through. Real replication, with its lag, is what `make scale-demo` runs."""

import pytest

from django.core.cache import cache
from django.db import connections
from django.test.utils import CaptureQueriesContext

from operations.replica import LSN_KEY, PIN_COOKIE
from tests.factories import FormPageFactory, NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True, databases=["default", "replica"])


@pytest.fixture
def replica_on(settings):
    settings.READ_REPLICA = True


@pytest.fixture
def news(home_page):
    index = NewsIndexPageFactory(parent=home_page)
    return NewsPageFactory(parent=index, slug="tivat", title="Tivat builds twenty homes")


def queries_by_connection(client, method, url, **kwargs):
    with CaptureQueriesContext(connections["default"]) as primary:
        with CaptureQueriesContext(connections["replica"]) as replica:
            response = getattr(client, method)(url, **kwargs)
    return response, len(primary), len(replica)


def reads(context):
    return [query["sql"] for query in context.captured_queries if query["sql"].lstrip().upper().startswith("SELECT")]


def test_anonymous_reads_go_to_the_standby(client, replica_on, news):
    # One test for all four: each transactional test costs a database restore.
    for url in ["/en/news/tivat/", "/en/news/", "/api/v2/pages/?type=news.NewsPage", "/api/v3/pages/"]:
        with CaptureQueriesContext(connections["default"]) as primary:
            with CaptureQueriesContext(connections["replica"]) as replica:
                response = client.get(url)
        assert response.status_code == 200, url
        assert reads(replica), url
        # A read may write (a site setting's first use creates its row): on the primary.
        assert reads(primary) == [], url


def test_without_a_standby_everything_reads_the_primary(client, news):
    response, primary, replica = queries_by_connection(client, "get", news.url)
    assert response.status_code == 200
    assert (primary > 0, replica) == (True, 0)


def test_the_editor_and_logged_in_users_read_the_primary(client, replica_on, news, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "password")
    client.force_login(user)
    for url in [news.url, "/admin/", f"/admin/pages/{news.pk}/edit/"]:
        response, primary, replica = queries_by_connection(client, "get", url)
        assert response.status_code == 200, url
        assert (primary > 0, replica) == (True, 0), url


def test_a_visitor_who_sent_a_form_reads_the_primary_for_a_while(client, replica_on, home_page, settings):
    form = FormPageFactory(parent=home_page, slug="contact", title="Contact")
    response, primary, replica = queries_by_connection(client, "post", form.url, data={})
    assert primary > 0 and replica == 0
    pin = response.cookies[PIN_COOKIE]
    assert int(pin["max-age"]) == settings.REPLICA_PIN_SECONDS and pin["httponly"]

    response, primary, replica = queries_by_connection(client, "get", form.url)
    assert response.status_code == 200
    assert (primary > 0, replica) == (True, 0)


@pytest.mark.skipif("connections['default'].vendor != 'postgresql'", reason="WAL positions are PostgreSQL's")
def test_publishing_records_where_the_primary_is(replica_on, news):
    cache.delete(LSN_KEY)
    news.save_revision().publish()
    lsn = cache.get(LSN_KEY)
    assert lsn and "/" in lsn  # e.g. 0/1A2B3C4


@pytest.fixture
def unreachable_standby():
    standby = connections["replica"]
    standby.close()
    port = standby.settings_dict["PORT"]
    standby.settings_dict["PORT"] = "9"  # discard: nothing listens there
    yield
    standby.close()
    standby.settings_dict["PORT"] = port


@pytest.mark.skipif("connections['default'].vendor != 'postgresql'", reason="the standby is a PostgreSQL server")
def test_an_unreachable_standby_sends_its_readers_to_the_primary(client, replica_on, news, unreachable_standby):
    with CaptureQueriesContext(connections["default"]) as primary:
        response = client.get(news.url)
    assert response.status_code == 200
    assert b"Tivat builds twenty homes" in response.content
    assert reads(primary)
