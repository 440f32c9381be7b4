"""Settings come from the environment; production refuses to start without
its secrets and passes Django's deployment checks when they are set."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": "x" * 64 + "-a-long-random-production-secret",
    "ALLOWED_HOSTS": "alliance.example.org",
}


NOT_INHERITED = {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_SETTINGS_MODULE"}


def manage(*args, env):
    clean = {key: value for key, value in os.environ.items() if key not in NOT_INHERITED}
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env={**clean, **env}, capture_output=True, text=True
    )


def test_production_refuses_to_start_without_a_secret_key():
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != "SECRET_KEY"}
    result = manage("check", env=env)
    assert result.returncode != 0
    assert "Set the environment variable SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != "ALLOWED_HOSTS"}
    result = manage("check", env=env)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_deploy_checks_pass_with_the_documented_environment():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr


def test_database_url_selects_postgresql(monkeypatch):
    import dj_database_url

    config = dj_database_url.parse("postgres://alliance:secret@db.example.org:5432/alliance")
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert config["NAME"] == "alliance"


def test_production_collects_compressed_hashed_static_files(tmp_path):
    result = manage("collectstatic", "--no-input", env={**PRODUCTION_ENV, "STATIC_ROOT": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    hashed = [path.name for path in (tmp_path / "css").glob("site.*.css")]
    assert hashed, "site.css was not stored under a hashed name"
    assert (tmp_path / "css" / f"{hashed[0]}.gz").exists(), "whitenoise did not compress it"
    assert (tmp_path / "staticfiles.json").exists()


@pytest.mark.parametrize(("environment", "kept"), [({}, "60"), ({"DB_CONN_MAX_AGE": "0"}, "0")])
def test_production_keeps_database_connections_open(environment, kept):
    clean = {key: value for key, value in os.environ.items() if key not in NOT_INHERITED | {"DB_CONN_MAX_AGE"}}
    code = "from django.conf import settings; print(settings.DATABASES['default']['CONN_MAX_AGE'])"
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env={**clean, **PRODUCTION_ENV, **environment},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [kept]


def test_cache_url_selects_redis_for_both_caches_and_memory_without_it():
    from cms.settings.caches import caches_from_url

    redis = caches_from_url("redis://cache.example.org:6379/1")
    assert {alias: config["BACKEND"] for alias, config in redis.items()} == {
        "default": "django_redis.cache.RedisCache",
        "responses": "django_redis.cache.RedisCache",
    }
    assert redis["default"]["LOCATION"] == "redis://cache.example.org:6379/1"
    assert redis["default"]["KEY_PREFIX"] != redis["responses"]["KEY_PREFIX"]

    memory = caches_from_url("")
    assert {config["BACKEND"] for config in memory.values()} == {"django.core.cache.backends.locmem.LocMemCache"}
    assert memory["default"]["LOCATION"] != memory["responses"]["LOCATION"]


def test_a_cache_url_that_is_not_redis_is_refused_with_a_message():
    result = manage(
        "check", env={"DJANGO_SETTINGS_MODULE": "cms.settings.dev", "CACHE_URL": "memcached://cache:11211"}
    )
    assert result.returncode != 0
    assert "CACHE_URL must be a Redis address" in result.stderr


@pytest.mark.redis
def test_instances_sharing_redis_share_the_content_version(redis_caches, db):
    """Another process given the same CACHE_URL (another worker, another server) moves the
    version this one keys its cached responses on."""
    from headless import content_version

    before = content_version.current()
    result = manage(
        "shell",
        "-c",
        "from headless import content_version; content_version.bump(find_expiry=False)",
        env={"DJANGO_SETTINGS_MODULE": "cms.settings.dev", "CACHE_URL": redis_caches},
    )
    assert result.returncode == 0, result.stderr
    assert content_version.current() == before + 1


@pytest.mark.django_db
def test_postgresql_connections_plan_for_many_short_queries():
    """No parallel plans, and random_page_cost for SSDs (cms/settings/base.py says why),
    whatever the server's own configuration."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("planner settings are PostgreSQL's")
    with connection.cursor() as cursor:
        cursor.execute("SHOW max_parallel_workers_per_gather")
        assert cursor.fetchone() == ("0",)
        cursor.execute("SHOW random_page_cost")
        assert cursor.fetchone() == ("1.1",)
