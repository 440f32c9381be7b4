from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation

from operations.addresses import absolute_url


def robots_txt(request):
    disallowed = [
        reverse("wagtailadmin_home"),
        reverse("admin:index"),
    ]
    # Search results are endless variations on pages crawlers reach anyway, in every language.
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            disallowed.append(reverse("search"))
    lines = [
        "User-agent: *",
        *(f"Disallow: {path}" for path in disallowed),
        "",
        f"Sitemap: {absolute_url(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
