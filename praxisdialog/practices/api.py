"""Adoption reports in the API: read who adopted a practice, report that you did."""

from datetime import datetime

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema, Status

from praxisdialog.api.auth import session_or_token
from praxisdialog.api.schemas import ErrorOut
from praxisdialog.contributions.selectors import contribution_get_for_display
from praxisdialog.core.ratelimit import RateLimited, client_ip
from praxisdialog.moderation.checks import EXPLANATIONS

from . import services
from .models import Adoption
from .selectors import adoption_list_for_contribution

router = Router(tags=["practices"])


class AdoptionOut(Schema):
    id: int
    contribution: int = Field(description="The contribution that was adopted.")
    own_contribution: int | None = Field(
        description="The reporter's own contribution about it, if they linked one."
    )
    author: str
    text: str
    status: str = Field(description="published, or pending while a moderator reads it.")
    created_at: datetime
    held_because: list[str]


class AdoptionIn(Schema):
    text: str = Field(description="What you changed and how it went.")
    contribution: int | None = Field(
        None, description="Optional: the id of your own published contribution about it."
    )


def adoption_out(adoption: Adoption) -> dict:
    own = adoption.own_contribution
    return {
        "id": adoption.pk,
        "contribution": adoption.contribution_id,
        "own_contribution": own.pk if own is not None and own.status == "published" else None,
        "author": adoption.author.public_name,
        "text": adoption.text,
        "status": adoption.status,
        "created_at": adoption.created_at,
        "held_because": [str(EXPLANATIONS[r]) for r in adoption.held_reasons if r in EXPLANATIONS],
    }


def _contribution(request, contribution_id: int, user=None):
    contribution = contribution_get_for_display(pk=contribution_id, user=user or request.user)
    if contribution is None or contribution.status != "published":
        raise Http404
    return contribution


@router.get(
    "/contributions/{contribution_id}/adoptions", response={200: list[AdoptionOut], 404: ErrorOut}
)
def list_adoptions(request, contribution_id: int):
    """The published reports of others who adopted the practice, newest first."""
    contribution = _contribution(request, contribution_id)
    return [
        adoption_out(a) for a in adoption_list_for_contribution(contribution_id=contribution.pk)
    ]


@router.post(
    "/contributions/{contribution_id}/adoptions",
    auth=session_or_token,
    response={201: AdoptionOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut, 429: ErrorOut},
)
def create_adoption(request, contribution_id: int, payload: AdoptionIn):
    """Reports "we adopted this too" on a published contribution. The checks of comments
    apply: a new account's first reports and texts with personal data or watched words
    come back with status `pending` and appear once a moderator has read them."""
    user = request.auth
    contribution = _contribution(request, contribution_id, user=user)
    if not user.has_perm("practices.add_adoption", contribution):
        raise PermissionDenied(_("You cannot report an adoption of this contribution."))
    try:
        adoption = services.adoption_create(
            contribution_id=contribution.pk,
            author=user,
            data=services.AdoptionInput(
                text=payload.text, own_contribution_id=payload.contribution
            ),
            ip=client_ip(request),
        )
    except RateLimited as limited:
        return Status(429, {"detail": limited.message})
    return Status(201, adoption_out(adoption))
