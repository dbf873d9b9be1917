from django.tasks import task

from . import services
from .models import Newsletter, Subscriber


@task
def send_confirmation(*, subscriber_id: int) -> None:
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is not None:
        services.confirmation_send(subscriber=subscriber)


@task
def send_batch(*, newsletter_id: int, first_id: int, last_id: int) -> None:
    newsletter = Newsletter.objects.filter(pk=newsletter_id).first()
    if newsletter is not None:
        services.delivery_batch_send(newsletter=newsletter, first_id=first_id, last_id=last_id)


@task
def retry_deliveries(*, newsletter_id: int) -> None:
    newsletter = Newsletter.objects.filter(pk=newsletter_id).first()
    if newsletter is not None:
        services.deliveries_retry(newsletter=newsletter)
