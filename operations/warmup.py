"""What a worker would otherwise do on its first request, done once by gunicorn's master before
it forks the workers (gunicorn.conf.py, when_ready), so that every worker starts with it done.

Reading the v3 API's parameters from its OpenAPI document takes about a second (pydantic
writes the JSON schema of every model); on a worker's first v3 request, it held that request
and the ones queued behind it for as long (make bench's p95 of 940 ms on the v3 listing).

It also moves the content version and every stored document's version on: what the running
cache holds (rendered pages and API answers) was made by the code and settings that ran before,
and a new release may render the same content differently. Without it, the old output would be
served until RESPONSE_CACHE_TIMEOUT."""


def warm_up():
    from importlib import import_module

    from django.conf import settings

    from apiv3.guards import declared
    from headless import content_version, documents

    # Every app's URLs, which add the v3 API's routers: its document is complete after.
    import_module(settings.ROOT_URLCONF)
    declared()
    content_version.bump(find_expiry=False)
    documents.move_versions_on([documents.ALL_VERSION_KEY])
