from wagtail.test.utils.form_data import rich_text

from home.models import SiteContent


def test_site_wide_content_shows_on_every_page(demo_site, client):
    content = SiteContent.objects.get(locale__language_code="en")
    content.mission_statement = "<p>The Alliance fights discrimination against Roma.</p>"
    content.save()
    for url in ("/en/", "/en/news/", "/en/participants/megara/", "/en/search/"):
        html = client.get(url).text
        assert "The Alliance fights discrimination against Roma." in html
        assert "Please note" in html
        assert 'href="/en/join-the-alliance/"' in html and 'href="/en/cooperate-as-ngo/"' in html


def test_a_language_has_only_one_site_wide_content(demo_site, admin_client):
    response = admin_client.post(
        "/admin/snippets/home/sitecontent/add/",
        {
            "mission_statement": rich_text("<p>Another mission</p>"),
            "terminology_heading": "Please note",
            "terminology_note": rich_text("<p>Terms</p>"),
            "join_heading": "Join",
            "ngo_heading": "NGO",
        },
    )
    assert response.status_code == 200
    assert "already has its site-wide content" in response.text
    assert SiteContent.objects.filter(locale__language_code="en").count() == 1


def test_the_home_page_leads_with_the_mission_once(demo_site, client):
    html = client.get("/en/").text
    assert html.count("fights discrimination against Roma at the local and regional levels") == 1
    assert 'class="mission lead"' in html
