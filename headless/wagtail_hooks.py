from django.http import Http404
from django.utils import timezone

from wagtail import hooks

from . import documents


@hooks.register("before_serve_page")
def expired_pages_are_gone(page, request, serve_args, serve_kwargs):
    """A page past its expiry date is gone from its own address at once, as it is from every
    list, not only once the scheduler has unpublished it."""
    if page.expire_at is not None and page.expire_at <= timezone.now():
        raise Http404


@hooks.register("on_serve_page", order=1000)
def keep_documents(serve):
    """Inside Wagtail's own on_serve_page hooks (its privacy check among them): while a page is
    rendered to be stored, what it answers is kept (documents.py)."""

    def serve_and_keep(page, request, args, kwargs):
        if not documents.is_storing(request):
            return serve(page, request, args, kwargs)
        documents.depends_on(*documents.dependencies_of(page))
        return documents.keep(request, serve(page, request, args, kwargs))

    return serve_and_keep
