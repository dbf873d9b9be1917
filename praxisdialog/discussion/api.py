"""Comments in the API: read a contribution's thread, post comments and replies."""

from datetime import datetime

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema, Status

from praxisdialog.api.auth import session_or_token
from praxisdialog.api.pagination import PAGE_QUERY, PageOut, paginate
from praxisdialog.api.schemas import ErrorOut
from praxisdialog.contributions.selectors import contribution_get_for_display
from praxisdialog.core.markdown import render_markdown
from praxisdialog.core.ratelimit import RateLimited, client_ip
from praxisdialog.moderation.checks import EXPLANATIONS

from . import services
from .models import Comment
from .selectors import comment_get_for_display, comment_list_top, comment_thread, page_size

router = Router(tags=["discussion"])


class CommentOut(Schema):
    id: int
    parent: int | None
    depth: int
    author: str | None
    status: str
    text: str
    language: str
    html: str
    deleted: bool
    hidden: bool
    edited: bool
    helpful_count: int
    reply_count: int
    created_at: datetime
    held_because: list[str]


class CommentPage(PageOut):
    items: list[CommentOut]


class CommentIn(Schema):
    text: str
    parent: int | None = None
    language: str = Field(
        "",
        description="Language of the text (de, en, ar, fa, uk, tr, ru, fr, es, other). "
        "Omitted or empty: recognised from the text.",
    )


def comment_out(comment: Comment) -> dict:
    shown = comment.is_visible or comment.status == Comment.Status.PENDING
    return {
        "id": comment.pk,
        "parent": comment.parent_id,
        "depth": comment.depth,
        "author": None if comment.is_deleted else comment.author.public_name,
        "status": comment.status,
        "text": comment.text if shown else "",
        "language": comment.language if shown else "",
        "html": str(render_markdown(comment.text)) if shown else "",
        "deleted": comment.is_deleted,
        "hidden": comment.status == Comment.Status.HIDDEN,
        "edited": comment.edited_at is not None,
        "helpful_count": comment.helpful_count,
        "reply_count": comment.reply_count,
        "created_at": comment.created_at,
        "held_because": [str(EXPLANATIONS[r]) for r in comment.held_reasons if r in EXPLANATIONS],
    }


def _contribution(request, contribution_id: int):
    contribution = contribution_get_for_display(pk=contribution_id, user=request.user)
    if contribution is None:
        raise Http404
    return contribution


@router.get(
    "/contributions/{contribution_id}/comments",
    response={200: CommentPage, 404: ErrorOut},
)
def list_comments(request, contribution_id: int, page: int = PAGE_QUERY):
    """Top-level comments, oldest first, paginated; replies come from
    `/comments/{id}/replies`. Hidden and deleted ones stay as placeholders."""
    contribution = _contribution(request, contribution_id)
    result = paginate(
        comment_list_top(target=contribution, user=request.user), page=page, page_size=page_size()
    )
    return {**result, "items": [comment_out(comment) for comment in result["items"]]}


@router.get("/comments/{comment_id}/replies", response={200: list[CommentOut], 404: ErrorOut})
def list_replies(request, comment_id: int):
    """Every reply in the thread of a top-level comment, oldest first."""
    comment = comment_get_for_display(pk=comment_id, user=request.user)
    if comment is None or comment.depth != 0:
        raise Http404
    return [comment_out(c) for c in comment_thread(root=comment, user=request.user)]


@router.post(
    "/contributions/{contribution_id}/comments",
    auth=session_or_token,
    response={201: CommentOut, 403: ErrorOut, 404: ErrorOut, 429: ErrorOut},
)
def create_comment(request, contribution_id: int, payload: CommentIn):
    """Posts a comment, or a reply with `parent`. A new account's first comments and
    texts with personal data or watched words come back with status `pending`."""
    user = request.auth
    contribution = _contribution(request, contribution_id)
    if not user.has_perm("discussion.add_comment", contribution):
        raise PermissionDenied(_("You cannot comment here."))
    parent = None
    if payload.parent is not None:
        parent = comment_get_for_display(pk=payload.parent, user=user)
        if parent is None:
            raise Http404
        if not user.has_perm("discussion.reply_comment", parent):
            raise PermissionDenied(_("This comment cannot be answered."))
    try:
        comment = services.comment_create(
            author=user,
            target=contribution,
            text=payload.text,
            parent=parent,
            ip=client_ip(request),
            language=payload.language,
        )
    except RateLimited as limited:
        return Status(429, {"detail": limited.message})
    return Status(201, comment_out(comment))
