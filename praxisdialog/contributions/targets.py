"""How contributions are commented on, reported and moderated (see core/targets.py)."""

from django.utils.translation import gettext_lazy as _

from praxisdialog.calls.models import Call
from praxisdialog.calls.phases import COMMENT, phase_allows
from praxisdialog.core.targets import SearchText, Target, TextPart, register

from . import services
from .models import Answer, Contribution
from .selectors import contribution_get_for_display


def _accepts_comments(contribution: Contribution) -> bool:
    call = contribution.call
    return (
        call.status == Call.Status.PUBLISHED
        and contribution.status == Contribution.Status.PUBLISHED
        and phase_allows(call, COMMENT)
    )


def _get_for_report(*, pk: int, user) -> Contribution | None:
    """Only a published contribution the person may read can be reported."""
    contribution = contribution_get_for_display(pk=pk, user=user)
    published = contribution is not None and contribution.status == Contribution.Status.PUBLISHED
    return contribution if published else None


def _set_status(status: str):
    return lambda contribution: services.contribution_moderate(
        contribution=contribution, status=status
    )


register(
    Target(
        model=Contribution,
        is_visible=lambda user, contribution: user.has_perm(
            "contributions.view_contribution", contribution
        ),
        call=lambda contribution: contribution.call,
        related=("author", "call"),
        accepts_comments=_accepts_comments,
        get_for_display=lambda *, key, user: contribution_get_for_display(pk=key, user=user),
        # The author hears of every comment on their contribution.
        owner=lambda contribution: contribution.author,
        get_for_report=_get_for_report,
        publish=_set_status(Contribution.Status.PUBLISHED),
        # Hidden and rejected contributions are both taken off the pages.
        hide=_set_status(Contribution.Status.REJECTED),
        reject=_set_status(Contribution.Status.REJECTED),
        redact=lambda contribution, *, text, note: services.contribution_redact(
            contribution=contribution, passages=text.splitlines(), note=note
        ),
        redaction_undo=lambda contribution, *, previous: services.contribution_redaction_undo(
            contribution=contribution, previous=previous
        ),
        hide_all_by=services.contribution_hide_all_by,
        searchable=lambda user: Contribution.objects.public(),
        search_text=SearchText(
            code=1,
            label=_("Contribution"),
            label_plural=_("Contributions"),
            title=("title",),
            text=("challenge", "approach", "results", "lessons", "transfer"),
            parts=(
                TextPart(
                    name="answer",
                    table=Answer._meta.db_table,
                    key="contribution_id",
                    fields=("text",),
                ),
            ),
        ),
    )
)
