from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render

from .selectors import (
    category_get,
    category_list,
    post_get_for_display,
    post_list_published,
)

PAGE_SIZE = 10


def _list_page(request, *, category=None):
    page = Paginator(post_list_published(category=category), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "blog/post_list.html",
        {"page": page, "category": category, "categories": list(category_list())},
    )


def post_list(request):
    return _list_page(request)


def category_detail(request, slug: str):
    category = category_get(slug=slug)
    if category is None:
        raise Http404
    return _list_page(request, category=category)


def _post_or_404(request, slug: str):
    post = post_get_for_display(slug=slug, user=request.user)
    if post is None:
        raise Http404
    return post


def post_detail(request, slug: str):
    post = _post_or_404(request, slug)
    return render(
        request,
        "blog/post_detail.html",
        {
            "post": post,
        },
    )
