import rules

from praxisdialog.accounts.rules import is_moderator

from .models import Call
from .phases import CONTRIBUTE, phase_allows


@rules.predicate
def call_is_published(user, call: Call) -> bool:
    return call.status in Call.PUBLIC_STATUSES


@rules.predicate
def call_collects_contributions(user, call: Call) -> bool:
    return call.status == Call.Status.PUBLISHED and phase_allows(call, CONTRIBUTE)


rules.add_perm("calls.view_call", call_is_published | is_moderator)
