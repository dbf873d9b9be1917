"""The staff console: one read over the other apps' selectors, so staff see at a glance
where each call stands and what waits for them. It owns no data of its own."""

from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone

from praxisdialog.calls.models import Call
from praxisdialog.calls.phases import current_phase, days_left
from praxisdialog.calls.selectors import call_list_for_staff
from praxisdialog.contributions.selectors import review_counts_by_call
from praxisdialog.events.selectors import event_list_upcoming_for_organisers
from praxisdialog.insights.selectors import theme_run_latest_by_call
from praxisdialog.moderation.selectors import queue_summary
from praxisdialog.newsletter.selectors import newsletter_latest
from praxisdialog.resonance.selectors import resonance_state_by_call


@dataclass
class CallState:
    call: Call
    phase: object
    days_left: int | None
    waiting_for_review: int
    resonance: object
    theme_run: object


# An entry of the moderation queue older than this is shown as overdue: reports should
# be decided within a working day.
QUEUE_LATE_AFTER = timedelta(hours=24)


@dataclass
class Console:
    calls: list[CallState]
    review_total: int
    queue: dict
    events: list
    newsletter: object

    @property
    def queue_is_late(self) -> bool:
        oldest = self.queue.get("oldest_at")
        return oldest is not None and timezone.now() - oldest > QUEUE_LATE_AFTER


def console_get(*, user) -> Console:
    """Everything the console shows, in a fixed number of queries per call."""
    staff = user.is_staff
    calls = list(call_list_for_staff()) if staff else []
    ids = [call.pk for call in calls]
    reviews = review_counts_by_call() if user.has_perm("contributions.review") else {}
    resonance = resonance_state_by_call(calls=calls) if staff else {}
    runs = theme_run_latest_by_call(call_ids=ids) if staff else {}
    states = []
    for call in calls:
        phase = current_phase(call)
        states.append(
            CallState(
                call=call,
                phase=phase,
                days_left=days_left(phase) if phase else None,
                waiting_for_review=reviews.get(call.pk, 0),
                resonance=resonance.get(call.pk),
                theme_run=runs.get(call.pk),
            )
        )
    return Console(
        calls=states,
        review_total=sum(reviews.values()),
        queue=queue_summary(),
        events=event_list_upcoming_for_organisers() if user.has_perm("events.manage_event") else [],
        newsletter=newsletter_latest() if user.has_perm("newsletter.manage_newsletter") else None,
    )
