"""The Content Security Policy of each part of the site. The public site and the APIs run
no inline script or style at all; the Wagtail and Django admins and the v3 API's Swagger
docs are third-party pages that need more (their policies are in settings, each saying
why), so a response gets the policy of the first prefix in CONTENT_SECURITY_POLICY_BY_PATH
that its path starts with, and CONTENT_SECURITY_POLICY otherwise. Previews of pages in the
editor keep the public policy, framed by the admin."""

from csp.middleware import CSPMiddleware
from csp.utils import default_config

from django.conf import settings


def policy_for(request):
    if getattr(request, "is_dummy", False):
        # Wagtail renders a preview by running a made-up request for the page's own URL through
        # the middleware; its answer is shown inside the editor, so the admin must frame it.
        return settings.PREVIEW_CONTENT_SECURITY_POLICY
    path = request.path_info
    for prefix, policy in settings.CONTENT_SECURITY_POLICY_BY_PATH:
        if path.startswith(prefix):
            return policy
    return None


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None:
            policy = policy_for(request)
            if policy is not None:
                parts.config = default_config(policy["DIRECTIVES"])
        return parts
