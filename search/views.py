from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from wagtail.models import Page

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


def search(request):
    query = request.GET.get("q", "").strip()
    error = ""
    results = Page.objects.none()
    if len(query) > MAX_QUERY_LENGTH:
        error = f"Your search is too long: use at most {MAX_QUERY_LENGTH} characters."
    elif query:
        results = Page.objects.live().public().specific().search(query)
    page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    status = 400 if error else 200
    return TemplateResponse(
        request,
        "search/search.html",
        {"search_query": query[:MAX_QUERY_LENGTH], "search_results": page, "error": error},
        status=status,
    )
