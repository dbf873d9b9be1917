"""Reports (anyone, Art. 16 DSA) and the moderators' queue and decisions."""

from datetime import datetime
from typing import Literal

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status
from ninja.utils import check_csrf

from praxisdialog.api.auth import BearerToken, session_or_token
from praxisdialog.api.schemas import ErrorOut
from praxisdialog.contributions.selectors import contribution_get_for_display
from praxisdialog.discussion.selectors import comment_get_for_display

from . import services
from .ratelimit import RateLimited, client_ip
from .selectors import entry_get_for_decision, queue_list_open

router = Router(tags=["moderation"])


class ReportIn(Schema):
    target_type: Literal["comment", "contribution"]
    target_id: int
    reason: str
    law: str = ""
    explanation: str
    good_faith: bool
    email: str = ""


class ReportOut(Schema):
    id: int
    received_at: datetime


class EntryOut(Schema):
    id: int
    target_type: str
    target_id: int
    premoderation: bool
    report_count: int
    flags: list[dict]
    created_at: datetime


class DecisionIn(Schema):
    action: str
    ground: str
    explanation: str = ""
    facts: str = ""
    redacted_text: str = ""


class DecisionOut(Schema):
    id: int
    action: str
    ground: str
    created_at: datetime


@router.post(
    "/reports", response={201: ReportOut, 403: ErrorOut, 404: ErrorOut, 422: dict, 429: ErrorOut}
)
def create_report(request, payload: ReportIn):
    """Reports a comment or a contribution. Without an account, give `email` for the
    receipt and the outcome. With a browser session, the CSRF token is required, so
    no other site can file reports in a signed-in person's name."""
    user = BearerToken()(request) or request.user
    signed_in_by_browser = user.is_authenticated and not request.headers.get("Authorization")
    if signed_in_by_browser and check_csrf(request) is not None:
        return Status(403, {"detail": _("Please reload the page and send the report again.")})
    if payload.target_type == "comment":
        target = comment_get_for_display(pk=payload.target_id, user=user)
    else:
        target = contribution_get_for_display(pk=payload.target_id, user=user)
    if target is None:
        raise Http404
    try:
        report = services.report_create(
            target=target,
            reporter=user if user.is_authenticated else None,
            email=payload.email,
            reason=payload.reason,
            law=payload.law,
            explanation=payload.explanation,
            good_faith=payload.good_faith,
            ip=client_ip(request),
            language=getattr(request, "LANGUAGE_CODE", ""),
        )
    except RateLimited as limited:
        return Status(429, {"detail": limited.message})
    return Status(201, {"id": report.pk, "received_at": report.created_at})


@router.get(
    "/moderation/queue", auth=session_or_token, response={200: list[EntryOut], 403: ErrorOut}
)
def list_queue(request):
    """Open items for moderators: reported first (most reported first), then the rest."""
    if not request.auth.has_perm("moderation.view_desk"):
        raise PermissionDenied
    sections = queue_list_open()
    entries = [*sections["reported"], *sections["premoderation"], *sections["flagged"]]
    return [
        {
            "id": e.pk,
            "target_type": e.content_type.model,
            "target_id": e.object_id,
            "premoderation": e.premoderation,
            "report_count": e.report_count,
            "flags": e.flags,
            "created_at": e.created_at,
        }
        for e in entries
    ]


@router.post(
    "/moderation/queue/{entry_id}/decisions",
    auth=session_or_token,
    response={201: DecisionOut, 403: ErrorOut, 404: ErrorOut},
)
def decide(request, entry_id: int, payload: DecisionIn):
    """Publish, hide, restore, reject, redact or dismiss; logged and explained to the author."""
    if not request.auth.has_perm("moderation.decide"):
        raise PermissionDenied
    entry = entry_get_for_decision(pk=entry_id)
    if entry is None:
        raise Http404
    decision = services.decision_make(entry=entry, moderator=request.auth, **payload.dict())
    return Status(
        201,
        {
            "id": decision.pk,
            "action": decision.action,
            "ground": decision.ground,
            "created_at": decision.created_at,
        },
    )
