from tests.factories import NewsIndexPageFactory, NewsPageFactory


def test_search_finds_published_pages_and_never_drafts(home_page, client):
    news = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=news, title="Tivat is the 127th participant", teaser="Tivat joins the Alliance.")
    NewsPageFactory(parent=news, title="Tivat draft plans", teaser="Not yet public.", live=False)

    response = client.get("/search/", {"q": "Tivat"})
    assert response.status_code == 200
    assert "Tivat is the 127th participant" in response.text
    assert "Tivat draft plans" not in response.text
    assert "News item" in response.text  # the result's page type is named


def test_no_results_page_suggests_what_to_do(db, client):
    response = client.get("/search/", {"q": "xylophone"})
    assert response.status_code == 200
    assert "Nothing matches your search" in response.text


def test_empty_query_shows_the_form(db, client):
    response = client.get("/search/")
    assert response.status_code == 200
    assert 'name="q"' in response.text


def test_over_long_query_is_a_readable_400(db, client):
    response = client.get("/search/", {"q": "roma " * 100})
    assert response.status_code == 400
    assert "too long" in response.text


def test_bad_page_number_falls_back_to_a_valid_page(db, client):
    response = client.get("/search/", {"q": "roma", "page": "abc"})
    assert response.status_code == 200
