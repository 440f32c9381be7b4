"""Documents in the Intranet collection are served to participants only."""

import pytest

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from tests.users import logged_in, user_in


def document(collection, title):
    return get_document_model().objects.create(
        title=title, collection=collection, file=ContentFile(b"Local Action Plan 2011", name=f"{title}.txt")
    )


# Documents served the way production serves them: from files on disk,
# through Wagtail's view that checks the collection's restriction.
pytestmark = pytest.mark.usefixtures("files_on_disk")


def test_the_intranet_collection_is_restricted_to_participants(intranet_collection):
    restriction = CollectionViewRestriction.objects.get(collection=intranet_collection)
    assert restriction.restriction_type == CollectionViewRestriction.GROUPS
    assert [group.name for group in restriction.groups.all()] == ["Participants"]


def test_an_intranet_document_sends_an_anonymous_visitor_to_log_in(intranet_collection, client):
    private = document(intranet_collection, "tivat-action-plan")
    response = client.get(private.url)
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_an_intranet_document_is_refused_to_a_non_member(intranet_collection, django_user_model):
    private = document(intranet_collection, "tivat-action-plan")
    editor = logged_in(user_in(django_user_model, "editor", "Editors"))
    response = editor.get(private.url)
    assert response.status_code == 302


def test_a_participant_downloads_an_intranet_document(intranet_collection, member_client):
    private = document(intranet_collection, "tivat-action-plan")
    response = member_client.get(private.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"Local Action Plan 2011"


def test_a_public_document_stays_public(client, db):
    public = document(Collection.get_first_root_node(), "strategic-guidelines")
    assert client.get(public.url).status_code == 200


def test_participants_file_documents_in_the_intranet_collection_only(member, intranet_collection):
    from wagtail.permissions import policy_registry

    policy = policy_registry.get_by_type(get_document_model())
    assert list(policy.collections_user_has_permission_for(member, "add")) == [intranet_collection]
