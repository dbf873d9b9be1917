from django.tasks import task

from . import services
from .models import Notification


@task
def send_notification_mail(*, notification_id: int) -> None:
    notification = (
        Notification.objects.select_related("recipient").filter(pk=notification_id).first()
    )
    if notification is not None:
        services.notification_mail_send(notification=notification)


@task
def send_digest(*, user_id: int) -> None:
    from praxisdialog.accounts.models import User

    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is not None:
        services.digest_send(user=user)
