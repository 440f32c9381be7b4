"""gunicorn's master warms up before forking (gunicorn.conf.py): what it does must be what the
first request would otherwise do, without touching the database (a connection the master opened
would be shared by every worker)."""

from apiv3 import guards
from operations.warmup import warm_up


def test_warming_up_reads_the_v3_parameters_without_a_query(db, django_assert_num_queries, monkeypatch):
    monkeypatch.setattr(guards, "_declared", [])
    with django_assert_num_queries(0):
        warm_up()
    assert guards._declared, "the v3 API's parameters are read"
    assert "limit" in guards.declared().query["pages_list"]


def test_a_new_release_starts_on_a_new_content_version(db):
    # What the cache holds was made by the code that ran before, which may render differently.
    from headless import content_version

    before = content_version.current()
    warm_up()
    assert content_version.current() != before
