"""Browser tests: Playwright drives Debian's chromium against pytest-django's
live server. Nothing is downloaded: the browser is the system one and axe-core
comes bundled with axe-playwright-python."""

import os
import shutil

import pytest
from axe_playwright_python.sync_playwright import Axe

CHROMIUM = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture
def site(django_db_serialized_rollback, live_server, settings):
    """The demo site behind a live server, its public address (PUBLIC_BASE_URL) and Site row
    pointing at it, as `make run` does, so that page URLs and canonical links are the live
    server's. The live server needs
    committed data, so each test flushes the database after it; the serialized
    rollback restores what the migrations made (locale, home page, countries)."""
    from wagtail.models import Site

    from home.demo.loader import DemoLoader

    DemoLoader(log=lambda message: None, french=False).run()
    settings.PUBLIC_BASE_URL = settings.WAGTAILAPI_BASE_URL = live_server.url
    host, port = live_server.url.removeprefix("http://").split(":")
    Site.objects.filter(is_default_site=True).update(hostname=host, port=int(port))
    return live_server


@pytest.fixture
def browser(site, monkeypatch):
    """Chromium, started for each test once its data is in place. Playwright's
    sync API runs the test in a greenlet of its own, where Django sees another
    database connection and a running event loop: starting it after the
    database set-up and stopping it before the teardown keeps those two on
    Django's own connection, and the flag lets the test body's ORM calls run."""
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"No chromium at {CHROMIUM}: install it with `apt-get install chromium` or set CHROMIUM=/path.")
    from playwright.sync_api import sync_playwright

    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def is_csp_violation(message):
    # Chromium reports each blocked script, style, frame or image as a console error naming the policy.
    return message.type == "error" and "Content Security Policy" in message.text


@pytest.fixture
def csp_violations():
    """The Content Security Policy violations the page reported; the page fixture fails the
    test on any, so that an inline script or style creeping into a template is caught."""
    return []


@pytest.fixture
def page(site, browser, csp_violations):
    context = browser.new_context(base_url=site.url, viewport={"width": 1280, "height": 900}, accept_downloads=True)
    # Anything that tries to leave the live server is a defect: the site must
    # load nothing from another host.
    outside = []

    def guard(route):
        if route.request.url.startswith(site.url) or route.request.url.startswith("data:"):
            return route.continue_()
        outside.append(route.request.url)
        return route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: is_csp_violation(message) and csp_violations.append(message.text))
    yield page
    context.close()
    assert not csp_violations, f"Content Security Policy violations: {csp_violations}"
    assert not outside, f"The page asked for files from another host: {outside}"
    assert not errors, f"JavaScript errors: {errors}"


def serious_violations(page):
    """axe-core's serious and critical findings for the page as it is now."""
    result = Axe().run(page)
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} — "
        + ", ".join(str(node["target"]) for node in violation["nodes"][:3])
        for violation in result.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]
