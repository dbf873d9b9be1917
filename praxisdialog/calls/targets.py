"""How calls are commented on and found by search (see core/targets.py)."""

from django.utils.translation import gettext_lazy as _

from praxisdialog.core.targets import SearchText, Target, TextPart, register

from .models import Call, Question
from .phases import COMMENT, phase_allows
from .selectors import call_get_for_display

register(
    Target(
        model=Call,
        is_visible=lambda user, call: user.has_perm("calls.view_call", call),
        title=lambda call: call.display_title,
        call=lambda call: call,
        accepts_comments=lambda call: (
            call.status == Call.Status.PUBLISHED and phase_allows(call, COMMENT)
        ),
        get_for_display=lambda *, key, user: call_get_for_display(slug=key, user=user),
        # Only public calls, whatever the reader's role: staff find their drafts in the
        # console, not in search.
        searchable=lambda user: Call.objects.filter(status__in=Call.PUBLIC_STATUSES),
        # The call's texts and guiding questions, in German and in every version staff
        # wrote in another language.
        search_text=SearchText(
            code=5,
            label=_("Call"),
            label_plural=_("Calls"),
            title=("title",),
            text=("teaser", "body", "plain_summary"),
            versions=True,
            parts=(
                TextPart(
                    name="question",
                    table=Question._meta.db_table,
                    key="call_id",
                    fields=("text", "help_text"),
                    versions=True,
                ),
            ),
        ),
    )
)
