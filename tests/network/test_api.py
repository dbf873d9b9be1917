import pytest

from praxisdialog.accounts.services import api_token_create
from praxisdialog.network import services
from praxisdialog.network.models import ContactRequest, Conversation
from tests.accounts.factories import VerifiedUserFactory
from tests.network.factories import ProfileFactory, conversation_between

pytestmark = pytest.mark.django_db


def _auth(user) -> dict:
    _token, raw = api_token_create(user=user, name="test")
    return {"Authorization": f"Bearer {raw}"}


def test_a_contact_request_through_the_api_then_accept_and_write(client):
    asker, target = ProfileFactory(), ProfileFactory(display_name="Dilan")
    response = client.post(
        f"/api/v1/network/profiles/{target.pk}/contact-requests",
        {"message": "Hallo Dilan"},
        content_type="application/json",
        headers=_auth(asker.user),
    )
    assert response.status_code == 201
    assert response.json()["other"] == "Dilan"
    request_id = response.json()["id"]
    target_auth = _auth(target.user)
    answer = client.post(
        f"/api/v1/network/contact-requests/{request_id}/accept", headers=target_auth
    )
    assert answer.status_code == 200
    conversation_id = answer.json()["conversation"]
    posted = client.post(
        f"/api/v1/network/conversations/{conversation_id}/messages",
        {"text": "Willkommen!"},
        content_type="application/json",
        headers=target_auth,
    )
    assert posted.status_code == 201
    read = client.get(f"/api/v1/network/conversations/{conversation_id}", headers=_auth(asker.user))
    assert [m["text"] for m in read.json()["messages"]] == ["Willkommen!"]
    assert read.json()["other_email"] is None


def test_api_writes_need_a_login_and_answer_429_when_limited(client):
    asker = ProfileFactory()
    target = ProfileFactory()
    url = f"/api/v1/network/profiles/{target.pk}/contact-requests"
    assert client.post(url, {"message": "Hi"}, content_type="application/json").status_code == 401
    auth = _auth(asker.user)
    for _ in range(services.CONTACT_REQUEST_LIMIT):
        services.contact_request_send(sender=asker.user, profile=ProfileFactory(), message="Hi")
    response = client.post(url, {"message": "Hi"}, content_type="application/json", headers=auth)
    assert response.status_code == 429
    assert response.json()["detail"]
    assert not ContactRequest.objects.filter(recipient=target.user).exists()


def test_an_empty_message_is_422(client):
    asker, target = ProfileFactory(), ProfileFactory()
    response = client.post(
        f"/api/v1/network/profiles/{target.pk}/contact-requests",
        {"message": "  "},
        content_type="application/json",
        headers=_auth(asker.user),
    )
    assert response.status_code == 422


def test_requests_and_conversations_answer_their_participants_only(client):
    first, second = VerifiedUserFactory(), VerifiedUserFactory()
    conversation = conversation_between(first, second)
    outsider = _auth(VerifiedUserFactory())
    assert (
        client.get(f"/api/v1/network/conversations/{conversation.pk}", headers=outsider).status_code
        == 404
    )
    assert client.get("/api/v1/network/conversations", headers=outsider).json() == []
    assert client.get("/api/v1/network/contact-requests", headers=outsider).json() == []
    decline = f"/api/v1/network/contact-requests/{conversation.request_id}/decline"
    assert client.post(decline, headers=outsider).status_code == 404
    assert client.get("/api/v1/network/conversations").status_code == 401
    assert Conversation.objects.count() == 1
    mine = client.get("/api/v1/network/conversations", headers=_auth(first)).json()
    assert [c["id"] for c in mine] == [conversation.pk]


def test_suggestions_in_the_api(client, user):
    ProfileFactory(user=user, seeks=["mentoring"])
    ProfileFactory(display_name="Mentorin", offers=["mentoring"])
    answer = client.get("/api/v1/network/suggestions", headers=_auth(user))
    assert [s["profile"]["display_name"] for s in answer.json()] == ["Mentorin"]
    assert answer.json()[0]["reasons"]
