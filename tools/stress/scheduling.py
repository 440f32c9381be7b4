"""Scheduled publishing and expiry, checked from the outside: pages given a go-live or expiry
date a few seconds ahead must change on every surface (the page, the news listing, the feed,
both APIs) within one interval of the scheduler that runs beside gunicorn, without anyone
running a command by hand."""

import json
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

from tools.loadtest.server import ROOT

from .phases import progress

# On top of the scheduler's interval: publish_scheduled's own run on a busy machine.
MARGIN = 5
# The least time between scheduling the pages and their dates, to see them unchanged first.
LEAD = 10
PHASE = "5 scheduling"


def schedule_pages(server, lead):
    result = subprocess.run(
        [sys.executable, "-m", "tools.stress.schedule_pages", "--lead", str(lead)],
        cwd=ROOT,
        env=server.env,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise RuntimeError(f"scheduling the pages failed:\n{result.stdout}{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def surfaces(server, pages):
    """Where each page shows, surface by surface: True, False, or the unexpected status. Asked
    all at once, so that a round takes as long as the slowest answer."""

    def shown(page, surface, path):
        status, _, body = server.get(path)
        if surface in ("page", "API v2 page", "API v3 page"):
            return {200: True, 404: False}.get(status, status)
        return page["title"] in body.decode(errors="replace") if status == 200 else status

    questions = [
        (name, page, surface, path)
        for name, page in pages.items()
        for surface, path in (
            ("page", page["path"]),
            ("news listing", "/en/news/"),
            ("RSS feed", "/en/feeds/news.rss"),
            ("API v2 page", f"/api/v2/pages/{page['id']}/"),
            ("API v2 listing", f"/api/v2/pages/?id={page['id']}"),
            ("API v3 page", f"/api/v3/pages/{page['id']}/"),
        )
    ]
    with ThreadPoolExecutor(len(questions)) as pool:
        answers = pool.map(lambda question: shown(*question[1:]), questions)
        seen = {name: {} for name in pages}
        for (name, _, surface, _), answer in zip(questions, answers, strict=True):
            seen[name][surface] = answer
    return seen


def mismatches(seen, wanted):
    """The surfaces not showing the page as wanted, with what they showed."""
    return {surface: value for surface, value in seen.items() if value is not wanted}


def round_time(run):
    """How long one round of looking takes on this machine now: what is seen may be this old."""
    news = run.json("/api/v2/pages/?type=news.NewsPage&fields=title,html_url&limit=1")["items"][0]
    page = {"id": news["id"], "title": news["title"], "path": urlsplit(news["meta"]["html_url"]).path}
    began = time.monotonic()
    surfaces(run.server, {"one": page, "other": page})
    return time.monotonic() - began


def check_scheduling(run, scheduler):
    interval = run.config.scheduler_interval
    report = run.report
    looking = round_time(run)
    lead = max(LEAD, 5 + 3 * looking)
    allowed = interval + MARGIN + looking
    progress(f"phase 5: a go-live and an expiry date {lead:.0f} s ahead, the scheduler running every {interval:g} s")
    scheduled = schedule_pages(run.server, lead)
    at = scheduled["at"]
    pages = {"going live": scheduled["going_live"], "expiring": scheduled["expiring"]}
    wanted_after = {"going live": True, "expiring": False}

    seen = surfaces(run.server, pages)
    in_time = time.time() < at
    wrong = {name: mismatches(seen[name], not wanted) for name, wanted in wanted_after.items()}
    report.claim(
        PHASE,
        "before their dates: the page going live shown nowhere, the expiring one everywhere",
        in_time and not any(wrong.values()),
        ("" if in_time else "the dates passed before a round of looking ended; ")
        + (f"wrong: {wrong}" if any(wrong.values()) else "as scheduled"),
    )

    delays = {}
    while time.time() < at + allowed and len(delays) < len(pages):
        # The answers of a round are as old as its beginning.
        asked = time.time()
        seen = surfaces(run.server, {name: page for name, page in pages.items() if name not in delays})
        for name, shown in seen.items():
            wrong[name] = mismatches(shown, wanted_after[name])
            if not wrong[name] and asked >= at:
                delays[name] = asked - at
        time.sleep(0.2)
    for name, page in pages.items():
        state = "live" if wanted_after[name] else "gone"
        report.claim(
            PHASE,
            f"page {name}: {state} on the page, news listing, feed and both APIs within one interval "
            f"({interval:g} s + {MARGIN} s + a round of looking, {looking:.1f} s)",
            name in delays,
            f"“{page['title']}” {state} everywhere {delays[name]:.1f} s after its date"
            if name in delays
            else f"“{page['title']}” ({page['path']}), {allowed:.0f} s after its date, still wrong on {wrong[name]}",
        )
    report.claim(
        PHASE,
        "the scheduler started with gunicorn is still running, through the restart and the outage",
        scheduler.poll() is None,
        f"process {scheduler.pid}" if scheduler.poll() is None else f"exited with {scheduler.returncode}",
    )
