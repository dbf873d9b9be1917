"""Pages for signed-in people are never stored by a browser or a proxy; the contest page
answers permission first (issue: hardening).

The attacks: the account, conversation, notification and staff pages had no
Cache-Control, so a shared computer's back button or a caching proxy could show them to
the next person; a moderation contest page answered 404 for a missing id and 302/403 for
an existing one, so anyone could count the contests."""

import pytest
from django.urls import reverse

from praxisdialog.moderation import services as moderation
from tests.accounts.factories import StaffFactory, VerifiedUserFactory
from tests.discussion.factories import CommentFactory
from tests.network.factories import conversation_between

pytestmark = pytest.mark.django_db


def _private(response) -> bool:
    value = response.get("Cache-Control", "")
    parts = {part.strip() for part in value.split(",")}
    return {"private", "no-store"} <= parts


def test_pages_for_a_signed_in_person_are_private_and_not_stored(client):
    person, other = VerifiedUserFactory(), VerifiedUserFactory()
    conversation = conversation_between(person, other)
    client.force_login(person)
    for path in [
        reverse("accounts:overview"),
        reverse("account_email"),
        reverse("network:conversation-list"),
        conversation.get_absolute_url(),
        reverse("notifications:list"),
        reverse("notifications:preferences"),
        "/account/privacy/",
        "/",
    ]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert _private(response), (path, response.get("Cache-Control"))


def test_staff_pages_are_private_and_not_stored(client):
    from tests.events.factories import EventFactory

    event = EventFactory()
    client.force_login(StaffFactory(is_superuser=True))
    for path in [
        reverse("moderation:desk"),
        reverse("moderation:log"),
        reverse("events:participants", args=[event.pk]),
        "/admin/",
    ]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert _private(response), (path, response.get("Cache-Control"))


def test_public_pages_for_visitors_stay_cacheable(client):
    response = client.get("/")
    assert "no-store" not in response.get("Cache-Control", "")


def _contest():
    comment = CommentFactory()
    entry = moderation.queue_hold(target=comment, premoderation=False, flags=[])
    decision = moderation.decision_make(
        entry=entry, moderator=StaffFactory(), action="hide", ground="hate", explanation="Nein."
    )
    return moderation.contest_create(decision=decision, author=comment.author, text="Ironie.")


@pytest.mark.parametrize("who", ["visitor", "participant"])
def test_a_contest_page_answers_the_same_for_missing_and_existing_ids(client, who):
    contest = _contest()
    if who == "participant":
        client.force_login(VerifiedUserFactory())
    existing = client.get(reverse("moderation:contest-detail", args=[contest.pk]))
    missing = client.get(reverse("moderation:contest-detail", args=[contest.pk + 1000]))
    assert existing.status_code == missing.status_code
    assert existing.status_code in (302, 403)
    if existing.status_code == 302:
        assert existing["Location"].split("?")[0] == missing["Location"].split("?")[0]
