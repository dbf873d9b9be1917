"""Contests and account decisions through the API, with the same rules as the desk."""

import pytest

from praxisdialog.accounts.services import api_token_create
from praxisdialog.moderation import services
from praxisdialog.moderation.models import AccountStanding, Contest, QueueEntry
from tests.accounts.factories import StaffFactory, VerifiedUserFactory
from tests.discussion.factories import CommentFactory
from tests.network.factories import PublicProfileFactory

pytestmark = pytest.mark.django_db


def _auth(user) -> dict:
    _token, raw = api_token_create(user=user, name="api")
    return {"Authorization": f"Bearer {raw}"}


def _hidden_comment():
    comment = CommentFactory()
    entry = services.queue_hold(target=comment, premoderation=False, flags=[])
    first = StaffFactory()
    decision = services.decision_make(
        entry=entry, moderator=first, action="hide", ground="hate", explanation="Abwertend."
    )
    return comment, decision, first


def test_the_author_contests_once_and_another_moderator_decides(client):
    comment, decision, first = _hidden_comment()
    url = f"/api/v1/moderation/decisions/{decision.pk}/contest"
    stranger = client.post(
        url, {"text": "Nein"}, content_type="application/json", headers=_auth(VerifiedUserFactory())
    )
    assert stranger.status_code == 404
    author = _auth(comment.author)
    response = client.post(
        url, {"text": "Das war Ironie."}, content_type="application/json", headers=author
    )
    assert response.status_code == 201
    again = client.post(url, {"text": "Noch mal"}, content_type="application/json", headers=author)
    assert again.status_code == 403
    contest = Contest.objects.get()
    decide = f"/api/v1/moderation/contests/{contest.pk}/decision"
    payload = {"outcome": "reversed", "explanation": "Als Ironie erkennbar."}
    own = client.post(decide, payload, content_type="application/json", headers=_auth(first))
    assert own.status_code == 403
    assert (
        client.post(decide, payload, content_type="application/json", headers=author).status_code
        == 403
    )
    other = client.post(
        decide, payload, content_type="application/json", headers=_auth(StaffFactory())
    )
    assert other.status_code == 201
    assert other.json()["action"] == "restore"
    comment.refresh_from_db()
    assert comment.status == "published"


def test_moderators_suspend_and_lift_through_the_api_participants_cannot(client):
    person = VerifiedUserFactory()
    url = f"/api/v1/moderation/accounts/{person.pk}/decisions"
    payload = {"action": "suspend", "explanation": "Wiederholte Beleidigungen."}
    refused = client.post(
        url, payload, content_type="application/json", headers=_auth(VerifiedUserFactory())
    )
    assert refused.status_code == 403
    moderator = _auth(StaffFactory())
    assert (
        client.post(url, payload, content_type="application/json", headers=moderator).status_code
        == 201
    )
    assert AccountStanding.objects.get(user=person).suspended_at is not None
    lifted = client.post(
        url, {"action": "unsuspend"}, content_type="application/json", headers=moderator
    )
    assert lifted.status_code == 201
    assert AccountStanding.objects.get(user=person).suspended_at is None
    missing = client.post(
        "/api/v1/moderation/accounts/999999/decisions",
        payload,
        content_type="application/json",
        headers=moderator,
    )
    assert missing.status_code == 404


def test_a_visitor_reports_a_public_profile_through_the_api(client):
    profile = PublicProfileFactory()
    response = client.post(
        "/api/v1/reports",
        {
            "target_type": "profile",
            "target_id": profile.pk,
            "reason": "spam",
            "explanation": "Nur Werbung.",
            "good_faith": True,
            "email": "besuch@example.org",
        },
        content_type="application/json",
    )
    assert response.status_code == 201
    assert QueueEntry.objects.get().object_id == profile.pk
