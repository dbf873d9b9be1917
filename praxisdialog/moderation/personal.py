"""What the moderation app holds about a person (core/holders.py)."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from praxisdialog.core.holders import Holder, register, row

from .models import AccountStanding, Contest, Decision, Report
from .services import moderation_records_erase_for_account, queue_entries_delete_on_targets


def export(user) -> dict:
    reports = Report.objects.filter(Q(reporter=user) | Q(reporter_email__iexact=user.email))
    standing = AccountStanding.objects.filter(user=user).first()
    return {
        "reports_made": [
            row(report, ["reason", "law", "explanation", "reporter_email", "created_at"])
            for report in reports
        ],
        "decisions_about_me": [
            row(decision, ["action", "ground", "explanation", "created_at"])
            for decision in Decision.objects.filter(subject=user)
        ],
        "contests": [
            row(contest, ["text", "outcome", "created_at", "resolved_at"])
            for contest in Contest.objects.filter(author=user)
        ],
        "standing": row(standing, ["trusted", "suspended_at"]) if standing else None,
    }


def erase(ctx) -> None:
    moderation_records_erase_for_account(
        user=ctx.user, email=ctx.email, placeholder=ctx.placeholder, keep_content=ctx.keep_content
    )


def forget_targets(model, ids: list[int]) -> None:
    queue_entries_delete_on_targets(model=model, ids=ids)


register(
    Holder(
        "moderation",
        _("Reports and moderation"),
        order=60,
        export=export,
        erase=erase,
        forget_targets=forget_targets,
    )
)
