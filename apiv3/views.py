from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.functional import cached_property

from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from .models import ConsumerKey


class IndexView(generic.IndexView):
    @cached_property
    def columns(self):
        return [
            self._get_title_column_class(TitleColumn)("name", label="Name", get_url=self.get_edit_url),
            Column("prefix", label="Key starts with"),
            Column("rate_limit", label="Requests per minute"),
            Column("usage_count", label="Requests served"),
            Column("last_used_at", label="Last used"),
            Column("active", label="Active"),
            Column("created_at", label="Created"),
        ]

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        delete_url = self.get_delete_url(instance)
        for button in buttons:
            if delete_url and button.url == delete_url:
                button.label = "Revoke"
        return buttons


class CreateView(generic.CreateView):
    def form_valid(self, form):
        self.object, plaintext = ConsumerKey.create_key(
            name=form.cleaned_data["name"], rate_limit=form.cleaned_data["rate_limit"]
        )
        self.log_action(self.object)
        context = super().get_context_data(key=plaintext)
        context["page_title"] = context["header_title"] = "Consumer key created"
        return TemplateResponse(self.request, "apiv3/consumer_keys/created.html", context)

    def log_action(self, instance):
        from wagtail.log_actions import log

        log(instance, "wagtail.create", user=self.request.user)


class RevokeView(generic.DeleteView):
    """Revoking keeps the row, its usage count and its history."""

    page_title = "Revoke"
    template_name = "apiv3/consumer_keys/confirm_revoke.html"

    @property
    def confirmation_message(self):
        return "Are you sure you want to revoke this consumer key? Requests made with it will be refused at once."

    def post(self, request, *args, **kwargs):
        self.object = self.get_object()
        self.object.revoke()
        messages.success(request, f"Consumer key “{self.object.name}” revoked.")
        return redirect(self.get_success_url())


class ConsumerKeyViewSet(ModelViewSet):
    model = ConsumerKey
    icon = "key"
    menu_label = "API consumer keys"
    menu_name = "api_consumer_keys"
    menu_order = 603
    add_to_settings_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    form_fields = ["name", "rate_limit"]
    index_view_class = IndexView
    add_view_class = CreateView
    delete_view_class = RevokeView
