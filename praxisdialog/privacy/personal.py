"""What the privacy app itself holds about a person (core/holders.py)."""

from django.utils.translation import gettext_lazy as _

from praxisdialog.core.holders import Holder, register, row

from .models import AuditEntry, ConsentWithdrawal, DataExport
from .storage import export_file_delete


def export(user) -> dict:
    return {
        "consent_withdrawals": [
            row(item, ["kind", "object_id", "withdrawn_at"])
            for item in ConsentWithdrawal.objects.filter(user=user)
        ],
    }


def erase(ctx) -> None:
    for data_export in DataExport.objects.filter(user=ctx.user):
        export_file_delete(data_export)
    AuditEntry.objects.filter(actor=ctx.user).update(actor=None, actor_name="")


register(Holder("privacy", _("Privacy"), order=100, export=export, erase=erase))
