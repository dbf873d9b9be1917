"""Events in the API: public reads, registration and cancellation for signed-in users.

Field names are contracts: `capacity`, `seats_left`, `status` ("confirmed" or
"waitlisted") and `position` (on the waiting list)."""

from datetime import datetime

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status

from praxisdialog.accounts.selectors import user_is_verified
from praxisdialog.api.auth import session_or_token
from praxisdialog.api.pagination import PAGE_QUERY, PageOut, paginate
from praxisdialog.api.schemas import ErrorOut
from praxisdialog.core.ratelimit import RateLimited

from . import services
from .selectors import (
    event_get_or_404,
    event_list_past,
    event_list_upcoming,
    registration_for_user,
    seats_left,
    waitlist_position,
)

router = Router(tags=["events"])

PAGE_SIZE = 50


class EventOut(Schema):
    id: int
    title: str
    description: str
    format: str
    status: str
    starts_at: datetime
    ends_at: datetime
    venue_name: str
    venue_address: str
    accessibility: list[str]
    accessibility_notes: str
    languages: str
    interpretation: str
    capacity: int
    seats_left: int
    waitlist_enabled: bool
    registration_open: bool
    call: str | None
    url: str
    ics_url: str


class EventPage(PageOut):
    items: list[EventOut]


class RegistrationIn(Schema):
    accessibility_needs: str = ""
    interpretation_language: str = ""
    dietary_needs: str = ""
    list_consent: bool = False


class RegistrationOut(Schema):
    id: int
    event: int
    status: str
    position: int | None
    created_at: datetime


def _event_out(request, event) -> dict:
    return {
        "id": event.pk,
        "title": event.display_title,
        "description": event.display_description,
        "format": event.format,
        "status": event.status,
        "starts_at": event.starts_at,
        "ends_at": event.ends_at,
        "venue_name": event.venue_name if event.has_venue else "",
        "venue_address": event.venue_address if event.has_venue else "",
        "accessibility": [
            name
            for name in ("step_free_access", "hearing_loop", "accessible_toilet")
            if getattr(event, name)
        ],
        "accessibility_notes": event.accessibility_notes,
        "languages": event.languages,
        "interpretation": event.interpretation,
        "capacity": event.capacity,
        "seats_left": seats_left(event),
        "waitlist_enabled": event.waitlist_enabled,
        "registration_open": event.registration_is_open(),
        "call": event.call.slug if event.call else None,
        "url": request.build_absolute_uri(event.get_absolute_url()),
        "ics_url": request.build_absolute_uri(f"{event.get_absolute_url()}event.ics"),
    }


def _registration_out(registration) -> dict:
    return {
        "id": registration.pk,
        "event": registration.event_id,
        "status": registration.status,
        "position": waitlist_position(registration=registration),
        "created_at": registration.created_at,
    }


@router.get("/events", response=EventPage)
def list_events(request, past: bool = False, page: int = PAGE_QUERY):
    """Upcoming events (soonest first), or past ones with `?past=true` (latest first),
    50 a page."""
    events = (event_list_past if past else event_list_upcoming)(user=request.user)
    result = paginate(events, page=page, page_size=PAGE_SIZE)
    return {**result, "items": [_event_out(request, event) for event in result["items"]]}


@router.get("/events/{event_id}", response={200: EventOut, 404: ErrorOut})
def get_event(request, event_id: int):
    """An event with `capacity` and `seats_left` (guest holds count as taken)."""
    return _event_out(request, event_get_or_404(pk=event_id, user=request.user))


@router.post(
    "/events/{event_id}/registrations",
    auth=session_or_token,
    response={
        200: RegistrationOut,
        201: RegistrationOut,
        403: ErrorOut,
        404: ErrorOut,
        422: dict,
        429: ErrorOut,
    },
)
def register(request, event_id: int, payload: RegistrationIn | None = None):
    """Registers the signed-in user: 201 with `status` `confirmed`, or `waitlisted`
    and its `position`. Already registered: 200 with the existing registration.
    Full without a waiting list, or registration closed: 422."""
    event = event_get_or_404(pk=event_id, user=request.user)
    user = request.user
    if not user_is_verified(user):
        raise PermissionDenied(_("Please confirm your e-mail address first."))
    payload = payload or RegistrationIn()
    try:
        registration = services.registration_create(
            event=event,
            user=user,
            language=user.preferred_language,
            answers=services.RegistrationAnswers(**payload.dict()),
        )
    except RateLimited as limited:
        return Status(429, {"detail": limited.message})
    except services.AlreadyRegistered:
        existing = registration_for_user(event=event, user=user)
        if existing is None:
            raise
        return Status(200, _registration_out(existing))
    return Status(201, _registration_out(registration))


@router.delete(
    "/events/{event_id}/registrations/me",
    auth=session_or_token,
    response={204: None, 404: ErrorOut},
)
def cancel_my_registration(request, event_id: int):
    """Cancels the signed-in user's registration; a freed seat goes to the next
    person on the waiting list, who is told by mail."""
    event = event_get_or_404(pk=event_id, user=request.user)
    registration = registration_for_user(event=event, user=request.user)
    if registration is None:
        raise Http404
    services.registration_cancel(registration=registration)
    return Status(204, None)
