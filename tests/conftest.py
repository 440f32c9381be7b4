import pytest

from wagtail.models import Site

from home.demo.loader import DemoLoader


@pytest.fixture
def home_page(db):
    """The HomePage the migrations put at the root of the default site."""
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def demo_site(db):
    DemoLoader(log=lambda message: None).run()
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "password")
    client.force_login(user)
    return client


@pytest.fixture(autouse=True)
def fresh_cache():
    """Each test starts with an empty cache, so that counters kept there (the
    forms' per-address rate limit) never carry over from another test."""
    from django.core.cache import cache

    cache.clear()
