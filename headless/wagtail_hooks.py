from django.http import Http404
from django.utils import timezone

from wagtail import hooks


@hooks.register("before_serve_page")
def expired_pages_are_gone(page, request, serve_args, serve_kwargs):
    """A page past its expiry date is gone from its own address at once, as it is from every
    list, not only once the scheduler has unpublished it."""
    if page.expire_at is not None and page.expire_at <= timezone.now():
        raise Http404
