from django.tasks import task

from praxisdialog.calls.models import Call

from . import services
from .models import Dossier, PhaseClosing


@task
def send_phase_closing(*, closing_id: int) -> None:
    closing = PhaseClosing.objects.select_related("phase__call").filter(pk=closing_id).first()
    if closing is not None:
        services.phase_closing_send(closing=closing)


@task
def refresh_resonance(*, call_id: int) -> None:
    call = Call.objects.filter(pk=call_id).first()
    if call is not None:
        services.resonance_refresh(call=call)


@task
def generate_dossier(*, dossier_id: int, requested_at: str = "") -> None:
    dossier = Dossier.objects.select_related("call").filter(pk=dossier_id).first()
    if dossier is None:
        return
    if requested_at and dossier.requested_at.isoformat() != requested_at:
        return  # asked for again since: the newer task builds it
    services.dossier_generate(dossier=dossier, requested_at=dossier.requested_at)
