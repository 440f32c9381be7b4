"""Security headers on every response: pages, the APIs, static files, errors and the admins.
The public site and the APIs allow no inline script or style; the admins and the API docs
have looser policies of their own, and still load."""

import pytest

from django.urls import reverse

from tests.factories import NewsPageFactory

HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def policy(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def assert_security_headers(response):
    for name, value in HEADERS.items():
        assert response[name] == value, name
    assert "Content-Security-Policy" in response


def assert_strict_policy(response):
    assert_security_headers(response)
    assert response["X-Frame-Options"] == "DENY"
    directives = policy(response)
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["object-src"] == ["'none'"]
    assert all("unsafe" not in source for sources in directives.values() for source in sources)


@pytest.fixture
def news_page(home_page):
    return NewsPageFactory(parent=home_page, title="Housing rights")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/en/search/?q=housing",
        "/no-such-page/",
        "/api/v2/pages/",
        "/api/v2/pages/?limit=nonsense",
        "/api/v3/pages/",
        "/api/v3/openapi.json",
        "/sitemap.xml",
        "/robots.txt",
        "/en/feeds/news.rss",
        "/static/css/site.css",
        "/static/js/participants-map.js",
    ],
)
def test_public_site_apis_and_static_files_get_the_strict_policy(home_page, client, url):
    response = client.get(url)
    assert response.status_code < 500
    assert_strict_policy(response)


def test_a_published_page_gets_the_strict_policy(news_page, client):
    response = client.get(news_page.url)
    assert response.status_code == 200
    assert_strict_policy(response)


def test_a_server_error_gets_the_strict_policy(home_page, client, settings):
    settings.ROOT_URLCONF = "tests.failing_urls"
    client.raise_request_exception = False
    response = client.get("/fail/")
    assert response.status_code == 500
    assert_strict_policy(response)


def test_production_adds_hsts(settings, client, home_page):
    # production.py sets these; here only the middleware's use of them is checked.
    settings.SECURE_HSTS_SECONDS = 31_536_000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    response = client.get("/", secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


def test_the_wagtail_admin_loads_under_its_own_policy(admin_client, news_page):
    for url in (reverse("wagtailadmin_home"), reverse("wagtailadmin_pages:edit", args=[news_page.pk])):
        response = admin_client.get(url)
        assert response.status_code == 200
        assert_security_headers(response)
        directives = policy(response)
        assert "'unsafe-inline'" in directives["script-src"]
        # The editor's preview panel frames the admin's own preview view.
        assert directives["frame-ancestors"] == ["'self'"]
        assert "'self'" in directives["frame-src"]


def test_the_editors_preview_may_be_framed_by_the_admin(admin_client, news_page):
    response = admin_client.get(reverse("wagtailadmin_pages:preview_on_edit", args=[news_page.pk]))
    assert response.status_code == 200
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert policy(response)["frame-ancestors"] == ["'self'"]


def test_the_django_admin_loads_under_the_admin_policy(admin_client):
    response = admin_client.get(reverse("admin:index"))
    assert response.status_code == 200
    assert "'unsafe-inline'" in policy(response)["script-src"]


def test_the_admin_login_page_gets_the_admin_policy(client, db):
    response = client.get(reverse("wagtailadmin_login"))
    assert response.status_code == 200
    assert policy(response)["frame-ancestors"] == ["'self'"]


def test_the_api_docs_load_with_scripts_from_files_only(client, db):
    response = client.get("/api/v3/docs/")
    assert response.status_code == 200
    assert_security_headers(response)
    directives = policy(response)
    assert directives["script-src"] == ["'self'"]
    assert "'unsafe-inline'" in directives["style-src"]


def test_policies_name_the_origins_of_absolute_urls_only():
    from cms.settings.env import origins

    assert origins("https://front.example.org/preview/", "/media/", "http://cdn.example.org:8080/x") == [
        "https://front.example.org",
        "http://cdn.example.org:8080",
    ]


def test_embedded_videos_keep_their_ratio_without_a_style_attribute():
    from django.template.loader import render_to_string

    class Embed:
        is_responsive = True
        ratio = 0.75
        ratio_css = "75.0%"
        html = '<iframe src="https://www.youtube.com/embed/x"></iframe>'

    html = render_to_string("wagtailembeds/embed_frontend.html", {"embed": Embed()})
    assert "style=" not in html
    assert 'class="responsive-object ratio-4x3"' in html
