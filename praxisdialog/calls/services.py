from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Call, Phase, Question


@transaction.atomic
def call_publish(*, call: Call) -> Call:
    """Publishes a call; it needs 1 to 6 guiding questions and at least one phase."""
    question_count = Question.objects.filter(call=call).count()
    if not 1 <= question_count <= Question.MAX_PER_CALL:
        raise ValidationError(_("A call needs between one and six guiding questions."))
    if not call.phases.exists():
        raise ValidationError(_("A call needs a timeline with at least one phase."))
    call.status = Call.Status.PUBLISHED
    call.published_at = call.published_at or timezone.now()
    call.save(update_fields=["status", "published_at", "updated_at"])
    return call


@transaction.atomic
def call_archive(*, call: Call) -> Call:
    call.status = Call.Status.ARCHIVED
    call.save(update_fields=["status", "updated_at"])
    return call


@transaction.atomic
def phase_end_now(*, phase: Phase) -> Phase:
    """Ends a phase now, by staff action; the next phase, if it was still to come,
    starts at once so the call has no gap. `phase_allows` then reads the new dates."""
    now = timezone.now()
    if phase.starts_at >= now or (phase.ends_at is not None and phase.ends_at <= now):
        raise ValidationError(_("Only the current phase can be closed."))
    phase.ends_at = now
    phase.save(update_fields=["ends_at"])
    following = (
        Phase.objects.filter(call_id=phase.call_id, starts_at__gt=now).order_by("starts_at").first()
    )
    if following is not None and (following.ends_at is None or following.ends_at > now):
        following.starts_at = now
        following.save(update_fields=["starts_at"])
    return phase
