from django.db.models import Prefetch, QuerySet

from .models import Category, Post


def _with_relations(queryset: QuerySet[Post]) -> QuerySet[Post]:
    return queryset.select_related("author", "call").prefetch_related(
        Prefetch("categories", queryset=Category.objects.order_by("position", "name"))
    )


def post_list_published(*, category: Category | None = None) -> QuerySet[Post]:
    """Posts everyone may read, newest first; drafts and scheduled posts never appear."""
    queryset = Post.objects.published()
    if category is not None:
        queryset = queryset.filter(categories=category)
    return _with_relations(queryset).order_by("-published_at", "-pk")


def post_get_for_display(*, slug: str, user) -> Post | None:
    """A post this person may read: published ones for everyone, drafts and scheduled
    ones only for staff (a preview). Anything else looks like a missing page."""
    post = _with_relations(Post.objects.filter(slug=slug)).first()
    if post is None or not user.has_perm("blog.view_post", post):
        return None
    return post


def post_list_for_call(*, call, limit: int = 5) -> list[Post]:
    """The call's published posts, its synthesis first."""
    return list(
        Post.objects.published()
        .filter(call=call)
        .select_related("author")
        .order_by("-is_synthesis", "-published_at", "-pk")[:limit]
    )


def category_get(*, slug: str) -> Category | None:
    return Category.objects.filter(slug=slug).first()


def category_list() -> QuerySet[Category]:
    return Category.objects.order_by("position", "name")
