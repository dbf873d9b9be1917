"""Suspension stops every write in the network, and profile text passes the checks of
every public text (issue: hardening).

The attack: a suspended account still sent contact requests and messages and edited
its public profile; a profile could publish a phone number or a watched word at once.
Replayed through the pages and the API."""

import pytest
from django.urls import reverse
from django.utils import timezone

from praxisdialog.accounts.services import api_token_create
from praxisdialog.moderation.checks import blocked_terms
from praxisdialog.moderation.models import AccountStanding, QueueEntry
from praxisdialog.network.models import ContactRequest, Message, Profile
from praxisdialog.network.selectors import profile_list_public
from tests.accounts.factories import VerifiedUserFactory
from tests.network.factories import ProfileFactory, PublicProfileFactory, conversation_between

pytestmark = pytest.mark.django_db


def suspend(user):
    AccountStanding.objects.update_or_create(user=user, defaults={"suspended_at": timezone.now()})
    user.__dict__.pop("_praxis_standing", None)
    return user


def _bearer(user) -> dict:
    return {"Authorization": f"Bearer {api_token_create(user=user, name='t')[1]}"}


def _profile_data(**changes) -> dict:
    return {
        "is_listed": "on",
        "visibility": "public",
        "display_name": "Amal",
        "region": "DE-TH",
        "languages": ["de"],
        "offers": [],
        "seeks": [],
        **changes,
    }


def test_a_suspended_account_sends_no_contact_request(client):
    asker, target = ProfileFactory(), PublicProfileFactory()
    suspend(asker.user)
    client.force_login(asker.user)
    page = client.post(
        reverse("network:contact-request-create", args=[target.pk]), {"message": "Hallo"}
    )
    assert page.status_code == 403
    api = client.post(
        f"/api/v1/network/profiles/{target.pk}/contact-requests",
        {"message": "Hallo"},
        content_type="application/json",
        headers=_bearer(asker.user),
    )
    assert api.status_code == 403
    assert not ContactRequest.objects.exists()


def test_a_suspended_account_sends_no_message(client):
    person, other = VerifiedUserFactory(), VerifiedUserFactory()
    conversation = conversation_between(person, other)
    suspend(person)
    client.force_login(person)
    assert client.post(conversation.get_absolute_url(), {"text": "Hallo"}).status_code == 403
    api = client.post(
        f"/api/v1/network/conversations/{conversation.pk}/messages",
        {"text": "Hallo"},
        content_type="application/json",
        headers=_bearer(person),
    )
    assert api.status_code == 403
    assert not Message.objects.exists()


def test_a_suspended_account_cannot_accept_a_contact_request(client):
    asker, target = ProfileFactory(), ProfileFactory()
    request = ContactRequest.objects.create(
        sender=asker.user, recipient=target.user, message="Hallo"
    )
    suspend(target.user)
    client.force_login(target.user)
    url = reverse("network:contact-request-answer", args=[request.pk])
    assert client.post(url, {"decision": "accept"}).status_code == 403
    request.refresh_from_db()
    assert request.status == ContactRequest.Status.PENDING


def test_a_suspended_account_cannot_edit_its_profile(client):
    profile = PublicProfileFactory(display_name="Vorher")
    suspend(profile.user)
    client.force_login(profile.user)
    response = client.post(reverse("network:profile-edit"), _profile_data(display_name="Nachher"))
    assert response.status_code == 403
    profile.refresh_from_db()
    assert profile.display_name == "Vorher"


@pytest.mark.parametrize(
    "field", ["offer_text", "seek_text", "organisation", "display_name"], ids=str
)
@pytest.mark.parametrize("kind", ["phone", "watched_word"])
def test_profile_text_with_personal_data_or_a_watched_word_waits(client, field, kind):
    user = VerifiedUserFactory()
    text = "Ruf an: 0176 12345678" if kind == "phone" else f"Ich sage {blocked_terms()[0]}"
    client.force_login(user)
    response = client.post(reverse("network:profile-edit"), _profile_data(**{field: text}))
    assert response.status_code == 302
    profile = Profile.objects.get(user=user)
    assert profile.hidden_at is not None
    assert profile not in profile_list_public()
    entry = QueueEntry.objects.get()
    assert entry.target == profile
    client.logout()
    assert client.get(profile.get_absolute_url()).status_code == 404


def test_a_clean_profile_is_shown_at_once(client):
    user = VerifiedUserFactory()
    client.force_login(user)
    client.post(reverse("network:profile-edit"), _profile_data(offer_text="Mentoring im Handwerk"))
    profile = Profile.objects.get(user=user)
    assert profile.hidden_at is None
    assert not QueueEntry.objects.exists()
