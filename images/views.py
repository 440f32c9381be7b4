"""The only way to the files of private images (images/storage.py): served to
whoever the restrictions of the image's collection and its ancestors accept,
refused to everyone else as Wagtail refuses private documents."""

import hashlib
import mimetypes

from django.http import FileResponse, Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers, get_conditional_response, patch_cache_control
from django.utils.http import quote_etag

from wagtail.admin.auth import require_admin_access
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.images import get_image_model
from wagtail.images.exceptions import InvalidFilterSpecError
from wagtail.images.models import Filter
from wagtail.images.views.images import preview as wagtail_admin_preview
from wagtail.models import CollectionViewRestriction
from wagtail.wagtail_hooks import require_wagtail_login

from .storage import private_name

# The largest width or height the editor's preview renders: above the site's largest rendition
# (1600 pixels, images/api.py) and any screen, far below what would exhaust a worker's memory.
MAX_RENDITION_SIZE = 4000


def image_owning(stored_name):
    """The image whose original or rendition is stored under this name; the
    database, not the file system, decides what may be served."""
    image_model = get_image_model()
    image = image_model.objects.filter(file=stored_name).select_related("collection").first()
    if image is None:
        rendition = (
            image_model.get_rendition_model()
            .objects.filter(file=stored_name)
            .select_related("image__collection")
            .first()
        )
        image = rendition and rendition.image
    if image is None:
        raise Http404("No private image file by this name.")
    return image


def refusal(request, restriction):
    if restriction.restriction_type == CollectionViewRestriction.PASSWORD:
        # Wagtail's password view for collections (mounted with the documents'
        # URLs) remembers the restriction as passed in the session, for this
        # collection's documents and images alike.
        form = PasswordViewRestrictionForm(instance=restriction, initial={"return_url": request.get_full_path()})
        action_url = reverse("wagtaildocs_authenticate_with_password", args=[restriction.id])
        response = TemplateResponse(request, "images/password_required.html", {"form": form, "action_url": action_url})
    else:
        response = require_wagtail_login(next=request.get_full_path())
    # Never kept by a cache: a member asking next must not be refused from it.
    add_never_cache_headers(response)
    return response


def refusal_for(request, image):
    """The refusal for the first restriction on the image's collection or its
    ancestors that does not accept the request; None if all accept it."""
    for restriction in image.collection.get_view_restrictions():
        if not restriction.accept_request(request):
            return refusal(request, restriction)
    return None


def serve_private_image_file(request, name):
    stored_name = private_name(name)
    image = image_owning(stored_name)
    if refused := refusal_for(request, image):
        return refused

    etag = quote_etag(hashlib.sha1(f"{image.file_hash}:{stored_name}".encode(), usedforsecurity=False).hexdigest())
    not_modified = get_conditional_response(request, etag=etag)
    content_type = mimetypes.guess_type(stored_name)[0] or "application/octet-stream"
    response = not_modified or FileResponse(image.file.storage.open(stored_name), content_type=content_type)
    response["ETag"] = etag
    # Kept by the visitor's browser only, and checked again before each use:
    # the HTTP caching middleware leaves a response that has Cache-Control alone.
    patch_cache_control(response, private=True, no_cache=True)
    response["X-Content-Type-Options"] = "nosniff"
    # An SVG opened on its own must not run scripts in the site's origin.
    response["Content-Security-Policy"] = "default-src 'none'"
    return response


def oversized(filter_spec):
    """The first size in the filter spec beyond MAX_RENDITION_SIZE, if any. ``min-`` and
    ``max-`` enlarge the image to the size asked for, so min-100000x100000 would have the
    worker allocate billions of pixels."""
    try:
        operations = Filter(spec=filter_spec).operations
    except InvalidFilterSpecError:
        return None  # Wagtail's preview answers 400 for it
    for operation in operations:
        for name in ("width", "height", "size"):
            value = getattr(operation, name, None)
            if isinstance(value, int) and value > MAX_RENDITION_SIZE:
                return value
    return None


@require_admin_access
def checked_admin_preview(request, image_id, filter_spec):
    """Wagtail's admin preview (for its URL generator) renders any image its
    user may change, and Editors may change every collection's images: it
    first passes the restrictions here, as the files do."""
    image = get_object_or_404(get_image_model().objects.select_related("collection"), pk=image_id)
    if refused := refusal_for(request, image):
        return refused
    if size := oversized(filter_spec):
        return HttpResponseBadRequest(
            f"Invalid filter spec: {size} pixels is more than the {MAX_RENDITION_SIZE} a rendition may have.",
            content_type="text/plain",
        )
    return wagtail_admin_preview(request, image_id, filter_spec)
