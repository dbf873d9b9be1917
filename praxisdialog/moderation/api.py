"""Reports (anyone, Art. 16 DSA) and the moderators' queue and decisions."""

from datetime import datetime
from typing import Literal

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status
from ninja.utils import check_csrf

from praxisdialog.api.auth import BearerToken, session_or_token
from praxisdialog.api.schemas import ErrorOut
from praxisdialog.core.ratelimit import RateLimited, client_ip

from . import services
from .models import Action, Contest, Decision
from .selectors import entry_get_for_decision, queue_list_open, report_target_get

router = Router(tags=["moderation"])


class ReportIn(Schema):
    target_type: Literal["comment", "contribution", "profile"]
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
    # Empty means "no violation found" for publish, restore and dismiss; hide, reject
    # and redact need a ground.
    ground: str = ""
    explanation: str = ""
    facts: str = ""
    redacted_text: str = ""


class DecisionOut(Schema):
    id: int
    action: str
    ground: str
    created_at: datetime


class ContestIn(Schema):
    text: str


class ContestOut(Schema):
    id: int
    decision_id: int
    outcome: str
    created_at: datetime


class ContestDecisionIn(Schema):
    outcome: Literal["upheld", "reversed"]
    explanation: str


class AccountActionIn(Schema):
    action: Literal["trust", "suspend", "unsuspend"]
    explanation: str = ""
    hide_content: bool = False


def _decision_out(decision: Decision) -> dict:
    return {
        "id": decision.pk,
        "action": decision.action,
        "ground": decision.ground,
        "created_at": decision.created_at,
    }


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
    target = report_target_get(kind=payload.target_type, pk=payload.target_id, user=user)
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
    return Status(201, _decision_out(decision))


@router.post(
    "/moderation/decisions/{decision_id}/contest",
    auth=session_or_token,
    response={201: ContestOut, 403: ErrorOut, 404: ErrorOut},
)
def contest_decision(request, decision_id: int, payload: ContestIn):
    """The person a decision concerns contests it, once; another moderator decides."""
    decision = Decision.objects.filter(pk=decision_id).first()
    if decision is None or not request.auth.has_perm("moderation.view_decision", decision):
        raise Http404
    if not request.auth.has_perm("moderation.contest_decision", decision):
        raise PermissionDenied(_("This decision cannot be contested (again)."))
    contest = services.contest_create(decision=decision, author=request.auth, text=payload.text)
    return Status(
        201,
        {
            "id": contest.pk,
            "decision_id": decision.pk,
            "outcome": contest.outcome,
            "created_at": contest.created_at,
        },
    )


@router.post(
    "/moderation/contests/{contest_id}/decision",
    auth=session_or_token,
    response={201: DecisionOut, 403: ErrorOut, 404: ErrorOut},
)
def decide_contest(request, contest_id: int, payload: ContestDecisionIn):
    """A moderator other than the first decides a contest: upheld or reversed."""
    if not request.auth.has_perm("moderation.view_desk"):
        raise PermissionDenied
    contest = Contest.objects.select_related("decision").filter(pk=contest_id).first()
    if contest is None:
        raise Http404
    decision = services.contest_decide(
        contest=contest,
        moderator=request.auth,
        outcome=payload.outcome,
        explanation=payload.explanation,
    )
    return Status(201, _decision_out(decision))


@router.post(
    "/moderation/accounts/{user_id}/decisions",
    auth=session_or_token,
    response={201: DecisionOut, 403: ErrorOut, 404: ErrorOut},
)
def decide_account(request, user_id: int, payload: AccountActionIn):
    """Marks an account trusted, suspends it (optionally hiding all it posted) or lifts
    the suspension."""
    if not request.auth.has_perm("moderation.manage_account"):
        raise PermissionDenied
    account = get_user_model().objects.filter(pk=user_id).first()
    if account is None:
        raise Http404
    decision = services.account_moderate(
        user=account,
        moderator=request.auth,
        action=Action(payload.action),
        explanation=payload.explanation,
        hide_content=payload.hide_content,
    )
    return Status(201, _decision_out(decision))
