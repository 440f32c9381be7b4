"""Communications staff can open every demo page, snippet and setting in the
editor."""

from bs4 import BeautifulSoup

from wagtail.models import Page

from home.models import SiteContent
from people.models import Person


def test_every_kind_of_demo_page_opens_in_the_editor(bilingual_demo_site, admin_client):
    """One page of each type in each language (a French one opens wagtail-localize's
    translation editor): pages of one type share their edit form, and opening all of
    them took minutes of the suite."""
    opened = set()
    for page in Page.objects.filter(depth__gte=2).order_by("path"):
        kind = (page.content_type_id, page.locale_id)
        if kind in opened:
            continue
        opened.add(kind)
        response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, f"editing {page.url_path} answered {response.status_code}"
    # home, indexes, news, interview, event, participant, form, information, intranet: twice
    assert len(opened) >= 2 * 9


def test_editor_menus_list_the_taxonomy_people_and_site_content(demo_site, admin_client):
    person = Person.objects.get(slug="john-warmisham", locale__language_code="en")
    content = SiteContent.objects.get(locale__language_code="en")
    for url in [
        "/admin/",
        "/admin/taxonomy/country/",
        "/admin/snippets/taxonomy/topic/",
        "/admin/snippets/people/person/",
        f"/admin/snippets/people/person/edit/{person.pk}/",
        f"/admin/snippets/home/sitecontent/edit/{content.pk}/",
        "/admin/settings/home/socialmediasettings/",
        "/admin/forms/",
        "/admin/images/",
    ]:
        response = admin_client.get(url, follow=True)
        assert response.status_code == 200, f"{url} answered {response.status_code}"


def test_the_editor_shows_a_participant_in_tabs(demo_site, admin_client):
    megara = Page.objects.get(slug="megara", locale__language_code="en")
    response = admin_client.get(f"/admin/pages/{megara.pk}/edit/")
    tabs = [
        tab.get_text(" ", strip=True).split(" (")[0]
        for tab in BeautifulSoup(response.content, "html.parser").select('[role="tab"]')
    ]
    assert tabs == ["Content", "Key facts", "Action plans and projects", "Taxonomy", "Promote"]


def test_the_create_form_of_every_page_type_opens(demo_site, admin_client):
    parents = {
        "home/formpage": demo_site,
        "home/informationpage": demo_site,
        "news/newspage": Page.objects.get(slug="news", locale__language_code="en"),
        "news/interviewpage": Page.objects.get(slug="news", locale__language_code="en"),
        "events/eventpage": Page.objects.get(slug="events", locale__language_code="en"),
        "people/participantpage": Page.objects.get(slug="participants", locale__language_code="en"),
    }
    for model, parent in parents.items():
        response = admin_client.get(f"/admin/pages/add/{model}/{parent.pk}/")
        assert response.status_code == 200, f"adding {model} answered {response.status_code}"
    for url in (
        "/admin/snippets/people/person/add/",
        "/admin/snippets/taxonomy/topic/add/",
        "/admin/taxonomy/country/create/",
    ):
        assert admin_client.get(url).status_code == 200, url
