"""How comments are reported and moderated (see core/targets.py). What comments can be
written on is declared by the apps that own it, each in its own targets.py."""

from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from praxisdialog.core import targets
from praxisdialog.core.targets import SearchText, Target, register

from . import services
from .models import Comment
from .selectors import comment_get_for_display


def _get_for_report(*, pk: int, user) -> Comment | None:
    """Only a visible comment the person may read can be reported."""
    comment = comment_get_for_display(pk=pk, user=user)
    return comment if comment is not None and comment.is_visible else None


def _searchable(user):
    """Published comments that are not deleted, on a target that is itself searchable
    for this user (a comment on a draft call's contribution is never found)."""
    on_visible_targets = Q(pk__in=[])
    for target in targets.targets():
        if target.searchable is None or target.model is Comment:
            continue
        # Correlated (one look-up of the comment's own target), not a list of every
        # findable target made first: at 100,000 contributions that list alone took
        # a fifth of a second per search.
        on_visible_targets |= Q(content_type=targets.content_type_for_model(target.model)) & Q(
            Exists(target.searchable(user).filter(pk=OuterRef("object_id")).order_by())
        )
    return Comment.objects.filter(
        on_visible_targets, status=Comment.Status.PUBLISHED, deleted_at__isnull=True
    )


def _set_status(status: str):
    return lambda comment: services.comment_set_status(comment=comment, status=status)


def _redact(comment: Comment, *, text: str, note: str) -> str:
    previous = comment.text
    services.comment_redact(comment=comment, text=text, note=note)
    return previous


register(
    Target(
        model=Comment,
        is_visible=lambda user, comment: user.has_perm("discussion.view_comment", comment),
        related=("author",),
        get_for_report=_get_for_report,
        publish=_set_status(Comment.Status.PUBLISHED),
        hide=_set_status(Comment.Status.HIDDEN),
        reject=_set_status(Comment.Status.REJECTED),
        redact=_redact,
        redaction_undo=lambda comment, *, previous: services.comment_redact(
            comment=comment, text=previous, note=""
        ),
        hide_all_by=services.comment_hide_all_by,
        searchable=_searchable,
        search_text=SearchText(
            code=2, label=_("Comment"), label_plural=_("Comments"), text=("text",)
        ),
    )
)
