from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from .forms import SearchForm
from .results import ALL_TYPES, Highlighter, SearchHit, counts_by_type, of_type, query_words, searchable_pages

RESULTS_PER_PAGE = 10
TEMPLATE = "search/search.html"


def query_string(params):
    return urlencode({name: value for name, value in params.items() if value})


def search(request):
    form = SearchForm(request.GET)
    if not form.is_valid():
        return TemplateResponse(request, TEMPLATE, {"form": form}, status=400)

    state = {name: form.cleaned_data[name] for name in ("q", "type", "topic", "country")}
    query = state["q"]
    context = {
        "form": form,
        "search_query": query,
        "filters": [
            {"name": name, "label": label, "remove_url": "?" + query_string({**state, name: ""})}
            for name, label in form.filters()
        ],
        "query_string": query_string(state),
        "query_string_without_filters": query_string({"q": query}),
    }
    if not query:
        return TemplateResponse(request, TEMPLATE, context)

    words = query_words(query)
    results, facets, total = [], [], 0
    if words:
        terms = " ".join(words)
        pages = searchable_pages(request, topic=state["topic"], country=state["country"])
        counts = counts_by_type(pages.search(terms).facet("content_type_id"))
        facets = [
            {
                "label": result_type.label,
                "count": counts[result_type.slug],
                "url": "?" + query_string({**state, "type": result_type.slug}),
                "selected": result_type.slug == state["type"],
            }
            for result_type in ALL_TYPES
            if counts[result_type.slug] or result_type.slug == state["type"]
        ]
        context["total_all_types"] = sum(counts.values())
        context["all_types_url"] = "?" + query_string({**state, "type": ""})
        listing = of_type(pages, state["type"]) if state["type"] else pages
        results = listing.defer_streamfields().specific().search(terms)
        total = counts[state["type"]] if state["type"] else context["total_all_types"]

    paginator = Paginator(results, RESULTS_PER_PAGE)
    paginator.count = total  # the facets have counted the results: no search to count them again
    page = paginator.get_page(request.GET.get("page"))
    highlight = Highlighter(words)
    hits = [SearchHit.for_page(result, request, highlight) for result in page]
    context.update(search_results=page, hits=hits, facets=facets)
    return TemplateResponse(request, TEMPLATE, context)
