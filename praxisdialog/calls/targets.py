"""How calls are commented on (see core/targets.py)."""

from praxisdialog.core.targets import Target, register

from .models import Call
from .phases import COMMENT, phase_allows

register(
    Target(
        model=Call,
        is_visible=lambda user, call: user.has_perm("calls.view_call", call),
        title=lambda call: call.display_title,
        call=lambda call: call,
        accepts_comments=lambda call: (
            call.status == Call.Status.PUBLISHED and phase_allows(call, COMMENT)
        ),
        searchable=lambda user: Call.objects.filter(status__in=Call.PUBLIC_STATUSES),
    )
)
