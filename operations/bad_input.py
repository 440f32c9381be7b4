"""Input no view should see."""

from .responses import error_response


class NulInPathMiddleware:
    """A NUL byte in the address answers 400 before any view looks the address up:
    PostgreSQL refuses it in a query (a topic slug, a private image's file name), and no
    page, slug or file name holds one."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path_info:
            return error_response(request, 400, "The address contains a NUL character.", "400.html")
        return self.get_response(request)
