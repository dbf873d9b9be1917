from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
import time_machine
from django.core import mail
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.test import override_settings
from django.utils import timezone

from praxisdialog.events import services
from praxisdialog.events.models import Event, Registration
from praxisdialog.events.selectors import seats_left, waitlist_position
from tests.accounts.factories import VerifiedUserFactory
from tests.events.factories import EventFactory

pytestmark = pytest.mark.django_db
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def commits(django_capture_on_commit_callbacks):
    """Runs what services queue after commit (mail, tasks), as in production."""

    def run():
        return django_capture_on_commit_callbacks(execute=True)

    return run


def _ics(message) -> icalendar.Calendar:
    attachments = [a for a in message.attachments if a[0] == "event.ics"]
    assert len(attachments) == 1
    content = attachments[0][1]
    return icalendar.Calendar.from_ical(content if isinstance(content, bytes) else content.encode())


def _register(event, commits, user=None):
    with commits():
        return services.registration_create(event=event, user=user or VerifiedUserFactory())


def test_a_signed_in_user_gets_a_seat_and_a_confirmation_with_a_calendar_file(event, user, commits):
    with commits():
        registration = services.registration_create(event=event, user=user)
    assert registration.status == Registration.Status.CONFIRMED
    assert seats_left(event) == event.capacity - 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [user.email]
    assert event.title in message.subject
    assert registration.get_manage_url() in message.body
    component = _ics(message).events[0]
    assert component.get("summary") == event.title
    assert component.decoded("dtstart") == event.starts_at.replace(microsecond=0)
    assert event.online_link in str(component.get("description"))


def test_the_waiting_list_starts_when_the_seats_are_gone_and_keeps_order(commits):
    event = EventFactory(capacity=2)
    registrations = [_register(event, commits) for _ in range(5)]
    assert [r.status for r in registrations] == ["confirmed"] * 2 + ["waitlisted"] * 3
    assert [waitlist_position(registration=r) for r in registrations[2:]] == [1, 2, 3]
    waitlist_mail = mail.outbox[2]
    assert "Position 1 der Warteliste" in waitlist_mail.body
    assert not waitlist_mail.attachments


def test_a_full_event_without_waiting_list_refuses(commits):
    event = EventFactory(capacity=1, waitlist_enabled=False)
    _register(event, commits)
    with pytest.raises(ValidationError) as error:
        _register(event, commits)
    assert error.value.code == "full"
    assert event.registrations.count() == 1


def test_registration_outside_the_window_is_refused(user):
    event = EventFactory(registration_opens_at=timezone.now() + timedelta(days=1))
    with pytest.raises(ValidationError):
        services.registration_create(event=event, user=user)
    draft = EventFactory(status=Event.Status.DRAFT)
    with pytest.raises(ValidationError):
        services.registration_create(event=draft, user=user)


def test_registering_twice_is_refused_and_the_database_enforces_it(event, user):
    registration = services.registration_create(event=event, user=user)
    with pytest.raises(services.AlreadyRegistered):
        services.registration_create(event=event, user=user)
    with pytest.raises(services.AlreadyRegistered):
        services.registration_create(event=event, name="X", email=user.email.upper())
    with pytest.raises(IntegrityError), transaction.atomic():
        Registration.objects.create(
            event=event,
            user=user,
            name="x",
            email="other@example.org",
            status="waitlisted",
            queue_number=99,
            token="t",
        )
    services.registration_cancel(registration=registration)
    again = services.registration_create(event=event, user=user)
    assert again.status == Registration.Status.CONFIRMED


def test_cancelling_gives_the_seat_to_the_next_in_line_who_is_told(commits):
    event = EventFactory(capacity=2)
    first, _second, third, fourth = (_register(event, commits) for _ in range(4))
    mail.outbox.clear()
    with commits():
        assert services.registration_cancel(registration=first)
    third.refresh_from_db()
    fourth.refresh_from_db()
    assert third.status == Registration.Status.CONFIRMED
    assert third.promoted_at is not None
    assert fourth.status == Registration.Status.WAITLISTED
    assert waitlist_position(registration=fourth) == 1
    kinds = {m.to[0]: m for m in mail.outbox}
    assert "platz" in kinds[third.email].subject.lower()
    assert _ics(kinds[third.email]).events[0].get("summary") == event.title
    assert first.email in kinds
    # Cancelling again changes nothing.
    assert not services.registration_cancel(registration=first)


