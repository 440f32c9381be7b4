import pytest

from wagtail.models import Collection

from tests.factories import CreditedImageFactory
from tests.users import logged_in, user_in


@pytest.fixture(autouse=True)
def image_files_on_disk(files_on_disk):
    """Every test here looks at where the files are on disk."""


@pytest.fixture
def public_collection(db):
    return Collection.get_first_root_node()


@pytest.fixture
def intranet_image(intranet_collection):
    return CreditedImageFactory(title="Tivat mediators", collection=intranet_collection)


@pytest.fixture
def non_member_client(db, django_user_model):
    return logged_in(user_in(django_user_model, "editor-elena", "Editors"))


def files_under(root):
    return sorted(path.relative_to(root).as_posix() for path in root.rglob("*") if path.is_file())


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content
