from django.core.exceptions import PermissionDenied

from wagtail import hooks
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail_localize.views import edit_translation


def refuse_unless_allowed(user, action, instance):
    if not policy_registry.get(instance).user_has_permission_for_instance(user, action, instance):
        raise PermissionDenied


# Ahead of wagtail-localize's own hook, which replaces the edit view of a
# translated snippet with its translation editor.
@hooks.register("before_edit_snippet", order=-100)
def edit_only_the_rows_one_may(request, instance):
    refuse_unless_allowed(request.user, "change", instance)


@hooks.register("before_delete_snippet", order=-100)
def delete_only_the_rows_one_may(request, instances):
    for instance in instances:
        refuse_unless_allowed(request.user, "delete", instance)


# wagtail-localize's translation editor saves each string through its own
# endpoints, which check the snippet's model-level permissions only.
_user_can_edit_instance = edit_translation.user_can_edit_instance


def user_can_edit_instance(user, instance):
    if not _user_can_edit_instance(user, instance):
        return False
    return isinstance(instance, Page) or policy_registry.get(instance).user_has_permission_for_instance(
        user, "change", instance
    )


edit_translation.user_can_edit_instance = user_can_edit_instance
