from wagtail.models import PageViewRestriction

from people.models import participant_counter
from taxonomy.models import Country
from tests.factories import ParticipantIndexPageFactory, ParticipantPageFactory


def test_counter_counts_only_published_public_participants(home_page, client):
    index = ParticipantIndexPageFactory(parent=home_page)
    greece, belgium, latvia = (Country.objects.get(code=code) for code in ("GR", "BE", "LV"))
    ParticipantPageFactory(parent=index, title="Megara", country=greece)
    ParticipantPageFactory(parent=index, title="Athens", country=greece)
    ParticipantPageFactory(parent=index, title="Anderlecht", country=belgium)
    draft = ParticipantPageFactory(parent=index, title="Daugavpils", country=latvia, live=False)
    private = ParticipantPageFactory(parent=index, title="Private town", country=latvia)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    assert participant_counter() == {"participants": 3, "countries": 2}

    response = client.get("/en/")
    assert response.status_code == 200
    assert "cities and regions from" in response.text
    assert "<strong>3</strong> cities and regions from <strong>2</strong> countries" in response.text

    draft.save_revision().publish()
    assert participant_counter() == {"participants": 4, "countries": 3}


def test_counter_follows_unpublishing(home_page):
    index = ParticipantIndexPageFactory(parent=home_page)
    tivat = ParticipantPageFactory(parent=index, title="Tivat", country=Country.objects.get(code="ME"))
    assert participant_counter()["participants"] == 1
    tivat.unpublish()
    assert participant_counter() == {"participants": 0, "countries": 0}
