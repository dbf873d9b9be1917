"""What each phase of a call allows, and which phase is current.

Permission rules ask `phase_allows(call, "contribute")`; nothing else looks at
phase kinds directly, so a new kind or feature is a change in this file only."""

from dataclasses import dataclass
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


# The one thing a call invites a visitor to do while a phase of each kind runs: tell
# an experience while contributions are collected, read and discuss them afterwards,
# register for the workshop in its phase, read the results at the end.
DISCUSS = "discuss"
READ = "read"
INVITATION: dict[str, str] = {
    PhaseKind.COLLECT: CONTRIBUTE,
    PhaseKind.DISCUSS: DISCUSS,
    PhaseKind.WORKSHOP: REGISTER,
    PhaseKind.DOCUMENT: READ,
}


def invitation(call: Call, now: datetime | None = None) -> str:
    """What the call's page asks a visitor to do now (one of INVITATION's values)."""
    phase = current_phase(call, now)
    return INVITATION[phase.kind] if phase is not None else READ


@dataclass(frozen=True)
class Step:
    """A phase as a step of the call: done, current or still to come."""

    phase: Phase
    state: str  # "done", "current" or "upcoming"

    @property
    def is_current(self) -> bool:
        return self.state == "current"


def steps(call: Call, now: datetime | None = None) -> list[Step]:
    """The phases in order, each marked done, current or upcoming."""
    now = now or timezone.now()
    current = current_phase(call, now)
    result = []
    for phase in _phases(call):
        if phase == current:
            state = "current"
        elif phase.starts_at > now:
            state = "upcoming"
        else:
            state = "done"
        result.append(Step(phase=phase, state=state))
    return result
