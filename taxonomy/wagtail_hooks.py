from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail_localize.modeladmin.options import TranslatableModelAdmin
from wagtail_modeladmin.options import modeladmin_register

from .models import Country, Topic


@modeladmin_register
class CountryAdmin(TranslatableModelAdmin):
    """Country names are translated like pages, in wagtail-localize's editor,
    one row per language with the same code."""

    model = Country
    menu_label = "Countries"
    menu_icon = "site"
    menu_order = 300
    add_to_settings_menu = False
    list_display = ("name", "code", "is_member_state", "locale")
    list_filter = ("is_member_state", "locale")
    search_fields = ("name", "code")
    ordering = ("name",)


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = "Topics"
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(TopicViewSet)
