"""Submitting a page for moderation, which stock v3 cannot do: its create and
update calls only save a draft or, for a user who may publish, publish it."""

from ninja import Router, Schema
from ninja.errors import HttpError
from pydantic import PositiveInt

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.shortcuts import get_object_or_404

from wagtail.api.v3.auth import BearerTokenAuth
from wagtail.models import Page, WorkflowState

router = Router(tags=["pages"], auth=BearerTokenAuth())


class WorkflowStateSchema(Schema):
    page_id: int
    workflow: str
    status: str
    current_task: str | None


@router.post(
    "/{page_id}/actions/submit/",
    response=WorkflowStateSchema,
    url_name="pages_actions_submit",
    summary="Submit page for moderation",
    description=(
        "Submits the page's latest revision to the moderation workflow that applies to it, as the editor's "
        "Submit for moderation button does. Needs the right to edit the page; 409 when the page has no "
        "workflow, is locked or is already in moderation."
    ),
    operation_id="pages_actions_submit",
)
def submit_for_moderation(request: HttpRequest, page_id: PositiveInt):
    page = get_object_or_404(Page, pk=page_id).specific
    permissions = page.permissions_for_user(request.user)
    if not permissions.can_edit():
        raise PermissionDenied
    state = page.current_workflow_state
    if state and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(request.user)
    elif not permissions.can_submit_for_moderation():
        raise HttpError(
            409, "This page cannot be submitted: it has no workflow, is locked or is already in moderation."
        )
    else:
        if page.get_latest_revision() is None:
            page.save_revision(user=request.user)
        state = page.get_workflow().start(page, request.user)
    state.refresh_from_db()
    return {
        "page_id": page.pk,
        "workflow": state.workflow.name,
        "status": state.status,
        "current_task": state.current_task_state.task.name if state.current_task_state else None,
    }
