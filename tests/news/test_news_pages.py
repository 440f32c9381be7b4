import datetime

from bs4 import BeautifulSoup

from tests.factories import (
    CreditedImageFactory,
    InterviewPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    PersonFactory,
)


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_lead_image_credit_comes_from_the_image_unless_the_page_overrides_it(home_page, client):
    news = NewsIndexPageFactory(parent=home_page)
    image = CreditedImageFactory(credit="© CoE")
    from_image = NewsPageFactory(parent=news, lead_image=image)
    overridden = NewsPageFactory(parent=news, lead_image=image, lead_image_credit="© Wikipedia.org")

    assert soup(client.get(from_image.url)).select_one(".lead-image .credit").get_text() == "© CoE"
    assert soup(client.get(overridden.url)).select_one(".lead-image .credit").get_text() == "© Wikipedia.org"


def test_body_images_and_key_figures_render_with_credit_and_comparison(home_page, client):
    news = NewsIndexPageFactory(parent=home_page)
    image = CreditedImageFactory(credit="© CoE")
    page = NewsPageFactory(
        parent=news,
        body=[
            {"type": "image", "value": {"image": image.pk, "caption": "Mayors in Tirana", "credit": ""}},
            {
                "type": "key_figure",
                "value": {
                    "figure": "48%",
                    "label": "of Roma citizens have running water inside their homes",
                    "comparison_figure": "90%",
                    "comparison_label": "for non-Roma citizens",
                    "source": "",
                },
            },
            {
                "type": "quote",
                "value": {
                    "text": "Networks work.",
                    "person": None,
                    "attribution": "John WARMISHAM",
                    "role": "Spokesperson",
                },
            },
        ],
    )
    html = soup(client.get(page.url))
    assert html.select_one(".block-image .credit").get_text() == "© CoE"
    assert html.select_one(".block-image .caption").get_text() == "Mayors in Tirana"
    assert [f.get_text() for f in html.select(".key-figure .figure")] == ["48%", "90%"]
    assert html.select_one(".quote figcaption").get_text() == "John WARMISHAM, Spokesperson"


def test_news_and_interviews_share_one_stream_newest_first(home_page, client):
    news = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=news, title="Older news", date=datetime.date(2014, 5, 14))
    InterviewPageFactory(parent=news, title="Interview in between", date=datetime.date(2015, 5, 20))
    NewsPageFactory(parent=news, title="Newest news", date=datetime.date(2015, 5, 6))
    NewsPageFactory(parent=news, title="Unpublished news", date=datetime.date(2016, 1, 1), live=False)

    titles = [a.get_text() for a in soup(client.get(news.url)).select(".teaser h3 a")]
    assert titles == ["Interview in between", "Newest news", "Older news"]


def test_news_listing_is_paginated_and_tolerates_bad_page_numbers(home_page, client):
    news = NewsIndexPageFactory(parent=home_page)
    for day in range(1, 13):
        NewsPageFactory(parent=news, date=datetime.date(2015, 1, day))
    first = soup(client.get(news.url))
    assert len(first.select(".teaser")) == 10
    assert len(soup(client.get(news.url, {"page": 2})).select(".teaser")) == 2
    assert client.get(news.url, {"page": "9999"}).status_code == 200
    assert client.get(news.url, {"page": "abc"}).status_code == 200


def test_interview_names_the_speaker_role_at_the_time_and_occasion(home_page, client):
    news = NewsIndexPageFactory(parent=home_page)
    speaker = PersonFactory(given_name="Dobrica", family_name="Milovanovic", role="Former member")
    page = InterviewPageFactory(
        parent=news,
        speaker=speaker,
        speaker_role="Congress member",
        pull_quote="Narrowly focused interventions do not bring big changes.",
    )
    html = soup(client.get(page.url))
    assert "Dobrica Milovanovic" in html.select_one(".speaker").get_text()
    assert "Congress member" in html.select_one(".speaker").get_text()
    assert (
        html.select_one(".pull-quote").get_text(strip=True)
        == "Narrowly focused interventions do not bring big changes."
    )
