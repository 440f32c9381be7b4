"""Throttling of what a script would hammer: the admins' logins, page passwords and the site
search (the public forms count their own submissions, home.models.FormPage), per visitor
address, counted in the default cache (give production one shared by all workers)."""

import logging

from django_ratelimit.core import get_usage

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import ngettext

from .responses import error_response

logger = logging.getLogger(__name__)


def over_rate(request, group, rate, method):
    """Counts this request against the visitor address's allowance; the seconds to wait if it
    is over, else None. Without a visitor address (RATELIMIT_IP_META_KEY names a header the
    proxy did not send) nobody is turned away for the site's configuration."""
    try:
        usage = get_usage(request, group=group, key="ip", rate=rate, method=method, increment=True)
    except ImproperlyConfigured:
        logger.exception("Rate limit %s skipped: no visitor address", group)
        return None
    if usage is None or not usage["should_limit"]:
        return None
    return max(1, usage["time_left"])


def too_many_requests(request, retry_after):
    response = error_response(
        request,
        429,
        ngettext(
            "Too many requests from your address: please wait %(seconds)d second.",
            "Too many requests from your address: please wait %(seconds)d seconds.",
            retry_after,
        )
        % {"seconds": retry_after},
        "429.html",
    )
    response["Retry-After"] = str(retry_after)
    return response


# URL name: (setting holding the rate, the method counted). Matched on the resolved view, so
# language prefixes or a moved admin change nothing.
THROTTLED_VIEWS = {
    "wagtailadmin_login": ("LOGIN_RATE", "POST"),
    "admin:login": ("LOGIN_RATE", "POST"),
    "wagtailcore_login": ("LOGIN_RATE", "POST"),
    "wagtailcore_authenticate_with_password": ("PAGE_PASSWORD_RATE", "POST"),
    "search": ("SEARCH_RATE", "GET"),
}


class ThrottlingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        throttled = THROTTLED_VIEWS.get(request.resolver_match.view_name)
        if throttled is None:
            return None
        setting, method = throttled
        # The logins (both admins, the intranet) share one count: three forms give no more tries.
        group = setting.lower()
        retry_after = over_rate(request, group, getattr(settings, setting), method)
        return None if retry_after is None else too_many_requests(request, retry_after)
