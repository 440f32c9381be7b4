from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import Webhook, WebhookDelivery


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """The delivery log is a record: nobody adds, edits or deletes its rows, administrators included."""

    def user_has_permission(self, user, action):
        return action in {"view", "inspect"} and super().user_has_permission(user, "view")

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(WebhookDelivery, ReadOnlyPermissionPolicy(WebhookDelivery), exact_class=True)


class WebhookViewSet(ModelViewSet):
    model = Webhook
    name = "webhooks"
    icon = "link-external"
    menu_label = "Receivers"
    list_display = ["name", "url", "event_list", "active"]
    list_filter = ["active"]
    search_fields = ["name", "url"]
    copy_view_enabled = False


class WebhookDeliveryViewSet(ModelViewSet):
    model = WebhookDelivery
    name = "webhook-deliveries"
    icon = "history"
    menu_label = "Deliveries"
    list_display = ["__str__", "outcome", "response_status", "duration_ms", "attempted_at"]
    list_filter = ["outcome", "event", "webhook"]
    search_fields = ["page_title", "error"]
    inspect_view_enabled = True
    copy_view_enabled = False
    inspect_view_fields = [
        "webhook",
        "delivery_id",
        "event",
        "page_id",
        "page_title",
        "attempt",
        "attempted_at",
        "outcome",
        "response_status",
        "duration_ms",
        "response_body",
        "error",
        "next_attempt_at",
        "payload",
    ]
    form_fields = []


class WebhookGroup(ViewSetGroup):
    menu_label = "Webhooks"
    menu_icon = "link-external"
    menu_order = 910
    items = (WebhookViewSet, WebhookDeliveryViewSet)


@hooks.register("register_admin_viewset")
def register_webhooks():
    return WebhookGroup()
