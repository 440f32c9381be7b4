"""What each page type gives in the pages endpoint's detail and listing."""

from wagtail.models import Locale

from tests.api.conftest import titles


def test_listing_names_type_locale_and_urls(api, content):
    body = api("pages/", type="news.NewsPage")
    assert titles(body) == ["Housing in Albania", "Schools in Romania"]
    item = next(item for item in body["items"] if item["id"] == content.news.pk)
    assert item["meta"]["type"] == "news.NewsPage"
    assert item["meta"]["locale"] == "en"
    assert item["meta"]["detail_url"] == f"http://testserver/api/v2/pages/{content.news.pk}/"
    assert item["meta"]["html_url"].endswith("/en/news/" + content.news.slug + "/")


def test_news_detail_gives_taxonomy_people_and_pages_as_objects(api, content):
    body = api(f"pages/{content.news.pk}/")
    assert body["countries"] == [{"code": "AL", "name": "Albania"}]
    assert body["topics"] == [{"slug": "housing", "name": "Housing"}]
    assert body["related_people"] == [
        {
            "id": content.warmisham.pk,
            "name": "John Warmisham",
            "role": content.warmisham.role,
            "detail_url": f"http://testserver/api/v2/people/{content.warmisham.pk}/",
        }
    ]
    assert body["related_participants"][0]["title"] == "Tirana"
    assert body["related_participants"][0]["detail_url"] == f"http://testserver/api/v2/pages/{content.tirana.pk}/"
    assert body["related_event"]["type"] == "events.EventPage"
    assert body["date"] == "2020-06-01"


def test_lead_image_as_named_absolute_renditions_with_credit(api, content):
    image = api(f"pages/{content.news.pk}/")["lead_image"]
    assert image["credit"] == "© CoE"
    assert image["alt"] == "Tirana town hall"
    assert set(image["renditions"]) == {"thumbnail", "medium", "large"}
    thumbnail = image["renditions"]["thumbnail"]
    assert thumbnail["url"].startswith("http://testserver/")
    assert (thumbnail["width"], thumbnail["height"]) == (400, 300)


def test_news_items_own_credit_replaces_the_images(api, content):
    content.news.lead_image_credit = "© Wikipedia.org"
    content.news.save()
    assert api(f"pages/{content.news.pk}/")["lead_image"]["credit"] == "© Wikipedia.org"


def test_rich_text_links_are_absolute_public_urls(api, content):
    paragraph = api(f"pages/{content.news.pk}/")["body"][0]
    assert paragraph["type"] == "paragraph"
    assert f'<a href="http://testserver/en/participants/{content.tirana.slug}/">Tirana</a>' in paragraph["value"]
    assert 'linktype="page"' not in paragraph["value"]


def test_streamfield_blocks_are_typed_with_images_and_people_as_objects(api, content):
    body = api(f"pages/{content.news.pk}/")["body"]
    assert [block["type"] for block in body] == ["paragraph", "image", "quote"]
    image = body[1]["value"]
    assert image["caption"] == "The town hall"
    assert image["image"]["id"] == content.image.pk
    assert image["image"]["renditions"]["medium"]["url"].startswith("http://testserver/")
    assert body[2]["value"]["person"]["name"] == "John Warmisham"


def test_interview_detail_names_its_speaker(api, content):
    body = api(f"pages/{content.interview.pk}/")
    assert body["kind"] == "statement"
    assert body["speaker"]["name"] == "Juliana Hoxha"
    assert body["countries"] == [{"code": "AL", "name": "Albania"}, {"code": "RO", "name": "Romania"}]
    assert [topic["slug"] for topic in body["topics"]] == ["education", "housing"]


def test_event_detail_gives_dates_status_and_place(api, content):
    body = api(f"pages/{content.seminar.pk}/")
    assert body["status"] == "upcoming"
    assert body["country"] == {"code": "AL", "name": "Albania"}
    assert body["city"] == "Tirana"
    assert body["programme"] == []


def test_participant_detail_gives_its_facts_and_mayor(api, content):
    body = api(f"pages/{content.tirana.pk}/")
    assert body["kind"] == "city"
    assert body["participant_number"] == 120
    assert body["country"] == {"code": "AL", "name": "Albania"}
    assert body["mayor"]["id"] == content.warmisham.pk


def test_page_meta_names_locale_and_translations(api, content):
    meta = api(f"pages/{content.news.pk}/")["meta"]
    assert meta["locale"] == "en"
    assert meta["translations"] == []


def test_fields_star_lists_every_content_field(api, content):
    item = api("pages/", type="events.EventPage", fields="*")["items"][0]
    for field in [
        "start_date",
        "end_date",
        "cancelled",
        "venue",
        "city",
        "country",
        "countries",
        "topics",
        "organisers",
        "speakers",
        "programme",
        "lead_image",
        "description",
    ]:
        assert field in item


def test_countries_list_their_published_page_counts(api, content):
    body = api("countries/", limit=100)
    counts = {item["code"]: item["page_count"] for item in body["items"] if item["page_count"]}
    # Albania: the news item, the interview, the seminar and Tirana
    assert counts == {"AL": 4, "RO": 4}
    albania = api(f"countries/{content.albania.pk}/")
    assert albania["page_counts"] == {"news": 1, "interviews": 1, "events": 1, "participants": 1}


def test_topics_list_their_published_page_counts(api, content):
    counts = {item["slug"]: item["page_count"] for item in api("topics/")["items"]}
    assert counts == {"housing": 4, "education": 3}


def test_people_endpoint_gives_a_person(api, content):
    body = api(f"people/{content.hoxha.pk}/")
    assert body["name"] == "Juliana Hoxha"
    assert body["meta"]["type"] == "people.Person"


def test_images_endpoint_gives_renditions_and_credit(api, content):
    body = api(f"images/{content.image.pk}/")
    assert body["credit"] == "© CoE"
    assert body["renditions"]["large"]["url"].startswith("http://testserver/")


def test_translations_list_the_published_ones(api, content):
    french = Locale.objects.get(language_code="fr")  # made by migrate for every configured language
    translation = content.news.copy_for_translation(french, copy_parents=True)
    assert api(f"pages/{content.news.pk}/")["meta"]["translations"] == []  # a draft until published
    translation.save_revision().publish()
    (listed,) = api(f"pages/{content.news.pk}/")["meta"]["translations"]
    assert listed["locale"] == "fr"
    assert listed["id"] == translation.pk
    assert listed["detail_url"] == f"http://testserver/api/v2/pages/{translation.pk}/"


def test_absolute_urls_use_the_configured_base_url(api, content, settings):
    settings.WAGTAILAPI_BASE_URL = "https://alliance.example.org"
    body = api(f"pages/{content.news.pk}/")
    assert body["meta"]["detail_url"] == f"https://alliance.example.org/api/v2/pages/{content.news.pk}/"
    assert f'href="https://alliance.example.org/en/participants/{content.tirana.slug}/"' in body["body"][0]["value"]
    assert body["lead_image"]["renditions"]["large"]["url"].startswith("https://alliance.example.org/")
