"""Object-level authorisation as one matrix: for each private page and API answer, what
a visitor, the owner, another participant, a moderator and staff get.

A private object answers 404 to those who may not see it (its existence stays private);
a desk that exists for everyone to know answers 403 to a signed-in person without the
role, and sends a visitor to the login."""

from dataclasses import dataclass

import pytest
from django.urls import reverse

from praxisdialog.accounts.services import api_token_create
from praxisdialog.contributions.models import Contribution
from praxisdialog.moderation import services as moderation
from tests.accounts.factories import StaffFactory, VerifiedUserFactory
from tests.calls.factories import CallFactory
from tests.contributions.factories import ContributionFactory
from tests.discussion.factories import CommentFactory
from tests.events.factories import EventFactory
from tests.insights.factories import ThemeFactory, ThemeRunFactory
from tests.moderation.factories import moderator
from tests.network.factories import ProfileFactory, conversation_between
from tests.newsletter.factories import NewsletterFactory

pytestmark = pytest.mark.django_db

ROLES = ("visitor", "owner", "other", "moderator", "staff")
OK, LOGIN, FORBIDDEN, MISSING, UNAUTHORISED = 200, 302, 403, 404, 401


@dataclass
class World:
    people: dict
    urls: dict


@pytest.fixture
def world(call) -> World:
    owner = VerifiedUserFactory()
    people = {
        "visitor": None,
        "owner": owner,
        "other": VerifiedUserFactory(),
        "moderator": moderator(),
        "staff": StaffFactory(),
    }
    draft = ContributionFactory(call=call, author=owner, status=Contribution.Status.DRAFT)
    draft_call = CallFactory(status="draft")
    ProfileFactory(user=owner)
    partner = ProfileFactory().user
    conversation = conversation_between(owner, partner)
    comment = CommentFactory(author=owner)
    entry = moderation.queue_hold(target=comment, premoderation=False, flags=[])
    decision = moderation.decision_make(
        entry=entry,
        moderator=people["staff"],
        action="hide",
        ground="rules",
        explanation="Gegen die Regeln.",
    )
    event = EventFactory()
    theme = ThemeFactory(run=ThemeRunFactory(call=call))  # a run not published yet
    newsletter = NewsletterFactory()
    profile = ProfileFactory(user=people["other"])  # for signed-in participants only
    urls = {
        "draft contribution": f"/contributions/{draft.pk}/",
        "draft contribution, edit": f"/contributions/{draft.pk}/edit/",
        "draft contribution, API": f"/api/v1/contributions/{draft.pk}",
        "draft call": draft_call.get_absolute_url(),
        "conversation": conversation.get_absolute_url(),
        "conversation, API": f"/api/v1/network/conversations/{conversation.pk}",
        "statement of reasons": reverse("moderation:decision-detail", args=[decision.pk]),
        "moderation desk": reverse("moderation:desk"),
        "moderation entry": reverse("moderation:entry-detail", args=[entry.pk]),
        "review desk": reverse("contributions:review-queue"),
        "resonance dashboard": reverse("resonance:dashboard", args=[call.slug]),
        "theme curation": reverse("insights:staff-runs", args=[call.slug]),
        "newsletter desk": reverse("newsletter:manage-list"),
        "event participants": reverse("events:participants", args=[event.pk]),
        "my data": reverse("privacy:consents"),
        "unpublished theme": theme.get_absolute_url(),
        "unpublished theme run": reverse("insights:run-detail", args=[theme.run.pk]),
        "newsletter draft": reverse("newsletter:manage-detail", args=[newsletter.pk]),
        "participants-only profile": profile.get_absolute_url(),
        "participants-only profile, API": f"/api/v1/network/profiles/{profile.pk}",
    }
    return World(people=people, urls=urls)


# What each role gets; "owner" is the person the object belongs to.
MATRIX = {
    # Moderators read what waits for them; only the author changes it.
    "draft contribution": (MISSING, OK, MISSING, OK, OK),
    "draft contribution, edit": (MISSING, OK, MISSING, FORBIDDEN, FORBIDDEN),
    "draft contribution, API": (MISSING, OK, MISSING, OK, OK),
    "draft call": (MISSING, MISSING, MISSING, MISSING, OK),
    "conversation": (LOGIN, OK, MISSING, MISSING, MISSING),
    "conversation, API": (UNAUTHORISED, OK, MISSING, MISSING, MISSING),
    "statement of reasons": (LOGIN, OK, MISSING, OK, OK),
    "moderation desk": (LOGIN, FORBIDDEN, FORBIDDEN, OK, OK),
    "moderation entry": (LOGIN, FORBIDDEN, FORBIDDEN, OK, OK),
    "review desk": (LOGIN, FORBIDDEN, FORBIDDEN, OK, OK),
    "resonance dashboard": (LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
    # Staff pages: signed out to the login, everyone else 403 (docs/permissions.md).
    "theme curation": (LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
    "newsletter desk": (LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
    "event participants": (LOGIN, FORBIDDEN, FORBIDDEN, OK, OK),
    "my data": (LOGIN, OK, OK, OK, OK),
    "unpublished theme": (MISSING, MISSING, MISSING, MISSING, OK),
    "unpublished theme run": (LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
    "newsletter draft": (LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
    # "owner" here is a participant looking at someone else's participants-only profile.
    "participants-only profile": (MISSING, OK, OK, OK, OK),
    "participants-only profile, API": (MISSING, OK, OK, OK, OK),
}


@pytest.mark.parametrize("page", MATRIX)
def test_who_gets_what(client, world, page):
    url = world.urls[page]
    answers = {}
    for role in ROLES:
        person = world.people[role]
        client.logout()
        headers = {}
        if person is not None:
            if url.startswith("/api/"):
                headers["Authorization"] = f"Bearer {api_token_create(user=person, name=role)[1]}"
            else:
                client.force_login(person)
        answers[role] = client.get(url, headers=headers).status_code
    assert answers == dict(zip(ROLES, MATRIX[page], strict=True))
