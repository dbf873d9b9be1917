import rules
from django.utils import timezone

from praxisdialog.accounts.rules import is_moderator, is_verified

from .models import Event, Registration


@rules.predicate
def event_is_public(user, event: Event) -> bool:
    return event.status in {Event.Status.PUBLISHED, Event.Status.CANCELLED}


@rules.predicate
def event_registration_open(user, event: Event) -> bool:
    return event.registration_is_open()


@rules.predicate
def has_seat(user, registration: Registration) -> bool:
    return registration.status == Registration.Status.CONFIRMED


@rules.predicate
def attended(user, registration: Registration) -> bool:
    return registration.attended_at is not None


@rules.predicate
def event_has_begun(user, registration: Registration) -> bool:
    return registration.event.starts_at <= timezone.now()


# Organisers are staff; an organiser group can extend is_moderator later.
rules.add_perm("events.view_event", event_is_public | is_moderator)
rules.add_perm("events.register_event", is_verified & event_is_public & event_registration_open)
rules.add_perm("events.manage_event", is_moderator)
# Feedback only from people who came, kept their seat and saw the event take place: a
# cancelled registration or an event still ahead is never asked how it was.
rules.add_perm("events.give_feedback", attended & has_seat & event_has_begun)
