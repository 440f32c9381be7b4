"""Reading settings from the environment, in one place so every settings module
parses booleans and lists the same way."""

import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured


def env(name, default=None):
    return os.environ.get(name, default)


def env_bool(name, default=False, environ=None):
    value = (os.environ if environ is None else environ).get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_required(name, hint):
    value = os.environ.get(name)
    if not value:
        raise ImproperlyConfigured(f"Set the environment variable {name}: {hint}")
    return value


def origins(*urls):
    """The scheme and host of each absolute URL (a CDN's MEDIA_URL, a preview front end),
    for a Content Security Policy; paths are already covered by 'self'."""
    found = []
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme and parts.netloc:
            found.append(f"{parts.scheme}://{parts.netloc}")
    return found
