"""Bad input gets a 4xx, never a 500 (issue: hardening).

The attacks: a lone surrogate ("\\ud800") in a JSON body was a 500 on every write of the
API; a user without a display name made the comments API and the admin's user list a
500; an unknown Host header was a 500 in production, /healthz included. Each is replayed
through the door it used."""

import json

import pytest
from django.urls import reverse

from praxisdialog.accounts.services import api_token_create
from praxisdialog.contributions.models import Contribution
from praxisdialog.discussion.models import Comment
from praxisdialog.events.models import Registration
from praxisdialog.moderation import services as moderation
from praxisdialog.moderation.models import Decision, Report
from praxisdialog.network.models import ContactRequest, Message
from tests.accounts.factories import StaffFactory, VerifiedUserFactory
from tests.contributions.factories import ContributionFactory
from tests.discussion.factories import CommentFactory
from tests.events.factories import EventFactory
from tests.network.factories import PublicProfileFactory, conversation_between

pytestmark = pytest.mark.django_db

LONE = '"a \\ud800 b"'  # JSON text of a string with a lone high surrogate
GERMAN = "keine gültigen Textzeichen"


def _bearer(user) -> dict:
    return {"Authorization": f"Bearer {api_token_create(user=user, name='t')[1]}"}


def _post(client, path: str, body: str, headers: dict | None = None):
    return client.post(path, body, content_type="application/json", headers=headers or {})


def _comment(call, user):
    contribution = ContributionFactory(call=call)
    path = f"/api/v1/contributions/{contribution.pk}/comments"
    return path, f'{{"text": {LONE}}}', _bearer(user), Comment.objects


def _contribution(call, user):
    body = {"title": "x", "role": "founder", "setting": "start-up", "answers": []}
    text = json.dumps(body).replace('"x"', LONE)
    return f"/api/v1/calls/{call.slug}/contributions", text, _bearer(user), Contribution.objects


def _report(call, user):
    comment = CommentFactory()
    text = (
        f'{{"target_type": "comment", "target_id": {comment.pk}, "reason": "other", '
        f'"explanation": {LONE}, "good_faith": true, "email": "a@example.org"}}'
    )
    return "/api/v1/reports", text, {}, Report.objects  # without login


def _registration(call, user):
    event = EventFactory()
    path = f"/api/v1/events/{event.pk}/registrations"
    return path, f'{{"accessibility_needs": {LONE}}}', _bearer(user), Registration.objects


def _contact_request(call, user):
    profile = PublicProfileFactory()
    path = f"/api/v1/network/profiles/{profile.pk}/contact-requests"
    return path, f'{{"message": {LONE}}}', _bearer(user), ContactRequest.objects


def _message(call, user):
    conversation = conversation_between(user, VerifiedUserFactory())
    path = f"/api/v1/network/conversations/{conversation.pk}/messages"
    return path, f'{{"text": {LONE}}}', _bearer(user), Message.objects


def _decision(call, user):
    entry = moderation.queue_hold(target=CommentFactory(), premoderation=False, flags=[])
    path = f"/api/v1/moderation/queue/{entry.pk}/decisions"
    body = f'{{"action": "hide", "ground": "hate", "explanation": {LONE}}}'
    return path, body, _bearer(StaffFactory()), Decision.objects


DOORS = [_comment, _contribution, _report, _registration, _contact_request, _message, _decision]


@pytest.mark.parametrize("door", DOORS, ids=lambda door: door.__name__.strip("_"))
def test_a_lone_surrogate_in_json_is_refused_with_a_message(client, call, user, door):
    path, body, headers, rows = door(call, user)
    before = rows.count()
    response = _post(client, path, body, {**headers, "Accept-Language": "de"})
    assert response.status_code == 422, response.content[:500]
    assert GERMAN in json.dumps(response.json(), ensure_ascii=False)
    assert rows.count() == before


def test_a_surrogate_pair_written_as_escapes_is_text(client, call, user):
    contribution = ContributionFactory(call=call)
    response = _post(
        client,
        f"/api/v1/contributions/{contribution.pk}/comments",
        json.dumps({"text": "Gut gemacht \U0001f44d"}),  # ensure_ascii: \ud83d\udc4d
        _bearer(user),
    )
    assert response.status_code == 201
    assert Comment.objects.get().text == "Gut gemacht \U0001f44d"


def test_an_escaped_backslash_before_u_is_text(client, call, user):
    contribution = ContributionFactory(call=call)
    response = _post(
        client,
        f"/api/v1/contributions/{contribution.pk}/comments",
        json.dumps({"text": "Pfad C:\\ud800"}),
        _bearer(user),
    )
    assert response.status_code == 201


def test_surrogate_bytes_in_a_form_are_refused_in_the_users_language(client, call, user):
    client.force_login(user)
    contribution = ContributionFactory(call=call)
    response = client.post(
        reverse("discussion:contribution-comment-create", args=[contribution.pk]),
        "text=a%ED%A0%80b",
        content_type="application/x-www-form-urlencoded",
        headers={"Accept-Language": "de"},
    )
    assert response.status_code == 400
    assert GERMAN in response.content.decode()
    assert not Comment.objects.exists()
    raw = _post(
        client,
        f"/api/v1/contributions/{contribution.pk}/comments",
        b'{"text": "a\xed\xa0\x80b"}',
    )
    assert raw.status_code == 422


def test_a_user_without_display_name_has_a_printable_name(client, call, user):
    nameless = VerifiedUserFactory(display_name="")
    comment = CommentFactory(author=nameless)
    assert isinstance(str(nameless), str)
    response = client.get(f"/api/v1/contributions/{comment.object_id}/comments")
    assert response.status_code == 200
    assert response.json()["items"][0]["author"]
    admin = StaffFactory(is_superuser=True)
    client.force_login(admin)
    response = client.get(reverse("admin:accounts_user_changelist"))
    assert response.status_code == 200
    assert client.get(reverse("admin:accounts_user_change", args=[nameless.pk])).status_code == 200
