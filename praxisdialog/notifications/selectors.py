from django.db.models import QuerySet

from .models import Follow, Notification


def notification_list_for(*, user) -> QuerySet[Notification]:
    return Notification.objects.filter(recipient=user).order_by("-created_at", "-pk")


def emailed_count() -> int:
    """Notifications that went out by mail (for the metrics)."""
    return Notification.objects.filter(emailed_at__isnull=False).count()


def unread_count(*, user) -> int:
    if not user.is_authenticated:
        return 0
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()


def is_following(*, user, target) -> bool:
    if not user.is_authenticated:
        return False
    from django.contrib.contenttypes.models import ContentType

    return Follow.objects.filter(
        user=user, content_type=ContentType.objects.get_for_model(target), object_id=target.pk
    ).exists()
