"""Topic names are translated in wagtail-localize like country names, and
visitors and API consumers read them in the page's language wherever a topic
shows; the slug stays the English one so that addresses and filters hold.
Pages are only ever tagged with the English topics, whichever editor the tags
are typed in."""

import pytest

from django.urls import reverse

from wagtail.models import Locale
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail_localize.models import StringSegment, Translation

from news.models import NewsPage
from taxonomy.models import Topic
from tests.factories import NewsIndexPageFactory, NewsPageFactory

from .test_translation_flow import FRENCH, publish_translation, submit_for_translation, translate_strings


@pytest.fixture
def french(db):
    return Locale.objects.get(language_code="fr")


@pytest.fixture
def housing(db):
    return Topic.objects.create(name="Housing", slug="housing", description="Where Roma families live.")


@pytest.fixture
def health(db):
    return Topic.objects.create(name="Health", slug="health")


def translate_topic(client, topic, locale, texts, capture_on_commit):
    """The "Translate" action of the topic's snippet menu, the strings typed
    in the translation editor, then saved as wagtail-localize saves them."""
    response = client.post(
        reverse("wagtail_localize:submit_snippet_translation", args=["taxonomy", "topic", topic.pk]),
        {"locales": [locale.pk]},
    )
    assert response.status_code == 302, response.content[:300]
    translation = Translation.objects.get(source__object_id=topic.translation_key, target_locale=locale)
    assert set(StringSegment.objects.filter(source=translation.source).values_list("string__data", flat=True)) <= {
        topic.name,
        topic.description,
    }
    translate_strings(client, translation, texts)
    with capture_on_commit(execute=True):
        translation.save_target()
    return topic.get_translation(locale)


@pytest.fixture
def logement(admin_client, housing, french, django_capture_on_commit_callbacks):
    return translate_topic(
        admin_client,
        housing,
        french,
        {"Housing": "Logement", "Where Roma families live.": "Là où vivent les familles roms."},
        django_capture_on_commit_callbacks,
    )


@pytest.fixture
def english_news(home_page, housing, health):
    index = NewsIndexPageFactory(parent=home_page)
    news = NewsPageFactory(
        parent=index,
        title="Housing for Roma families in Tivat",
        slug="tivat-housing",
        teaser="Tivat builds twenty homes with Roma families.",
    )
    news.topics.add(housing, health)
    news.save_revision().publish()
    return news


@pytest.fixture
def french_news(admin_client, home_page, english_news, french, logement, django_capture_on_commit_callbacks):
    """The news item translated through wagtail-localize's page translation,
    as a translator does it."""
    submit_for_translation(admin_client, home_page, french)
    publish_translation(admin_client, home_page, french, django_capture_on_commit_callbacks)
    submit_for_translation(admin_client, english_news.get_parent(), french)
    publish_translation(admin_client, english_news.get_parent(), french, django_capture_on_commit_callbacks)
    translation = submit_for_translation(admin_client, english_news, french)
    translate_strings(admin_client, translation, FRENCH)
    return publish_translation(admin_client, english_news, french, django_capture_on_commit_callbacks)


def test_a_topic_is_translated_in_the_translation_editor(housing, logement, french):
    assert logement.name == "Logement"
    assert logement.description == "Là où vivent les familles roms."
    assert logement.locale == french
    # The address and the API filter stay those of the English topic.
    assert logement.slug == "housing"
    housing.refresh_from_db()
    assert housing.name == "Housing"
    assert Topic.objects.in_default_locale().get(slug="housing") == housing


def test_translating_a_page_keeps_its_english_topics(english_news, french_news, housing, health):
    # The French page is filed under the very same topics, not under copies.
    assert set(french_news.topics.all()) == {housing, health}
    assert not Topic.objects.exclude(locale=Locale.get_default()).exclude(name="Logement").exists()


def test_a_synced_translation_follows_the_english_topics(
    admin_client, english_news, french_news, french, django_capture_on_commit_callbacks
):
    """The English editor adds a topic; "Sync translated pages" brings it to
    the French page, still the English topic."""
    english_news.topics.add("Youth")
    english_news.save_revision().publish()
    translation = Translation.objects.get(source__object_id=english_news.translation_key, target_locale=french)
    translation.source.update_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    french_news.refresh_from_db()
    youth = Topic.objects.get(name="Youth")
    assert youth.locale == Locale.get_default()
    assert youth in french_news.topics.all()


def test_the_french_page_names_its_topics_in_french(client, english_news, french_news):
    html = client.get(french_news.url).content.decode()
    assert '<a href="/fr/topics/housing/">Logement</a>' in html
    # Not translated yet: its English name, never a broken page.
    assert '<a href="/fr/topics/health/">Health</a>' in html
    english = client.get(english_news.url).content.decode()
    assert '<a href="/en/topics/housing/">Housing</a>' in english


