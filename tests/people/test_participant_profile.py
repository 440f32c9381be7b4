import pytest

from django.core.exceptions import ValidationError

from tests.factories import (
    InterviewPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ParticipantIndexPageFactory,
    ParticipantPageFactory,
)


@pytest.fixture
def participants(home_page):
    return ParticipantIndexPageFactory(parent=home_page)


def test_two_participants_cannot_share_a_number(participants):
    ParticipantPageFactory(parent=participants, title="Megara", participant_number=124)
    newcomer = ParticipantPageFactory.build(title="Tivat", participant_number=124)
    newcomer.locale = participants.locale
    with pytest.raises(ValidationError) as error:
        newcomer.clean()
    assert "Megara is already participant number 124" in str(error.value)


def test_profile_lists_published_news_about_the_participant(home_page, participants, client):
    megara = ParticipantPageFactory(parent=participants, title="Megara", participant_number=124, population=40000)
    news = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=news, title="Megara joins", related_participants=[megara])
    InterviewPageFactory(parent=news, title="The mayor speaks", related_participants=[megara])
    NewsPageFactory(parent=news, title="Draft about Megara", related_participants=[megara], live=False)
    NewsPageFactory(parent=news, title="Unrelated news")

    response = client.get(megara.url)
    assert response.status_code == 200
    assert "124th participant" in response.text
    assert "40,000 inhabitants" in response.text
    assert "Megara joins" in response.text and "The mayor speaks" in response.text
    assert "Draft about Megara" not in response.text and "Unrelated news" not in response.text
