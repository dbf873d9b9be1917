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
    asker_auth = _auth(asker.user)
    read = client.get(f"/api/v1/network/conversations/{conversation_id}", headers=asker_auth)
    assert read.json()["other_email"] is None
    assert read.json()["message_count"] == 1
    messages = client.get(read.json()["messages_url"], headers=asker_auth).json()
    assert [(m["text"], m["mine"]) for m in messages["items"]] == [("Willkommen!", False)]
    assert messages["count"] == 1


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
    assert client.get("/api/v1/network/conversations", headers=outsider).json()["items"] == []
    assert client.get("/api/v1/network/contact-requests", headers=outsider).json()["items"] == []
    messages = f"/api/v1/network/conversations/{conversation.pk}/messages"
    assert client.get(messages, headers=outsider).status_code == 404
    assert client.get(messages).status_code == 401
    decline = f"/api/v1/network/contact-requests/{conversation.request_id}/decline"
    assert client.post(decline, headers=outsider).status_code == 404
    assert client.get("/api/v1/network/conversations").status_code == 401
    assert Conversation.objects.count() == 1
    mine = client.get("/api/v1/network/conversations", headers=_auth(first)).json()
    assert [c["id"] for c in mine["items"]] == [conversation.pk]


def test_suggestions_in_the_api(client, user):
    ProfileFactory(user=user, seeks=["mentoring"])
    ProfileFactory(display_name="Mentorin", offers=["mentoring"])
    answer = client.get("/api/v1/network/suggestions", headers=_auth(user)).json()
    assert [s["profile"]["display_name"] for s in answer["items"]] == ["Mentorin"]
    assert answer["items"][0]["reasons"]
    assert answer["count"] == 1


def test_the_network_lists_come_in_pages(client, user, settings):
    """Suggestions, contact requests, conversations and messages are paged like every
    list of the API: all of them reachable, none loaded at once."""
    from praxisdialog.network.models import Message
    from tests.network.factories import ContactRequestFactory

    page_size = settings.NETWORK_PAGE_SIZE
    ProfileFactory(user=user, seeks=["mentoring"])
    for n in range(page_size + 2):
        ProfileFactory(display_name=f"Mentorin {n:02}", offers=["mentoring"])
    waiting = [ContactRequestFactory(recipient=user) for _ in range(page_size)]
    sent = [ContactRequestFactory(sender=user) for _ in range(2)]
    conversations = [conversation_between(user, VerifiedUserFactory()) for _ in range(3)]
    Message.objects.bulk_create(
        Message(conversation=conversations[0], author=user, text=f"Nachricht {n}")
        for n in range(page_size + 5)
    )
    auth = _auth(user)

    def every_page(address: str) -> list[dict]:
        items, number = [], 1
        while True:
            answer = client.get(f"{address}?page={number}", headers=auth).json()
            assert answer["page_size"] == page_size and len(answer["items"]) <= page_size
            if not answer["items"]:
                assert len(items) == answer["count"]
                return items
            items += answer["items"]
            number += 1

    suggestions = every_page("/api/v1/network/suggestions")
    assert len(suggestions) == page_size + 2
    assert [s["profile"]["display_name"] for s in suggestions][:2] == ["Mentorin 00", "Mentorin 01"]

    requests = every_page("/api/v1/network/contact-requests")
    # Waiting ones first, oldest first; then the sent ones, newest first; the accepted
    # requests that opened the conversations are among those sent or received.
    received = [
        r["id"] for r in requests if r["direction"] == "received" and r["status"] == "pending"
    ]
    assert received == [r.pk for r in waiting]
    assert [r["id"] for r in requests[: len(waiting)]] == received
    sent_ids = [r["id"] for r in requests if r["direction"] == "sent"]
    assert set(sent_ids) >= {r.pk for r in sent}
    assert sent_ids == sorted(sent_ids, reverse=True)

    assert {c["id"] for c in every_page("/api/v1/network/conversations")} == {
        c.pk for c in conversations
    }
    messages = every_page(f"/api/v1/network/conversations/{conversations[0].pk}/messages")
    assert [m["text"] for m in messages] == [f"Nachricht {n}" for n in range(page_size + 5)]
