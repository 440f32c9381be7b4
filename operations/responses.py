"""Error answers in the shape each client reads: RFC 9457 problem+json on the v3 API, the v2
API's `{"message": …}`, and for everyone else a page of the site's own. The pages stand alone
(no request context, no database), because they are shown when the database is down or a
client is being held off, when nothing should be spent on them."""

import json

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.cache import add_never_cache_headers

from wagtail.api.v3.errors import problem_response

API_PREFIX = "/api/"
API_V3_PREFIX = "/api/v3/"


def is_api(request):
    return request.path_info.startswith(API_PREFIX)


def api_error_response(request, status, detail):
    if request.path_info.startswith(API_V3_PREFIX):
        return problem_response(status=status, detail=detail)
    return HttpResponse(json.dumps({"message": detail}), status=status, content_type="application/json")


def error_response(request, status, detail, template):
    if is_api(request):
        response = api_error_response(request, status, detail)
    else:
        response = HttpResponse(render_to_string(template, {"detail": detail}), status=status)
    # One visitor's 429, or a moment's 503, must never be kept by a CDN and served to others.
    add_never_cache_headers(response)
    return response
