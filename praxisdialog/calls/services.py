from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Call, Question


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
