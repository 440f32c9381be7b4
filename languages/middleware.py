from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.urls import get_urlconf, is_valid_path
from django.utils import translation

# Addresses outside the language prefixes (cms/urls.py), including what they
# answer 404 to: /api/v3/<anything> is the API's to refuse.
LANGUAGE_NEUTRAL_PREFIXES = ("/api/", "/admin/", "/django-admin/", "/documents/", "/private-images/")


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that a 404 from a language-neutral address (the APIs,
    the editor, documents) stays a 404: Django would redirect it to
    /en/<address>, which Wagtail's catch-all route always seems to accept, so an
    API client asking for a missing page would be sent to an HTML one."""

    def process_response(self, request, response):
        if response.status_code == 404 and self.is_language_neutral(request):
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)

    @staticmethod
    def is_language_neutral(request):
        path = request.path_info
        if translation.get_language_from_path(path):
            return False
        if path.startswith((*LANGUAGE_NEUTRAL_PREFIXES, settings.STATIC_URL, settings.MEDIA_URL)):
            return True
        return is_valid_path(path, getattr(request, "urlconf", None) or get_urlconf())