def test_the_french_topic_pages_and_catalogue(client, french_news):
    catalogue = client.get("/fr/topics/").content.decode()
    assert '<a href="/fr/topics/housing/">Logement</a>' in catalogue
    assert '<a href="/fr/topics/health/">Health</a>' in catalogue
    assert ">Housing<" not in catalogue

    page = client.get("/fr/topics/housing/").content.decode()
    assert "<h1>Logement</h1>" in page
    assert "<title>Logement" in page
    assert "Là où vivent les familles roms." in page
    assert "Le logement des familles roms à Tivat" in page
    # The French name is not an address: the slug stays the English one.
    assert client.get("/fr/topics/logement/").status_code == 404

    english = client.get("/en/topics/housing/").content.decode()
    assert "<h1>Housing</h1>" in english
    assert "Where Roma families live." in english


def test_the_french_feed_files_items_under_french_topics(client, french_news):
    feed = client.get("/fr/feeds/news.rss").content.decode()
    assert "<category>Logement</category>" in feed
    assert "<category>Health</category>" in feed
    topic_feed = client.get("/fr/feeds/news/topic/housing.rss")
    assert topic_feed.status_code == 200
    assert "Logement" in topic_feed.content.decode()


def test_the_v2_api_names_topics_in_the_page_language(client, english_news, french_news):
    french = client.get(
        "/api/v2/pages/", {"type": "news.NewsPage", "locale": "fr", "topic": "housing", "fields": "topics"}
    ).json()
    assert [item["id"] for item in french["items"]] == [french_news.pk]
    assert french["items"][0]["topics"] == [
        {"slug": "health", "name": "Health"},
        {"slug": "housing", "name": "Logement"},
    ]
    english = client.get(f"/api/v2/pages/{english_news.pk}/").json()
    assert {"slug": "housing", "name": "Housing"} in english["topics"]

    facets = client.get("/api/v2/pages/", {"type": "news.NewsPage", "locale": "fr", "facets": "topic"}).json()
    assert {"slug": "housing", "name": "Logement", "count": 1} in facets["meta"]["facets"]["topic"]


def test_the_v2_topics_endpoint_names_them_in_the_language_asked(client, french_news):
    names = {item["slug"]: item["name"] for item in client.get("/api/v2/topics/", {"locale": "fr"}).json()["items"]}
    assert names == {"health": "Health", "housing": "Logement"}
    names = {item["slug"]: item["name"] for item in client.get("/api/v2/topics/").json()["items"]}
    assert names == {"health": "Health", "housing": "Housing"}
    response = client.get("/api/v2/topics/", {"locale": "xx"})
    assert response.status_code == 400
    assert response.json()["parameter"] == "locale"


def test_the_v3_api_names_the_french_page_topics_in_french(client, french_news):
    body = client.get(f"/api/v3/pages/{french_news.pk}/").json()
    assert {"slug": "housing", "name": "Logement"} in body["topics"]


def test_typing_topics_in_the_editor_files_them_under_english_topics(
    admin_client, home_page, housing, logement, french
):
    """An editor typing the French name of a topic gets the topic itself, and a
    new topic is always an English one: no editor forks the list of topics."""
    index = NewsIndexPageFactory(parent=home_page)
    data = nested_form_data(
        {
            "title": "Roma mediators in Tivat",
            "slug": "tivat-mediators",
            "date": "2015-02-24",
            "teaser": "Tivat trains Roma mediators.",
            "lead_image_credit": "",
            "body": streamfield([("paragraph", rich_text("<p>Mediators.</p>"))]),
            "topics": "Logement, Housing, Roma networks",
        }
    )
    response = admin_client.post(reverse("wagtailadmin_pages:add", args=["news", "newspage", index.pk]), data)
    assert response.status_code == 302, response.content[:500]
    page = NewsPage.objects.get(slug="tivat-mediators")
    assert {topic.slug for topic in page.topics.all()} == {"housing", "roma-networks"}
    assert Topic.objects.get(name="Roma networks").locale == Locale.get_default()
    assert list(Topic.objects.filter(locale=french)) == [logement]


def test_a_language_without_the_topic_borrows_its_fallback_name(settings, housing, health, logement):
    settings.LANGUAGE_FALLBACKS = {"en": [], "fr": ["en"], "rom": ["fr", "en"]}
    romani, _ = Locale.objects.get_or_create(language_code="rom")
    Topic.objects.create(name="Sastipe", slug="health", locale=romani, translation_key=health.translation_key)
    assert housing.text_in("rom").name == "Logement"  # Romani falls back to French
    assert health.text_in("rom").name == "Sastipe"  # its own where it has one
    assert health.text_in("fr").name == "Health"  # French has none: English
    assert housing.text_in("en").name == "Housing"
