"""Every error under /api/ answers JSON, whoever produced it. The error handlers
(operations/views.py) cover what reaches Django's handlers; this middleware covers the rest:
the bare 405 of Django's method decorators and of django-ninja for a method a route does not
take, and any other empty or HTML error a view or a middleware returns."""

from http import HTTPStatus

from .responses import api_error_response, is_api


def is_json(response):
    return "json" in response.get("Content-Type", "")


def detail_for(request, response):
    if response.status_code == 405:
        return f"Method {request.method} is not allowed here; allowed: {response.get('Allow', 'none')}."
    try:
        return f"{HTTPStatus(response.status_code).phrase}."
    except ValueError:
        return "Error."


class JSONErrorsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code < 400 or response.streaming or is_json(response) or not is_api(request):
            return response
        # The body and its type are swapped in place, keeping the headers others set
        # (Allow, Retry-After, WWW-Authenticate, the security and CORS headers).
        replacement = api_error_response(request, response.status_code, detail_for(request, response))
        response.content = replacement.content
        response["Content-Type"] = replacement["Content-Type"]
        if response.has_header("Content-Length"):
            response["Content-Length"] = str(len(response.content))
        return response