def test_a_guest_holds_a_seat_for_24_hours_until_confirming(event, commits):
    with commits():
        registration = services.registration_create(
            event=event, name="Gast Eins", email="Gast@Example.org", language="en"
        )
    assert registration.status == Registration.Status.PENDING
    assert registration.email == "gast@example.org"
    assert seats_left(event) == event.capacity - 1
    assert "confirm" in mail.outbox[0].subject.lower()
    assert registration.get_manage_url() in mail.outbox[0].body
    with commits():
        services.registration_confirm_email(registration=registration)
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CONFIRMED
    assert registration.hold_expires_at is None
    assert _ics(mail.outbox[-1])


def test_an_unconfirmed_guest_seat_is_released_after_24_hours_to_the_waiting_list(commits):
    event = EventFactory(capacity=1)
    guest = services.registration_create(event=event, name="Gast", email="gast@example.org")
    waiting = _register(event, commits)
    assert waiting.status == Registration.Status.WAITLISTED
    with time_machine.travel(timezone.now() + timedelta(hours=23)):
        assert services.holds_release_expired() == 0
    with time_machine.travel(timezone.now() + timedelta(hours=24, minutes=1)):
        # At read time the hold no longer counts, before any housekeeping ran.
        assert seats_left(event) == 1
        with commits():
            assert services.holds_release_expired() == 1
        with pytest.raises(ValidationError) as error:
            services.registration_confirm_email(registration=guest)
    assert error.value.code == "expired"
    guest.refresh_from_db()
    waiting.refresh_from_db()
    assert guest.status == Registration.Status.EXPIRED
    assert waiting.status == Registration.Status.CONFIRMED
    assert mail.outbox[-1].to == [waiting.email]


def test_unconfirmed_guests_on_the_waiting_list_are_passed_over(commits):
    event = EventFactory(capacity=1)
    seated = _register(event, commits)
    guest = services.registration_create(event=event, name="Gast", email="gast@example.org")
    member = _register(event, commits)
    services.registration_cancel(registration=seated)
    guest.refresh_from_db()
    member.refresh_from_db()
    assert guest.status == Registration.Status.WAITLISTED
    assert member.status == Registration.Status.CONFIRMED


def test_organisers_move_people_on_the_waiting_list(commits):
    event = EventFactory(capacity=1)
    _register(event, commits)
    a, b, c = (_register(event, commits) for _ in range(3))
    services.registration_move(registration=c, position=1)
    for item in (a, b, c):
        item.refresh_from_db()
    assert [waitlist_position(registration=r) for r in (c, a, b)] == [1, 2, 3]
    services.registration_move(registration=c, position=9)
    c.refresh_from_db()
    assert waitlist_position(registration=c) == 3


def test_organisers_may_add_people_but_not_beyond_capacity(event, commits):
    event.capacity = 1
    event.save()
    with commits():
        added = services.registration_create(
            event=event, name="Per Hand", email="hand@example.org", by_organiser=True
        )
    assert added.status == Registration.Status.CONFIRMED
    assert mail.outbox[-1].attachments
    second = services.registration_create(
        event=event, name="Zweite", email="zwei@example.org", by_organiser=True
    )
    assert second.status == Registration.Status.WAITLISTED


def test_reminders_go_out_two_days_and_two_hours_before_once_each(event, commits):
    confirmed = _register(event, commits)
    mail.outbox.clear()
    start = event.starts_at
    with time_machine.travel(start - timedelta(days=3)), commits():
        assert services.reminders_send_due() == 0
    with time_machine.travel(start - timedelta(days=2) + timedelta(minutes=5)):
        with commits():
            assert services.reminders_send_due() == 1
        with commits():
            assert services.reminders_send_due() == 0
    assert len(mail.outbox) == 1
    assert "zwei tagen" in mail.outbox[0].subject.lower()
    with time_machine.travel(start - timedelta(hours=1, minutes=50)):
        with commits():
            assert services.reminders_send_due() == 1
        with commits():
            assert services.reminders_send_due() == 0
    assert len(mail.outbox) == 2
    assert mail.outbox[1].to == [confirmed.email]
    confirmed.refresh_from_db()
    assert confirmed.reminded_2d_at and confirmed.reminded_2h_at


def test_reminders_and_hold_releases_are_scheduled_with_run_after(commits):
    from django_tasks_db.models import DBTaskResult

    with override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}):
        with commits():
            event = services.event_save(
                event=EventFactory.build(starts_at=timezone.now() + timedelta(days=5))
            )
        with commits():
            services.registration_create(event=event, name="Gast", email="g@example.org")
    scheduled = {
        (row.task_path.rsplit(".", 1)[1], row.run_after) for row in DBTaskResult.objects.all()
    }
    assert ("send_event_reminders", event.starts_at - timedelta(days=2)) in scheduled
    assert ("send_event_reminders", event.starts_at - timedelta(hours=2)) in scheduled
    assert any(name == "release_expired_holds" for name, _when in scheduled)


