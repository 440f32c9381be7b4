import pytest
from bs4 import BeautifulSoup

from wagtail.fields import StreamField

from tests.factories import EventIndexPageFactory, EventPageFactory, NewsIndexPageFactory, NewsPageFactory
from tests.users import logged_in, user_in


@pytest.fixture
def editor(db, django_user_model):
    return user_in(django_user_model, "editor-ana", "Editors")


@pytest.fixture
def moderator(db, django_user_model):
    return user_in(django_user_model, "moderator-milan", "Moderators")


@pytest.fixture
def translator(db, django_user_model):
    return user_in(django_user_model, "translator-tereza", "Translators (French)")


@pytest.fixture
def editor_client(editor):
    return logged_in(editor)


@pytest.fixture
def moderator_client(moderator):
    return logged_in(moderator)


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def event_index(home_page):
    return EventIndexPageFactory(parent=home_page)


def published(page):
    """Published as through the editor: with a first revision and its log entry."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def news_page(news_index):
    return published(
        NewsPageFactory(parent=news_index, title="Alliance Cities and Regions strengthen their cooperation")
    )


@pytest.fixture
def event_page(event_index):
    return published(EventPageFactory(parent=event_index, title="Seminar in Tirana"))


def edit_form_data(client, page, **changes):
    """What the page editor's form would send back: every field as the editor
    shows it (StreamFields, drawn by JavaScript, come back empty), plus changes."""
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    form = BeautifulSoup(response.text, "html.parser").select_one("form[data-edit-form]")
    data = {}
    for field in form.select("input[name], textarea[name], select[name]"):
        name = field["name"]
        if field.name == "textarea":
            data[name] = field.text
        elif field.name == "select":
            selected = field.select("option[selected]")
            if field.has_attr("multiple"):
                data[name] = [option["value"] for option in selected]
            elif selected:
                data[name] = selected[0].get("value", "")
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")
        elif field.get("type") not in ("submit", "button", "file"):
            data[name] = field.get("value", "")
    for model_field in page.specific._meta.get_fields():
        if isinstance(model_field, StreamField):
            data.setdefault(f"{model_field.name}-count", "0")
    data.update(changes)
    return data
