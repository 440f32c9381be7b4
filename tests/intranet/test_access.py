"""The intranet is read by members of the Participants group only: anonymous
visitors and logged-in non-members are sent to the login page, and nothing of
it reaches the public site's lists, search, feeds or sitemap."""

import pytest

from django.contrib.auth.models import Group

from wagtail.models import PageViewRestriction

from tests.users import logged_in, user_in

from .conftest import SECRET


def test_a_new_intranet_is_private_to_the_participants_group(intranet):
    restriction = PageViewRestriction.objects.get(page=intranet)
    assert restriction.restriction_type == PageViewRestriction.GROUPS
    assert list(restriction.groups.all()) == [Group.objects.get(name="Participants")]


@pytest.mark.parametrize("page_fixture", ["intranet", "project", "policy"])
# The page comes from a fixture looked up at run time, which pytest-django cannot see: mark
# the database use, or the test is ordered after the transactional ones that empty it.
@pytest.mark.django_db
def test_an_anonymous_visitor_is_sent_to_log_in(page_fixture, request, client):
    page = request.getfixturevalue(page_fixture)
    response = client.get(page.url)
    assert response.status_code == 302
    assert "login" in response["Location"]
    assert SECRET not in client.get(page.url, follow=True).text


@pytest.mark.parametrize("groups", [(), ("Editors",), ("Moderators",), ("Translators (French)",)])
def test_a_logged_in_non_member_is_refused(groups, django_user_model, project):
    outsider = logged_in(user_in(django_user_model, "outsider", *groups))
    for url in (project.get_parent().url, project.url):
        response = outsider.get(url)
        assert response.status_code == 302, url
        assert SECRET not in response.text


def test_a_participant_reads_the_intranet(member_client, project, policy):
    index = member_client.get(project.get_parent().url)
    assert index.status_code == 200
    assert project.title in index.text and policy.title in index.text
    assert '<meta name="robots" content="noindex, nofollow">' in index.text
    page = member_client.get(project.url)
    assert page.status_code == 200
    assert project.summary in page.text
    assert member_client.get(policy.url).status_code == 200


def test_administrators_read_the_intranet(admin_client, project):
    assert admin_client.get(project.url).status_code == 200


def test_the_intranet_is_not_in_the_site_search(client, member_client, project, policy):
    for visitor in (client, member_client):
        response = visitor.get("/en/search/", {"query": SECRET})
        assert response.status_code == 200
        assert SECRET not in response.text.replace(f"“{SECRET}”", "").replace(f'value="{SECRET}"', "")


def test_the_intranet_is_not_in_the_sitemap(client, project, policy):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert "/en/intranet/" not in response.text


@pytest.mark.parametrize("url", ["/en/feeds/news.rss", "/en/feeds/news.atom", "/en/feeds/news.json"])
def test_the_intranet_is_not_in_the_feeds(url, client, project):
    response = client.get(url)
    assert response.status_code == 200
    assert SECRET not in response.content.decode()


def test_the_intranet_is_not_in_the_menu_nor_on_topic_and_country_pages(client, intranet, project, topic):
    intranet.show_in_menus = True
    intranet.save_revision().publish()
    project.topics.add(topic)
    project.save_revision().publish()
    assert client.get(f"/en/topics/{topic.slug}/").status_code == 404, "a topic only the intranet uses stays unknown"
    megara = project.participant
    megara.topics.add(topic)
    megara.save_revision().publish()
    home = client.get("/en/")
    assert "/en/intranet/" not in home.text
    topic_page = client.get(f"/en/topics/{topic.slug}/")
    assert topic_page.status_code == 200
    assert "Megara" in topic_page.text
    assert SECRET not in topic_page.text
    country_page = client.get("/en/countries/GR/")
    assert country_page.status_code == 200
    assert "Megara" in country_page.text
    assert SECRET not in country_page.text


def test_the_public_participant_profile_does_not_show_intranet_projects(client, project):
    response = client.get(project.participant.url)
    assert response.status_code == 200
    assert SECRET not in response.text


@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/pages/?limit=100",
        "/api/v2/pages/?search=Zanzibarian",
        "/api/v2/pages/?type=intranet.IntranetProjectPage",
        "/api/v2/pages/find/?html_path=/intranet/support-center/",
        "/api/v3/pages/?limit=100",
        "/api/v3/pages/?search=Zanzibarian",
    ],
)
def test_neither_api_gives_the_intranet_to_anonymous_callers(url, client, project, policy):
    response = client.get(url)
    assert response.status_code in (200, 400, 404)
    assert SECRET not in response.content.decode()
    assert "/en/intranet/" not in response.content.decode()


@pytest.mark.parametrize("version", ["v2", "v3"])
def test_an_intranet_page_has_no_api_detail(version, client, project):
    assert client.get(f"/api/{version}/pages/{project.pk}/").status_code == 404
