"""The comment section that the pages of every commentable thing show, and the
per-comment permissions that the thread pages of discussion show as well.

Comments are written and answered in place: the section opens the thread of one comment
(`?comment=N` after posting, `?reply=N` with the reply form under comment N) on the page
of top-level comments that holds it, and a form that was refused comes back in the same
place with its text and the reason (see `views.post_comment`)."""

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from praxisdialog.core import targets
from praxisdialog.moderation.checks import EXPLANATIONS

from .forms import CommentForm
from .models import Comment
from .selectors import (
    comment_count_for,
    comment_get_for_display,
    comment_list_top,
    comment_thread,
    page_size,
    reacted_ids_for_user,
)


@dataclass
class InPlace:
    """What a comment section shows besides its comments, set on the request by the
    discussion views: the comment to open and move the focus to, a form that was refused
    (with `parent`, a reply form), and a short notice beside the focused comment."""

    focus: Comment | None = None
    form: CommentForm | None = None
    parent: Comment | None = None
    notice: str = ""


def reply_form(parent: Comment, data=None) -> CommentForm:
    """A reply form with ids of its own: the page holds the comment form as well."""
    form = CommentForm(data, auto_id=f"id_reply{parent.pk}_%s")
    form.fields["text"].label = _("Your reply")
    return form


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


def _comment_on(target, key, user) -> Comment | None:
    """A comment on this target that the user may see, by the id in the address."""
    if not str(key or "").isdigit():
        return None
    comment = comment_get_for_display(pk=int(key), user=user)
    if comment is None or comment.object_id != target.pk:
        return None
    if comment.content_type_id != targets.content_type_of(target).pk:
        return None
    return comment


def _page_of(root: Comment, *, target, user) -> int:
    earlier = comment_list_top(target=target, user=user).filter(
        Q(created_at__lt=root.created_at) | Q(created_at=root.created_at, pk__lt=root.pk)
    )
    return earlier.count() // page_size() + 1


def thread_context(request, *, target, post_url: str) -> dict:
    """What the comment section under a commentable thing needs: the first (or the
    asked-for) page of top-level comments with a bounded number of queries, whatever the
    length of the thread; and the thread of one comment opened, when one is asked for."""
    user = request.user
    can_comment = user.has_perm("discussion.add_comment", target)
    in_place = getattr(request, "comment_in_place", None) or InPlace()
    focus = in_place.focus or in_place.parent
    reply_to = in_place.parent
    if focus is None:
        focus = _comment_on(target, request.GET.get("comment"), user)
    if reply_to is None and (asked := _comment_on(target, request.GET.get("reply"), user)):
        focus = reply_to = asked
    root = None
    if focus is not None:
        root = focus if focus.root_id is None else _comment_on(target, focus.root_id, user)
    number = request.GET.get("comments")
    if root is not None:
        number = _page_of(root, target=target, user=user)
    page = Paginator(comment_list_top(target=target, user=user), page_size()).get_page(number)
    comments = list(page.object_list)
    opened = next((c for c in comments if root is not None and c.pk == root.pk), None)
    replies = comment_thread(root=opened, user=user) if opened is not None else []
    everyone = [*comments, *replies]
    decorate_comments(
        everyone,
        user=user,
        can_comment=can_comment,
        reacted=reacted_ids_for_user(user=user, comment_ids=[c.pk for c in everyone]),
    )
    # The comments in the reader's language, or machine-translated (one query).
    from praxisdialog.translation.selectors import shown_for_many

    shown = shown_for_many(request=request, objects=everyone)
    for comment in everyone:
        comment.shown = shown[comment.pk]
    refused_reply = in_place.form if in_place.parent is not None else None
    refused_comment = in_place.form if in_place.parent is None else None
    return {
        "comment_page": page,
        "comments": comments,
        "comment_total": comment_count_for(target=target),
        "can_comment": can_comment,
        "comment_form": refused_comment or CommentForm(),
        "comment_post_url": post_url,
        "comment_target": target,
        "thread_url": target.get_absolute_url(),
        "highlight": focus.pk if focus is not None else None,
        "focus_id": in_place.focus.pk if in_place.focus is not None else None,
        "focus_notice": in_place.notice,
        "reply_to_id": reply_to.pk if reply_to is not None else None,
        "reply_form": refused_reply or (reply_form(reply_to) if reply_to is not None else None),
    }
