import rules
from django.utils import timezone

from praxisdialog.accounts.rules import is_moderator

from .models import Registration


@rules.predicate
def has_seat(user, registration: Registration) -> bool:
    return registration.status == Registration.Status.CONFIRMED


@rules.predicate
def attended(user, registration: Registration) -> bool:
    return registration.attended_at is not None


@rules.predicate
def event_has_begun(user, registration: Registration) -> bool:
    return registration.event.starts_at <= timezone.now()


@rules.predicate
def event_has_online_link(user, registration: Registration) -> bool:
    event = registration.event
    return event.is_online and bool(event.online_link)


# Who sees an event's online link: whoever holds a confirmed seat of an event that takes
# place online. Guests hold a registration, not an account, so pages, mails and the
# calendar file ask `online_link_shown(registration)` instead of a user's permission.
_sees_online_link = has_seat & event_has_online_link


def online_link_shown(registration: Registration | None) -> bool:
    return registration is not None and _sees_online_link.test(None, registration)


# Organisers are staff; an organiser group can extend is_moderator later.
rules.add_perm("events.manage_event", is_moderator)
# Feedback only from people who came, kept their seat and saw the event take place: a
# cancelled registration or an event still ahead is never asked how it was.
rules.add_perm("events.give_feedback", attended & has_seat & event_has_begun)
