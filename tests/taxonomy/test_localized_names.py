"""Topic names in the visitor's language are read once while a request is answered
(taxonomy.localized.LocalizedNamesMiddleware), a page rendered to be stored included."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from headless import documents


def name_reads(queries):
    """The query of taxonomy.localized: each name by its translation key."""
    return [query for query in queries.captured_queries if '"taxonomy_topic"."translation_key" AS' in query["sql"]]


def test_a_french_list_rendered_to_be_stored_reads_the_names_once(site, housing, education, french):
    for topic, name in ((housing, "Logement"), (education, "Éducation")):
        translated = topic.copy_for_translation(french)
        translated.name = name
        translated.save()
    for number in range(6):
        site.news(topics=[housing, education], title=f"News {number}", slug=f"news-{number}")

    with CaptureQueriesContext(connection) as queries:
        stored = documents.render("/fr/topics/")

    assert stored is not None
    assert "Logement" in stored.content.decode()
    assert len(name_reads(queries)) == 1
