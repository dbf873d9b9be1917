import pytest
from django.core import mail

from praxisdialog.accounts.services import api_token_create
from praxisdialog.events.models import Event, Registration
from tests.accounts.factories import UserFactory, VerifiedUserFactory
from tests.events.factories import EventFactory

pytestmark = pytest.mark.django_db


def _bearer(user):
    _token, raw = api_token_create(user=user, name="test")
    return {"Authorization": f"Bearer {raw}"}


def test_events_are_listed_with_capacity_and_seats_left(client, event):
    EventFactory(status=Event.Status.DRAFT)
    listing = client.get("/api/v1/events").json()
    assert listing["count"] == 1
    item = listing["items"][0]
    assert (item["id"], item["capacity"], item["seats_left"]) == (event.pk, 20, 20)
    detail = client.get(f"/api/v1/events/{event.pk}").json()
    assert detail["capacity"] == 20
    assert detail["seats_left"] == 20
    assert detail["accessibility"] == ["step_free_access"]
    assert "online_link" not in detail
    assert client.get("/api/v1/events/999999").status_code == 404
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/events/{event_id}/registrations" in schema["paths"]


def test_registering_answers_201_confirmed_then_waitlisted_with_position(client):
    event = EventFactory(capacity=1)
    first, second = VerifiedUserFactory(), VerifiedUserFactory()
    response = client.post(
        f"/api/v1/events/{event.pk}/registrations",
        {"dietary_needs": "vegan"},
        content_type="application/json",
        headers=_bearer(first),
    )
    assert response.status_code == 201
    assert response.json()["status"] == "confirmed"
    assert response.json()["position"] is None
    assert Registration.objects.get(user=first).dietary_needs == "vegan"
    response = client.post(
        f"/api/v1/events/{event.pk}/registrations",
        {},
        content_type="application/json",
        headers=_bearer(second),
    )
    assert response.status_code == 201
    assert (response.json()["status"], response.json()["position"]) == ("waitlisted", 1)
    assert client.get(f"/api/v1/events/{event.pk}").json()["seats_left"] == 0
    # Again: the existing registration, not a second one.
    again = client.post(
        f"/api/v1/events/{event.pk}/registrations",
        {},
        content_type="application/json",
        headers=_bearer(second),
    )
    assert again.status_code == 200
    assert again.json()["id"] == response.json()["id"]


def test_writes_need_a_login_and_a_confirmed_address(client, event):
    url = f"/api/v1/events/{event.pk}/registrations"
    assert client.post(url, {}, content_type="application/json").status_code == 401
    response = client.post(url, {}, content_type="application/json", headers=_bearer(UserFactory()))
    assert response.status_code == 403
    assert client.delete(f"{url}/me").status_code == 401


def test_closed_registration_is_422(client, user):
    event = EventFactory(capacity=1, waitlist_enabled=False)
    client.post(
        f"/api/v1/events/{event.pk}/registrations",
        {},
        content_type="application/json",
        headers=_bearer(VerifiedUserFactory()),
    )
    response = client.post(
        f"/api/v1/events/{event.pk}/registrations",
        {},
        content_type="application/json",
        headers=_bearer(user),
    )
    assert response.status_code == 422
    assert "ausgebucht" in response.json()["detail"][0]["msg"]


def test_deleting_my_registration_frees_the_seat_and_promotes_the_next(
    client, django_capture_on_commit_callbacks
):
    event = EventFactory(capacity=1)
    first, second = VerifiedUserFactory(), VerifiedUserFactory()
    for user in (first, second):
        client.post(
            f"/api/v1/events/{event.pk}/registrations",
            {},
            content_type="application/json",
            headers=_bearer(user),
        )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.delete(
            f"/api/v1/events/{event.pk}/registrations/me", headers=_bearer(first)
        )
    assert response.status_code == 204
    assert Registration.objects.get(user=second).status == "confirmed"
    assert second.email in {m.to[0] for m in mail.outbox}
    again = client.delete(f"/api/v1/events/{event.pk}/registrations/me", headers=_bearer(first))
    assert again.status_code == 404
