from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.utils import timezone

from praxisdialog.events import demo
from praxisdialog.events.models import AgendaSlot, Event, Registration
from tests.accounts.factories import StaffFactory, UserFactory, VerifiedUserFactory
from tests.events.factories import EventFactory

pytestmark = pytest.mark.django_db

PEOPLE = {
    "visitor": lambda: AnonymousUser(),
    "unverified": UserFactory,
    "participant": VerifiedUserFactory,
    "staff": StaffFactory,
}
STATES = {
    "open": {},
    "draft": {"status": Event.Status.DRAFT},
    "not yet open": {"registration_opens_at": timezone.now() + timedelta(days=1)},
    "closed": {"registration_closes_at": timezone.now() - timedelta(minutes=1)},
    "cancelled": {"status": Event.Status.CANCELLED},
}
MAY_REGISTER = {("participant", "open"), ("staff", "open")}
MAY_VIEW = {(p, s) for p in PEOPLE for s in STATES if s != "draft"} | {("staff", s) for s in STATES}


@pytest.mark.parametrize("person", PEOPLE)
@pytest.mark.parametrize("state", STATES)
def test_who_may_view_register_and_manage(person, state):
    user = PEOPLE[person]()
    event = EventFactory(**STATES[state])
    assert user.has_perm("events.view_event", event) == ((person, state) in MAY_VIEW)
    assert user.has_perm("events.register_event", event) == ((person, state) in MAY_REGISTER)
    assert user.has_perm("events.manage_event", event) == (person == "staff")


def test_the_demo_event_is_seeded_once(call, staff, user):
    call_command("events_housekeeping")
    for _ in range(2):
        demo.seed(call=call, staff=staff, participant=user, authors=[])
    event = Event.objects.get(call=call)
    assert event.status == Event.Status.PUBLISHED
    assert AgendaSlot.objects.filter(event=event).count() == 4
    assert Registration.objects.get(event=event).user == user
