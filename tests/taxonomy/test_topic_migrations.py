"""The migrations that make topics translatable, run on a database that
already has topics and tagged pages: every topic becomes a default-language
topic with its id, and every page keeps its tags."""

import pytest

from wagtail.models import Locale

from news.models import NewsPage
from taxonomy.models import Topic
from tests.factories import NewsIndexPageFactory, NewsPageFactory
from tests.migrations import migrated_back


# Schema changes cannot run inside the test's transaction on SQLite; the serialized
# rollback puts back what the migrations made after the flush.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_topics_and_tagged_pages_come_through(home_page):
    news = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), slug="tivat")
    news.topics.add("Housing", "Health")
    news.save()
    housing_pk = Topic.objects.get(name="Housing").pk
    # Back to topics as plain taggit tags, and one more tagged the old way.
    with migrated_back("taxonomy", "0002_council_of_europe_member_states") as old:
        youth = old.get_model("taxonomy", "Topic").objects.create(name="Youth", slug="youth")
        old.get_model("news", "NewsItemTopic").objects.create(tag_id=youth.pk, content_object_id=news.pk)

    default = Locale.get_default()
    topics = Topic.objects.all()
    assert {(topic.name, topic.locale_id) for topic in topics} == {
        ("Housing", default.pk),
        ("Health", default.pk),
        ("Youth", default.pk),
    }
    assert len({topic.translation_key for topic in topics}) == 3
    assert Topic.objects.get(slug="housing").pk == housing_pk
    news = NewsPage.objects.get(slug="tivat")
    assert {topic.slug for topic in news.topics.all()} == {"housing", "health", "youth"}
