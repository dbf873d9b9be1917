"""Limits that hold for event registrations (issue: hardening).

The attack: a visitor registered 40 guests for a workshop in 6 seconds and took every
seat (held for 24 hours), sending 40 mails with text of their choosing to arbitrary
addresses. Replayed through the registration page."""

import pytest
from django.core import mail

from praxisdialog.events import services
from praxisdialog.events.models import Registration
from tests.accounts.factories import VerifiedUserFactory
from tests.events.factories import EventFactory

pytestmark = pytest.mark.django_db


def _register(client, event, n: int, *, address: str = "203.0.113.7", name: str = ""):
    return client.post(
        f"/events/{event.pk}/register/",
        {"name": name or f"Gast {n}", "email": f"gast{n}@example.org"},
        REMOTE_ADDR=address,
        headers={"Accept-Language": "de"},
    )


def test_one_address_cannot_register_forty_guests(client, django_capture_on_commit_callbacks):
    event = EventFactory(capacity=100)
    with django_capture_on_commit_callbacks(execute=True):
        answers = [_register(client, event, n) for n in range(40)]
    refused = [response for response in answers if response.status_code == 429]
    assert refused, [response.status_code for response in answers]
    assert "Bitte warten Sie" in refused[-1].content.decode()
    assert Registration.objects.count() <= 10
    assert len(mail.outbox) <= 10


def test_unconfirmed_guests_cannot_take_every_seat(client, django_capture_on_commit_callbacks):
    event = EventFactory(capacity=20)
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(40):  # each from an address of its own
            _register(client, event, n, address=f"198.51.100.{n + 1}")
    held = Registration.objects.filter(event=event, status=Registration.Status.PENDING)
    assert 0 < held.count() <= services.unconfirmed_hold_cap(event)
    # People who confirm, and signed-in participants, still find seats.
    person = VerifiedUserFactory()
    client.force_login(person)
    client.post(f"/events/{event.pk}/register/")
    assert Registration.objects.get(user=person).status == Registration.Status.CONFIRMED


def test_a_guest_on_the_waiting_list_gets_a_free_seat_once_confirmed(event):
    cap = services.unconfirmed_hold_cap(event)
    for n in range(cap):
        services.registration_create(event=event, name=f"G{n}", email=f"g{n}@example.org")
    late = services.registration_create(event=event, name="Spät", email="late@example.org")
    assert late.status == Registration.Status.WAITLISTED
    services.registration_confirm_email(registration=late)
    late.refresh_from_db()
    assert late.status == Registration.Status.CONFIRMED


def test_the_mail_to_an_unconfirmed_address_carries_no_free_text(
    client, event, django_capture_on_commit_callbacks
):
    spam = "Gewinn! Besuchen Sie http://evil.example/claim"
    response = _register(client, event, 1, name=spam)
    assert response.status_code == 422
    assert "ohne Links" in response.content.decode()
    assert not Registration.objects.exists()
    long_name = "Annemarie " + "Sehrlangername" * 7  # 108 characters
    with django_capture_on_commit_callbacks(execute=True):
        assert _register(client, event, 2, name=long_name).status_code == 302
    body = mail.outbox[0].body + mail.outbox[0].alternatives[0][0]
    assert "Annemarie" in body
    assert long_name not in body
    assert "Sehrlangername" * 4 not in body


def test_signed_in_registrations_are_limited_per_account(client):
    person = VerifiedUserFactory()
    client.force_login(person)
    statuses = []
    for _n in range(12):
        event = EventFactory()
        response = client.post(f"/api/v1/events/{event.pk}/registrations", {}, "application/json")
        statuses.append(response.status_code)
    assert 429 in statuses
    assert Registration.objects.filter(user=person).count() <= 10


def test_a_suspended_account_cannot_register(client, event):
    from tests.network.test_suspension import suspend

    person = suspend(VerifiedUserFactory())
    client.force_login(person)
    assert client.post(f"/events/{event.pk}/register/").status_code == 403
    assert not Registration.objects.exists()
