"""The v3 API's interactive docs run entirely from our own static files: the
`page` fixture fails the test on any request to another host."""

import pytest

pytestmark = pytest.mark.browser


def test_api_docs_load_and_list_the_operations(page):
    page.goto("/api/v3/docs/")
    page.wait_for_selector(".opblock-summary-path", timeout=15_000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert "/api/v3/pages/" in paths
    assert "/api/v3/pages/{page_id}/actions/submit/" in paths
    assert "Alliance CMS API" in page.locator(".info .title").inner_text()


def test_api_docs_try_out_lists_published_pages(page):
    page.goto("/api/v3/docs/")
    listing = page.locator("#operations-pages-pages_list")
    listing.locator(".opblock-summary").click()
    listing.get_by_role("button", name="Try it out").click()
    listing.get_by_role("button", name="Execute").click()
    status = listing.locator(".live-responses-table tr.response .response-col_status").first
    status.wait_for(timeout=15_000)
    assert status.inner_text().strip() == "200"
    assert '"count"' in listing.locator(".live-responses-table .microlight").first.inner_text()
