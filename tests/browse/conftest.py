import pytest

from tests.factories import TopicFactory

from .builders import Site


@pytest.fixture
def site(home_page):
    return Site(home_page)


@pytest.fixture
def housing(db):
    return TopicFactory(name="Housing", slug="housing", description="Decent homes for Roma families.")


@pytest.fixture
def education(db):
    return TopicFactory(name="Education", slug="education")
