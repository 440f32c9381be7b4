from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Person


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = "People"
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "role", "country", "political_group"]
    list_filter = ["political_group", "country"]


register_snippet(PersonViewSet)
