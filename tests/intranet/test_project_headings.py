"""A project's sections are headed in the reader's language, not with the
editor's field labels."""

from bs4 import BeautifulSoup


def headings(response):
    assert response.status_code == 200
    return [h2.get_text() for h2 in BeautifulSoup(response.content, "html.parser").select("article section h2")]


def test_project_sections_are_headed_in_the_readers_language(member_client, project):
    project.needs_assessment = "<p>Families without running water.</p>"
    project.lessons_learnt = "<p>Mediators from the community.</p>"
    project.save_revision().publish()
    english_url = project.url
    assert english_url.startswith("/en/")

    assert headings(member_client.get(english_url)) == ["Needs assessment", "Lessons learnt"]
    french_url = "/fr/" + english_url.removeprefix("/en/")
    assert headings(member_client.get(french_url)) == ["Évaluation des besoins", "Enseignements tirés"]
