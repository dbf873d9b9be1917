from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.utils import timezone

from praxisdialog.events import demo
from praxisdialog.events.models import AgendaSlot, Event, Registration
from praxisdialog.events.rules import online_link_shown
from praxisdialog.events.selectors import event_get_for_display
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
MAY_VIEW = {(p, s) for p in PEOPLE for s in STATES if s != "draft"} | {("staff", s) for s in STATES}


@pytest.mark.parametrize("person", PEOPLE)
@pytest.mark.parametrize("state", STATES)
def test_who_may_view_and_manage(person, state):
    user = PEOPLE[person]()
    event = EventFactory(**STATES[state])
    seen = event_get_for_display(pk=event.pk, user=user) is not None
    assert seen == ((person, state) in MAY_VIEW)
    assert user.has_perm("events.manage_event", event) == (person == "staff")


def test_the_demo_event_is_seeded_once(call, staff, user):
    call_command("events_housekeeping")
    for _ in range(2):
        demo.seed(call=call, staff=staff, participant=user, authors=[])
    event = Event.objects.get(call=call)
    assert event.status == Event.Status.PUBLISHED
    assert AgendaSlot.objects.filter(event=event).count() == 4
    assert Registration.objects.get(event=event).user == user


@pytest.mark.parametrize(
    ("event_format", "link", "status", "shown"),
    [
        (Event.Format.ONLINE, "https://meet.example.org/a", Registration.Status.CONFIRMED, True),
        (Event.Format.HYBRID, "https://meet.example.org/a", Registration.Status.CONFIRMED, True),
        (Event.Format.HYBRID, "https://meet.example.org/a", Registration.Status.WAITLISTED, False),
        (Event.Format.HYBRID, "https://meet.example.org/a", Registration.Status.PENDING, False),
        (Event.Format.ON_SITE, "https://meet.example.org/a", Registration.Status.CONFIRMED, False),
        (Event.Format.ONLINE, "", Registration.Status.CONFIRMED, False),
    ],
)
def test_one_rule_says_who_sees_the_online_link(event_format, link, status, shown):
    event = EventFactory.build(format=event_format, online_link=link)
    assert online_link_shown(Registration(event=event, status=status)) is shown
    assert online_link_shown(None) is False
