from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.admin import messages
from wagtail.models import Page, WorkflowState
from wagtail.permissions import policy_registry
from wagtail_localize.views import edit_translation

from .views import may_submit, submit_translation, translation_of


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


@hooks.register("register_admin_urls")
def translation_submission_url():
    return [path("translations/<int:page_id>/submit/", submit_translation, name="editorial_submit_translation")]


@hooks.register("before_edit_page", order=-10)
def offer_moderation_of_translation(request, page):
    """Before wagtail-localize's translation editor takes over the edit view: to whoever may
    not publish the translation, the way to the moderators (views.py)."""
    if request.method != "GET" or page.permissions_for_user(request.user).can_publish():
        return
    if translation_of(page) is None:
        return
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        messages.info(request, _("This translation is awaiting moderation."))
        return
    if not may_submit(page, request.user):
        return
    if state is not None:
        message = _("The moderators asked for changes: submit the translation again once they are made.")
    else:
        message = _("Once the texts are translated, submit the translation to the moderators, who publish it.")
    submit_url = reverse("editorial_submit_translation", args=[page.pk])
    messages.info(request, message, buttons=[messages.button(submit_url, _("Submit to the moderators"))])
