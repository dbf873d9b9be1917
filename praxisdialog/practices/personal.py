"""What the practices app holds about a person (core/holders.py)."""

from django.utils.translation import gettext_lazy as _

from praxisdialog.core.holders import Holder, register, row

from .models import Adoption, PracticeUpdate
from .services import practice_items_erase


def export(user) -> dict:
    return {
        "adoption_reports": [
            {
                **row(adoption, ["id", "text", "status", "created_at"]),
                "contribution": adoption.contribution_id,
                "own_contribution": adoption.own_contribution_id,
            }
            for adoption in Adoption.objects.filter(author=user)
        ],
        "practice_updates": [
            {
                **row(update, ["id", "state", "text", "status", "created_at"]),
                "contribution": update.contribution_id,
            }
            for update in PracticeUpdate.objects.filter(author=user)
        ],
    }


def erase(ctx) -> None:
    practice_items_erase(user=ctx.user, placeholder=ctx.placeholder, keep_content=ctx.keep_content)


register(
    Holder("practices", _("Updates and adoption reports"), order=50, export=export, erase=erase)
)
