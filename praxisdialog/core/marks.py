"""A person's "helpful" mark on something, with the count kept on the marked row.

Contributions and comments both count marks this way: one mark row per person and thing
(a unique constraint decides when one person clicks twice at once) and a `helpful_count`
column that follows with conditional updates, never below zero."""

from django.db import IntegrityError, transaction
from django.db.models import F


def mark_remove(*, mark_model, target_model, field: str, target_pk: int, user) -> bool:
    """Takes the person's mark back; True when there was one."""
    deleted, _details = mark_model.objects.filter(
        **{f"{field}_id": target_pk, "user": user}
    ).delete()
    if deleted:
        target_model.objects.filter(pk=target_pk, helpful_count__gt=0).update(
            helpful_count=F("helpful_count") - 1
        )
    return bool(deleted)


def mark_toggle(*, mark_model, target_model, field: str, target_pk: int, user) -> bool:
    """Marks the thing for this person, or takes the mark back; True when it is marked
    now. Call it inside the service's transaction."""
    if mark_remove(
        mark_model=mark_model,
        target_model=target_model,
        field=field,
        target_pk=target_pk,
        user=user,
    ):
        return False
    try:
        with transaction.atomic():
            mark_model.objects.create(**{f"{field}_id": target_pk, "user": user})
    except IntegrityError:
        return True
    target_model.objects.filter(pk=target_pk).update(helpful_count=F("helpful_count") + 1)
    return True
