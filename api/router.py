"""/api/v2/: the one place the v2 endpoints are wired (mounted in cms/urls.py)."""

from wagtail.api.v2.router import WagtailAPIRouter

from .views import (
    CountriesEndpoint,
    DocumentsEndpoint,
    ImagesEndpoint,
    PagesEndpoint,
    PeopleEndpoint,
    TopicsEndpoint,
)

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesEndpoint)
api_router.register_endpoint("images", ImagesEndpoint)
api_router.register_endpoint("documents", DocumentsEndpoint)
api_router.register_endpoint("countries", CountriesEndpoint)
api_router.register_endpoint("topics", TopicsEndpoint)
api_router.register_endpoint("people", PeopleEndpoint)
