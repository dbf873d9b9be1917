"""What the discussion app holds about a person (core/holders.py)."""

from django.utils.translation import gettext_lazy as _

from praxisdialog.core.holders import Holder, as_json, register, row

from .models import Comment, CommentReaction
from .services import comment_list_delete_on_targets, comment_list_erase_for_account


def export(user) -> dict:
    comments = Comment.objects.filter(author=user).select_related("content_type")
    return {
        "comments": [
            {
                **row(comment, ["id", "text", "status", "created_at", "edited_at", "deleted_at"]),
                "on": f"{comment.content_type.model} {comment.object_id}",
            }
            for comment in comments
        ],
        "comments_marked_helpful": [
            {"comment": reaction.comment_id, "created_at": as_json(reaction.created_at)}
            for reaction in CommentReaction.objects.filter(user=user)
        ],
    }


def erase(ctx) -> None:
    comment_list_erase_for_account(
        user=ctx.user, placeholder=ctx.placeholder, keep_content=ctx.keep_content
    )


def forget_targets(model, ids: list[int]) -> None:
    comment_list_delete_on_targets(model=model, ids=ids)


register(
    Holder(
        "discussion",
        _("Comments"),
        order=40,
        export=export,
        erase=erase,
        forget_targets=forget_targets,
    )
)
