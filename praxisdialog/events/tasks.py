from django.tasks import task

from . import services
from .models import Event, Registration


@task
def send_registration_mail(*, registration_id: int, kind: str) -> None:
    registration = Registration.objects.select_related("event").filter(pk=registration_id).first()
    if registration is not None:
        services.registration_mail_send(registration=registration, kind=kind)


@task
def send_event_reminders(*, event_id: int, kind: str) -> None:
    event = Event.objects.filter(pk=event_id).first()
    if event is not None:
        services.reminders_send_due(event=event, kinds=[kind])


@task
def release_expired_holds(*, event_id: int) -> None:
    event = Event.objects.filter(pk=event_id).first()
    if event is not None:
        services.holds_release_expired(event=event)


@task
def events_housekeeping() -> None:
    services.housekeeping()
