import sys

from django.core.exceptions import DisallowedHost
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.views import csrf, defaults
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from .responses import api_error_response, error_response, is_api

# What a database that is down, restarting or out of connections raises.
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)


def server_error(request):
    """handler500: called while the escaped exception is being handled, so it can tell a
    database that is away (503, retry later) from a defect (500), and answer the APIs in
    JSON either way. Django has logged the exception with its traceback before this."""
    exception = sys.exc_info()[1]
    if isinstance(exception, DATABASE_UNAVAILABLE):
        response = error_response(
            request, 503, "The service cannot reach its database; please retry shortly.", "503.html"
        )
        response["Retry-After"] = "30"
        return response
    if is_api(request):
        return error_response(request, 500, "Internal server error.", "500.html")
    return HttpResponse(render_to_string("500.html"), status=500)


# handler400, handler403, handler404 and CSRF_FAILURE_VIEW: JSON under /api/, built without the
# database; Django's own views, with the site's templates, everywhere else.


def bad_request(request, exception):
    if not is_api(request):
        return defaults.bad_request(request, exception)
    if isinstance(exception, DisallowedHost):
        return api_error_response(request, 400, "The Host header names no host this service answers for.")
    return api_error_response(request, 400, "Bad request.")


def permission_denied(request, exception):
    if not is_api(request):
        return defaults.permission_denied(request, exception)
    return api_error_response(request, 403, "You do not have permission to do this.")


def page_not_found(request, exception):
    if not is_api(request):
        return defaults.page_not_found(request, exception)
    return api_error_response(request, 404, "Nothing here: docs/api.md lists the endpoints.")


def csrf_failure(request, reason=""):
    if not is_api(request):
        return csrf.csrf_failure(request, reason)
    return api_error_response(
        request,
        403,
        f"CSRF check failed ({reason.rstrip('.')}). Writes take an editor token in the Authorization header, "
        "not a session cookie.",
    )


@csrf_exempt
@require_safe
@never_cache
def health(request):
    """For load balancers and monitoring: 200 when the database answers, 503 when not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "unavailable", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})
