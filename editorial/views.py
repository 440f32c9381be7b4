"""A translation goes to the moderators like any page. wagtail-localize's translation editor,
which replaces the edit view of a translated page, offers "Publish" to those who may publish and
nothing to the others: this view saves the translation as it stands as a draft and submits it to
the page's workflow (or back to it, once changes were asked for)."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.admin import messages
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import StringSegment, Translation


def translation_of(page):
    """The wagtail-localize translation `page` is the target of, if it is kept in step with it."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source", "target_locale")
        .first()
    )


def may_submit(page, user):
    """Whether `user` may send `page` to its workflow now: first, or again after changes were
    asked for."""
    permissions = page.permissions_for_user(user)
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return permissions.can_edit() and not permissions.page_locked()
    return permissions.can_edit() and permissions.can_submit_for_moderation()


def submit_translation(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    translation = translation_of(page)
    if translation is None:
        raise Http404
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    if not may_submit(page, request.user):
        messages.error(request, _("This translation cannot be submitted now: it is locked or awaiting moderation."))
        return redirect(edit_url)

    if request.method == "POST":
        try:
            with transaction.atomic():
                translation.save_target(user=request.user, publish=False)
                page = Page.objects.get(pk=page.pk).specific
                state = page.current_workflow_state
                if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
                    state.resume(request.user)
                else:
                    page.get_workflow().start(page, request.user)
        except ValidationError as error:
            messages.error(
                request, _("The translation could not be saved: %(error)s") % {"error": " ".join(error.messages)}
            )
            return redirect(edit_url)
        messages.success(request, _("“%(title)s” was submitted to the moderators.") % {"title": page.draft_title})
        return redirect(edit_url)

    untranslated = (
        StringSegment.objects.filter(source=translation.source)
        .annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .count()
    )
    return TemplateResponse(
        request,
        "editorial/submit_translation.html",
        {"page": page, "untranslated": untranslated},
    )
