from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import render

from .selectors import MAX_QUERY_LENGTH, SearchQueryError, search_kinds, search_labels, search_list


def search(request):
    q = request.GET.get("q", "")
    kind = request.GET.get("kind", "")
    known = search_kinds()
    kinds = [kind] if kind in known else known
    context = {
        "q": q,
        "kind": kind if kind in known else "",
        "kind_choices": list(search_labels(plural=True).items()),
        "max_length": MAX_QUERY_LENGTH,
        "page": None,
        "error": "",
        "narrowed_to": None,
    }
    status = 200
    if q.strip():
        try:
            results = search_list(q=q, user=request.user, kinds=kinds)
        except SearchQueryError as error:
            context["error"] = error.message
            status = 400
        else:
            paginator = Paginator(results, settings.SEARCH_PAGE_SIZE)
            page = paginator.get_page(request.GET.get("page"))
            context["page"] = page
            # Only the most recent matches were ranked (engines.py); the page says so.
            context["narrowed_to"] = results.candidates if results.narrowed else None
    template = "search/search.html"
    if request.htmx and request.htmx.target == "results":
        template += "#results"
    return render(request, template, context, status=status)
