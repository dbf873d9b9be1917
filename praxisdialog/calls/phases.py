"""What each phase of a call allows, and which phase is current.

Permission rules ask `phase_allows(call, "contribute")`; nothing else looks at
phase kinds directly, so a new kind or feature is a change in this file only."""

from datetime import datetime

from django.utils import timezone

from .models import Call, Phase, PhaseKind

CONTRIBUTE = "contribute"
COMMENT = "comment"
REGISTER = "register"

# Registering for the workshop is possible from the start (staff open it with the
# event's own registration date, often while contributions are still coming in) until
# the call moves on to its documentation.
FEATURES: dict[str, frozenset[str]] = {
    PhaseKind.COLLECT: frozenset({CONTRIBUTE, COMMENT, REGISTER}),
    PhaseKind.DISCUSS: frozenset({COMMENT, REGISTER}),
    PhaseKind.WORKSHOP: frozenset({COMMENT, REGISTER}),
    PhaseKind.DOCUMENT: frozenset(),
}


def _phases(call: Call) -> list[Phase]:
    # Uses prefetched phases when the selector loaded them; one query otherwise.
    return sorted(call.phases.all(), key=lambda phase: phase.starts_at)


def current_phase(call: Call, now: datetime | None = None) -> Phase | None:
    now = now or timezone.now()
    for phase in reversed(_phases(call)):
        if phase.starts_at <= now and (phase.ends_at is None or now < phase.ends_at):
            return phase
    return None


def phase_allows(call: Call, feature: str, now: datetime | None = None) -> bool:
    phase = current_phase(call, now)
    return phase is not None and feature in FEATURES[phase.kind]


def days_left(phase: Phase, now: datetime | None = None) -> int | None:
    if phase.ends_at is None:
        return None
    remaining = phase.ends_at - (now or timezone.now())
    return max(remaining.days, 0)