def test_the_calendar_file_keeps_local_times_across_the_daylight_saving_change():
    # Summer time begins in Berlin on 28 March 2027 at 02:00.
    event = EventFactory(
        starts_at=datetime(2027, 3, 27, 10, 0, tzinfo=BERLIN),
        ends_at=datetime(2027, 3, 28, 16, 0, tzinfo=BERLIN),
    )
    from praxisdialog.events.ics import event_ics

    calendar = icalendar.Calendar.from_ical(event_ics(event))
    assert calendar.walk("VTIMEZONE")[0]["TZID"] == "Europe/Berlin"
    component = calendar.events[0]
    start, end = component.decoded("dtstart"), component.decoded("dtend")
    assert (start.hour, end.hour) == (10, 16)
    assert start.astimezone(ZoneInfo("UTC")).hour == 9  # CET, UTC+1
    assert end.astimezone(ZoneInfo("UTC")).hour == 14  # CEST, UTC+2
    utc = ZoneInfo("UTC")
    assert end.astimezone(utc) - start.astimezone(utc) == timedelta(hours=29)
    assert b"TZID=Europe/Berlin" in event_ics(event)


def test_a_change_of_time_tells_everyone_and_a_cancellation_too(commits):
    event = EventFactory(capacity=1)
    seated = _register(event, commits)
    waiting = _register(event, commits)
    mail.outbox.clear()
    event.starts_at += timedelta(hours=1)
    event.ends_at += timedelta(hours=1)
    with commits():
        services.event_save(event=event, changed={"starts_at", "ends_at"})
    assert {m.to[0] for m in mail.outbox} == {seated.email, waiting.email}
    assert _ics(mail.outbox[0]).events[0].get("sequence") == 1
    mail.outbox.clear()
    with commits():
        services.event_cancel(event=event)
    assert len(mail.outbox) == 2
    calendar = _ics(mail.outbox[0])
    assert calendar.get("method") == "CANCEL"
    assert calendar.events[0].get("status") == "CANCELLED"


def test_the_capacity_cannot_fall_below_the_seats_taken_and_a_rise_promotes(commits):
    event = EventFactory(capacity=1)
    _register(event, commits)
    waiting = _register(event, commits)
    event.capacity = 0
    with pytest.raises(ValidationError):
        services.event_save(event=event, changed={"capacity"})
    event.capacity = 2
    services.event_save(event=event, changed={"capacity"})
    waiting.refresh_from_db()
    assert waiting.status == Registration.Status.CONFIRMED


def test_sensitive_answers_are_deleted_30_days_after_the_event(event, user):
    registration = services.registration_create(
        event=event,
        user=user,
        answers=services.RegistrationAnswers(
            accessibility_needs="Rollstuhl",
            interpretation_language="Arabisch",
            dietary_needs="vegan",
            list_consent=True,
        ),
    )
    with time_machine.travel(event.ends_at + timedelta(days=29)):
        assert services.sensitive_answers_purge() == 0
    with time_machine.travel(event.ends_at + timedelta(days=30, minutes=1)):
        assert services.sensitive_answers_purge() == 1
        assert services.sensitive_answers_purge() == 0
    registration.refresh_from_db()
    assert (registration.accessibility_needs, registration.dietary_needs) == ("", "")
    assert registration.interpretation_language == ""
    assert registration.list_consent is True
    assert registration.answers_deleted_at is not None


def test_feedback_is_asked_of_attendees_once_and_collected(event, commits):
    present = _register(event, commits)
    absent = _register(event, commits)
    services.attendance_mark(registration=present, attended=True)
    with pytest.raises(ValidationError):
        services.feedback_requests_send(event=event)
    mail.outbox.clear()
    with time_machine.travel(event.ends_at + timedelta(hours=1)):
        with commits():
            assert services.feedback_requests_send(event=event) == 1
        assert services.feedback_requests_send(event=event) == 0
    assert [m.to[0] for m in mail.outbox] == [present.email]
    present.refresh_from_db()
    services.feedback_submit(registration=present, rating=4, liked="Austausch", improve="")
    services.feedback_submit(registration=present, rating=5, liked="Austausch", improve="")
    present.refresh_from_db()
    assert present.feedback.rating == 5
    with pytest.raises(ValidationError):
        services.feedback_submit(registration=absent, rating=3, liked="", improve="")


def test_answers_that_are_too_long_are_refused(event, user):
    with pytest.raises(ValidationError) as error:
        services.registration_create(
            event=event,
            user=user,
            answers=services.RegistrationAnswers(dietary_needs="x" * 501),
        )
    assert "dietary_needs" in error.value.message_dict
    assert not event.registrations.exists()
