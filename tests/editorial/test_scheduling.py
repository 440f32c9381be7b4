"""Go-live and expiry dates take effect when `publish_scheduled` runs, which
`make run` / `make scheduler` (`manage.py run_scheduler`) do every minute."""

import datetime
import io
import subprocess
from pathlib import Path

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Page

from tests.factories import NewsPageFactory

from .conftest import edit_form_data


def schedule(page, go_live_at):
    """Publish a revision that waits for its go-live date, then let that date pass."""
    page.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = page.save_revision()
    revision.publish()
    revision.refresh_from_db()
    assert revision.approved_go_live_at is not None, "scheduled, not published"
    revision.approved_go_live_at = go_live_at
    revision.content["go_live_at"] = go_live_at.isoformat()
    revision.save()
    Page.objects.filter(pk=page.pk).update(go_live_at=go_live_at)


def test_a_page_whose_go_live_date_passed_is_published(news_index, client):
    page = NewsPageFactory(parent=news_index, title="Scheduled news", live=False)
    schedule(page, timezone.now() - datetime.timedelta(minutes=1))
    page.refresh_from_db()
    assert not page.live
    assert client.get(page.url).status_code == 404
    call_command("publish_scheduled", stdout=io.StringIO())
    page.refresh_from_db()
    assert page.live
    assert client.get(page.url).status_code == 200


def test_a_page_whose_go_live_date_is_ahead_waits(news_index):
    page = NewsPageFactory(parent=news_index, title="Later news", live=False)
    schedule(page, timezone.now() + datetime.timedelta(minutes=5))
    call_command("publish_scheduled", stdout=io.StringIO())
    page.refresh_from_db()
    assert not page.live


def test_an_expired_page_is_unpublished(news_index, client):
    page = NewsPageFactory(parent=news_index, title="Expiring news")
    Page.objects.filter(pk=page.pk).update(expire_at=timezone.now() - datetime.timedelta(minutes=1))
    call_command("publish_scheduled", stdout=io.StringIO())
    page.refresh_from_db()
    assert not page.live
    assert page.expired
    assert client.get(page.url).status_code == 404


def test_the_scheduler_command_runs_publish_scheduled(news_index):
    due = NewsPageFactory(parent=news_index, title="Due news", live=False)
    schedule(due, timezone.now() - datetime.timedelta(minutes=1))
    expired = NewsPageFactory(parent=news_index, title="Old news")
    Page.objects.filter(pk=expired.pk).update(expire_at=timezone.now() - datetime.timedelta(minutes=1))
    call_command("run_scheduler", runs=2, interval=0, stdout=io.StringIO())
    due.refresh_from_db()
    expired.refresh_from_db()
    assert due.live
    assert not expired.live


def test_a_moderator_schedules_a_page_in_the_editor(moderator_client, news_page, client):
    news_page.title = "Draft to schedule"
    news_page.live = False
    news_page.save()
    go_live = (timezone.localtime() + datetime.timedelta(days=2)).strftime("%Y-%m-%d %H:%M")
    data = edit_form_data(moderator_client, news_page, go_live_at=go_live, **{"action-publish": "Publish"})
    response = moderator_client.post(f"/admin/pages/{news_page.pk}/edit/", data)
    assert response.status_code == 302
    news_page.refresh_from_db()
    assert not news_page.live
    assert news_page.scheduled_revision is not None
    assert client.get(news_page.url).status_code == 404


def test_make_run_starts_the_scheduler_and_make_scheduler_runs_it():
    run = subprocess.run(["make", "-n", "run"], capture_output=True, text=True, check=True).stdout
    assert "tools/serve" in run
    serve = (Path(__file__).resolve().parents[2] / "tools" / "serve").read_text()
    assert "manage.py run_scheduler --interval 60 &" in serve
    assert 'kill -TERM "$worker" "$scheduler"' in serve
    scheduler = subprocess.run(["make", "-n", "scheduler"], capture_output=True, text=True, check=True).stdout
    assert "manage.py run_scheduler --interval 60" in scheduler
