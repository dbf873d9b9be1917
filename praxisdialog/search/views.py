from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from .selectors import KINDS, MAX_QUERY_LENGTH, SearchQueryError, search_list

HIT_LABELS = {
    "contribution": _("Contribution"),
    "comment": _("Comment"),
    "post": _("Blog post"),
    "profile": _("Network profile"),
}
KIND_LABELS = {
    "contribution": _("Contributions"),
    "comment": _("Comments"),
    "post": _("Blog posts"),
    "profile": _("Network profiles"),
}


def search(request):
    q = request.GET.get("q", "")
    kind = request.GET.get("kind", "")
    kinds = [kind] if kind in KINDS else list(KINDS)
    context = {
        "q": q,
        "kind": kind if kind in KINDS else "",
        "kind_choices": list(KIND_LABELS.items()),
        "max_length": MAX_QUERY_LENGTH,
        "page": None,
        "error": "",
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
            for hit in page.object_list:
                hit.label = HIT_LABELS[hit.kind]
            context["page"] = page
    template = "search/search.html"
    if request.htmx and request.htmx.target == "results":
        template += "#results"
    return render(request, template, context, status=status)
