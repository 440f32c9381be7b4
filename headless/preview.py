"""Previewing drafts on an external front end (wagtail-headless-preview).

Pages that mix in HeadlessPreviewMixin gain a "Front end" preview mode next
to the site's own: the editor's preview stores the draft under a signed token
and shows the front end configured for the site, which fetches the draft from
/api/preview/. The add-on signs its tokens with a timestamp but never checks
their age; the endpoint here refuses tokens older than HEADLESS_PREVIEW_MAX_AGE."""

from wagtail_headless_preview.models import HeadlessPreviewMixin as AddOnPreviewMixin
from wagtail_headless_preview.models import PagePreview
from wagtail_headless_preview.settings import headless_preview_settings

from django.conf import settings
from django.core.signing import BadSignature, SignatureExpired

HEADLESS_MODE = "headless"


class HeadlessPreviewMixin(AddOnPreviewMixin):
    @property
    def preview_modes(self):
        modes = list(super().preview_modes)
        if headless_preview_settings.CLIENT_URLS:
            modes.append((HEADLESS_MODE, "Front end"))
        return modes

    def serve_preview(self, request, mode_name):
        if mode_name == HEADLESS_MODE:
            return super().serve_preview(request, mode_name)
        # Every other mode is the site's own preview, skipping the add-on's.
        return super(AddOnPreviewMixin, self).serve_preview(request, mode_name)


class PreviewError(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status = status
        self.message = message


def draft_for_token(content_type, token):
    """The draft page a preview token stands for, or PreviewError."""
    try:
        identifier = AddOnPreviewMixin.get_preview_signer().unsign(token, max_age=settings.HEADLESS_PREVIEW_MAX_AGE)
    except SignatureExpired as error:
        raise PreviewError(401, "This preview token has expired: preview the page again in the editor.") from error
    except BadSignature as error:
        raise PreviewError(403, "This preview token is not valid.") from error

    preview = PagePreview.objects.filter(content_type=content_type, token=token).first()
    if preview is None:
        raise PreviewError(404, "There is no preview of this type for this token.")
    page = preview.as_page()
    # The signed identifier names the page; the stored draft must be that page.
    if identifier.startswith("id=") and identifier != f"id={page.pk}":
        raise PreviewError(403, "This preview token is not valid.")
    return page
