"""Blog posts in the API: published ones only; drafts and scheduled posts answer 404."""

from datetime import datetime

from django.http import Http404
from ninja import Router, Schema

from praxisdialog.api.pagination import PAGE_QUERY, PageOut, paginate
from praxisdialog.api.schemas import ErrorOut
from praxisdialog.core.markdown import render_markdown

from .selectors import post_list_published
from .views import PAGE_SIZE

router = Router(tags=["blog"])


class PostOut(Schema):
    slug: str
    title: str
    teaser: str
    body: str
    body_html: str
    author: str
    published_at: datetime
    categories: list[str]
    call: str | None
    is_synthesis: bool
    image: str | None
    image_alt: str
    url: str


class PostPage(PageOut):
    items: list[PostOut]


def _post_out(request, post) -> dict:
    return {
        "slug": post.slug,
        "title": post.display_title,
        "teaser": post.display_teaser,
        "body": post.display_body,
        "body_html": str(render_markdown(post.display_body)),
        "author": post.byline,
        "published_at": post.published_at,
        "categories": [category.slug for category in post.categories.all()],
        "call": post.call.slug if post.call else None,
        "is_synthesis": post.is_synthesis,
        "image": request.build_absolute_uri(post.image.url) if post.image else None,
        "image_alt": post.image_alt,
        "url": request.build_absolute_uri(post.get_absolute_url()),
    }


@router.get("/posts", response=PostPage)
def list_posts(request, page: int = PAGE_QUERY):
    """Published posts, newest first."""
    result = paginate(post_list_published(), page=page, page_size=PAGE_SIZE)
    return {**result, "items": [_post_out(request, post) for post in result["items"]]}


@router.get("/posts/{slug}", response={200: PostOut, 404: ErrorOut})
def get_post(request, slug: str):
    post = post_list_published().filter(slug=slug).first()
    if post is None:
        raise Http404
    return _post_out(request, post)
