from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command


def run(**options):
    out = StringIO()
    call_command("ensure_admin", stdout=out, **options)
    return out.getvalue()


def test_creates_one_administrator_with_a_random_password(db, monkeypatch):
    monkeypatch.delenv("ADMIN_PASSWORD", raising=False)
    output = run()
    admin = get_user_model().objects.get(is_superuser=True)
    password = output.split("password: ")[1].split()[0]
    assert len(password) >= 12
    assert admin.check_password(password)
    assert "http://127.0.0.1:8000/admin/" in output

    second = run()
    assert get_user_model().objects.filter(is_superuser=True).count() == 1
    assert "password:" not in second
    assert "changepassword" in second


def test_two_fresh_sites_get_different_passwords(db, monkeypatch):
    monkeypatch.delenv("ADMIN_PASSWORD", raising=False)
    first = run().split("password: ")[1].split()[0]
    get_user_model().objects.all().delete()
    second = run().split("password: ")[1].split()[0]
    assert first != second


def test_password_can_come_from_the_environment(db, monkeypatch):
    monkeypatch.setenv("ADMIN_USERNAME", "comms")
    monkeypatch.setenv("ADMIN_PASSWORD", "a-long-chosen-password")
    run()
    assert get_user_model().objects.get(username="comms").check_password("a-long-chosen-password")
