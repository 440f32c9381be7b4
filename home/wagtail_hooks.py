from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import SiteContent


class SiteContentViewSet(SnippetViewSet):
    model = SiteContent
    icon = "doc-full-inverse"
    menu_label = "Site-wide content"
    menu_order = 900
    add_to_settings_menu = True


register_snippet(SiteContentViewSet)
