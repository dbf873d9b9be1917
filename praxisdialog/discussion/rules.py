import rules
from django.utils import timezone

from praxisdialog.accounts.rules import is_moderator, is_verified
from praxisdialog.core import targets
from praxisdialog.moderation.rules import is_suspended

from .models import Comment
from .selectors import target_for_comment

EDIT_MINUTES = 15


@rules.predicate
def target_is_open(user, target) -> bool:
    return targets.accepts_comments(target)


@rules.predicate
def is_target_visible(user, comment: Comment) -> bool:
    """The comment's target may be read by this user (loaded once per comment object)."""
    if not hasattr(comment, "_target_cache"):
        comment._target_cache = target_for_comment(comment)
    return targets.is_visible(user, comment._target_cache)


@rules.predicate
def is_comment_author(user, comment: Comment) -> bool:
    return user.is_authenticated and comment.author_id == user.pk


@rules.predicate
def is_comment_public(user, comment: Comment) -> bool:
    return comment.status in {Comment.Status.PUBLISHED, Comment.Status.HIDDEN}


@rules.predicate
def is_comment_live(user, comment: Comment) -> bool:
    return comment.deleted_at is None and comment.status in {
        Comment.Status.PUBLISHED,
        Comment.Status.PENDING,
    }


@rules.predicate
def is_not_redacted(user, comment: Comment) -> bool:
    return not comment.redaction_note


@rules.predicate
def is_in_edit_window(user, comment: Comment) -> bool:
    return (timezone.now() - comment.created_at).total_seconds() <= EDIT_MINUTES * 60


@rules.predicate
def is_comment_visible(user, comment: Comment) -> bool:
    return comment.is_visible


@rules.predicate
def can_take_replies(user, comment: Comment) -> bool:
    return comment.is_visible and comment.can_have_replies


# add_comment is asked with the target (a contribution or a call) as object.
rules.add_perm("discussion.add_comment", is_verified & ~is_suspended & target_is_open)
rules.add_perm("discussion.reply_comment", is_verified & ~is_suspended & can_take_replies)
rules.add_perm(
    "discussion.view_comment",
    is_target_visible & (is_comment_public | is_comment_author | is_moderator),
)
rules.add_perm(
    "discussion.change_comment",
    is_comment_author & ~is_suspended & is_comment_live & is_not_redacted & is_in_edit_window,
)
rules.add_perm("discussion.delete_comment", is_comment_author & is_comment_live)
rules.add_perm("discussion.react_comment", is_verified & is_comment_visible & ~is_comment_author)
