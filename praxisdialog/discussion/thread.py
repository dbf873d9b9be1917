"""The comment section that the pages of every commentable thing show, and the
per-comment permissions that the thread pages of discussion show as well."""

from django.core.paginator import Paginator

from praxisdialog.moderation.checks import EXPLANATIONS

from .forms import CommentForm
from .selectors import comment_count_for, comment_list_top, page_size, reacted_ids_for_user


def decorate_comments(comments, *, user, can_comment: bool, reacted: set[int]) -> None:
    """Per-comment permissions, computed once here rather than in the template."""
    for comment in comments:
        comment.can_edit = user.has_perm("discussion.change_comment", comment)
        comment.can_delete = user.has_perm("discussion.delete_comment", comment)
        comment.can_react = user.has_perm("discussion.react_comment", comment)
        comment.can_reply = can_comment and comment.is_visible and comment.can_have_replies
        comment.reacted = comment.pk in reacted
        comment.is_own = user.is_authenticated and comment.author_id == user.pk
        comment.held_explanations = [
            EXPLANATIONS[reason] for reason in comment.held_reasons if reason in EXPLANATIONS
        ]


def thread_context(request, *, target, post_url: str) -> dict:
    """What the comment section under a commentable thing needs: the first (or the
    asked-for) page of top-level comments with a bounded number of queries, whatever the
    length of the thread."""
    user = request.user
    can_comment = user.has_perm("discussion.add_comment", target)
    page = Paginator(comment_list_top(target=target, user=user), page_size()).get_page(
        request.GET.get("comments")
    )
    comments = list(page.object_list)
    decorate_comments(
        comments,
        user=user,
        can_comment=can_comment,
        reacted=reacted_ids_for_user(user=user, comment_ids=[c.pk for c in comments]),
    )
    # The comments in the reader's language, or machine-translated (one query).
    from praxisdialog.translation.selectors import shown_for_many

    shown = shown_for_many(request=request, objects=comments)
    for comment in comments:
        comment.shown = shown[comment.pk]
    return {
        "comment_page": page,
        "comments": comments,
        "comment_total": comment_count_for(target=target),
        "can_comment": can_comment,
        "comment_form": CommentForm(),
        "comment_post_url": post_url,
        "comment_target": target,
    }
