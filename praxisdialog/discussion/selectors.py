from django.conf import settings
from django.db.models import Q, QuerySet

from praxisdialog.accounts.rules import is_moderator
from praxisdialog.core import targets

from .models import Comment, CommentReaction


def target_for_comment(comment):
    """What a comment is written on, loaded with what notifications and pages need;
    None when it is gone."""
    return targets.load(content_type_id=comment.content_type_id, object_id=comment.object_id)


def page_size() -> int:
    return settings.COMMENTS_PAGE_SIZE


def _visible_to(user) -> Q:
    """Published comments and the placeholders of hidden ones for all; pending or
    rejected ones only for their author and the moderators."""
    if is_moderator(user):
        return Q()
    visible = Q(status__in=[Comment.Status.PUBLISHED, Comment.Status.HIDDEN])
    if user.is_authenticated:
        visible |= Q(author=user)
    return visible


def comment_list_top(*, target, user) -> QuerySet[Comment]:
    """The top-level comments of a target, oldest first; replies are loaded per thread."""
    return (
        Comment.objects.filter(
            _visible_to(user),
            content_type=targets.content_type_of(target),
            object_id=target.pk,
            depth=0,
        )
        .select_related("author")
        .order_by("created_at", "pk")
    )


def comment_count_for(*, target) -> int:
    return Comment.objects.filter(
        content_type=targets.content_type_of(target),
        object_id=target.pk,
        status=Comment.Status.PUBLISHED,
        deleted_at__isnull=True,
    ).count()


def comment_thread(*, root: Comment, user) -> list[Comment]:
    """The replies under a top-level comment as a tree: each comment gets `replies`."""
    replies = list(
        Comment.objects.filter(_visible_to(user), root=root)
        .select_related("author")
        .order_by("created_at", "pk")
    )
    by_parent: dict[int, list[Comment]] = {}
    for reply in replies:
        by_parent.setdefault(reply.parent_id, []).append(reply)
    for comment in [root, *replies]:
        comment.replies = by_parent.get(comment.pk, [])
    return replies


def comment_get_for_display(*, pk: int, user) -> Comment | None:
    comment = Comment.objects.select_related("author", "content_type").filter(pk=pk).first()
    if comment is None or not user.has_perm("discussion.view_comment", comment):
        return None
    return comment


def reacted_ids_for_user(*, user, comment_ids: list[int]) -> set[int]:
    if not user.is_authenticated or not comment_ids:
        return set()
    return set(
        CommentReaction.objects.filter(user=user, comment_id__in=comment_ids).values_list(
            "comment_id", flat=True
        )
    )
