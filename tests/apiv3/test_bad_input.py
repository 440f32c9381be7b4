"""Bad input answers a 4xx problem, never a 500."""

import pytest


@pytest.mark.parametrize(
    "url, params",
    [
        ("/api/v3/pages/99999999999999999999/", {}),
        ("/api/v3/pages/2147483648/", {}),
        ("/api/v3/pages/-1/", {}),
        ("/api/v3/pages/", {"limit": "1000"}),
        ("/api/v3/pages/", {"offset": "-1"}),
        ("/api/v3/pages/", {"type": "auth.User"}),
        ("/api/v3/pages/", {"child_of": "abc"}),
        ("/api/v3/pages/", {"child_of": "99999999999999999999"}),
        ("/api/v3/pages/", {"order": "password"}),
        ("/api/v3/pages/", {"locale": "xx"}),
        ("/api/v3/pages/", {"site": "nowhere.example"}),
        ("/api/v3/pages/", {"search": "a\x00b"}),
        ("/api/v3/pages/", {"type": "news.NewsPage", "search": "a\x00b"}),
        ("/api/v3/pages/", {"slug": "a\x00b"}),
        ("/api/v3/pages/", {"x" * 2000: "1"}),
        ("/api/v3/pages/find/", {"html_path": "/" + "a/" * 2000}),
        ("/api/v3/pages/find/", {"id": "99999999999999999999"}),
        ("/api/v3/pages/find/", {}),
    ],
)
def test_bad_input_is_a_4xx_problem(client, news_index, url, params):
    response = client.get(url, params)
    assert 400 <= response.status_code < 500, (response.status_code, response.content[:300])
    if response.status_code != 404 or url != "/api/v3/pages/-1/":
        assert response["Content-Type"] == "application/problem+json"
