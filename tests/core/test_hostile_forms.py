"""The corpus of hostile input against every form: each text field of each form gets
each value in turn. No answer is a server error, and nothing typed ever comes back as
markup, neither in the answer nor on the pages that show what was stored."""

import pytest
from django.urls import reverse

from tests.accounts.factories import StaffFactory, VerifiedUserFactory
from tests.contributions.factories import ContributionFactory
from tests.discussion.factories import CommentFactory
from tests.events.factories import EventFactory
from tests.moderation.factories import trusted
from tests.network.factories import ProfileFactory, conversation_between

pytestmark = pytest.mark.django_db

HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    '<a href="javascript:alert(1)">klick</a>',
    "'; DROP TABLE accounts_user; --",
    "\u202eevil\u202c txt.exe",
    "x" * 1_000_000,
    "{{ 7*7 }}{% debug %}",
    "2026-13-45T25:61",
    "-99999999999999999999",
]
# Tags as the browser would read them; the same text escaped (&lt;…) is harmless.
MARKUP = ("<script>alert(1)", "<img src=x", '<a href="javascript:')


def _forms(call, people):
    """(name, who posts, url, valid data, the fields that get the hostile value)."""
    owner, partner, staff = people["owner"], people["partner"], people["staff"]
    comment = CommentFactory()
    conversation = conversation_between(owner, partner)
    event = EventFactory()
    partner_profile = ProfileFactory(user=partner)
    return [
        (
            "contact",
            None,
            "/contact/",
            {"name": "A", "email": "a@example.org", "message": "Hallo"},
            ["name", "email", "message"],
        ),
        (
            "newsletter",
            None,
            reverse("newsletter:subscribe"),
            {"email": "n@example.org", "language": "de", "consent": "on"},
            ["email", "region"],
        ),
        (
            "report",
            None,
            reverse("moderation:report", args=["comment", comment.pk]),
            {
                "reason": "spam",
                "explanation": "Werbung",
                "email": "r@example.org",
                "good_faith": "on",
            },
            ["law", "explanation", "email", "reason"],
        ),
        (
            "sign-up",
            None,
            "/accounts/signup/",
            {
                "email": "s@example.org",
                "display_name": "S",
                "password1": "lang-genug-123",
                "password2": "lang-genug-123",
            },
            ["email", "display_name"],
        ),
        (
            "comment",
            owner,
            reverse("discussion:call-comment-create", args=[call.slug]),
            {"text": "Ein Gedanke"},
            ["text"],
        ),
        (
            "account",
            owner,
            reverse("accounts:overview"),
            {"display_name": "O", "full_name": "", "preferred_language": "de"},
            ["display_name", "full_name", "preferred_language"],
        ),
        (
            "network profile",
            owner,
            reverse("network:profile-edit"),
            {"is_listed": "on", "visibility": "participants", "display_name": "O"},
            ["display_name", "organisation", "offer_text", "seek_text", "region"],
        ),
        (
            "contact request",
            owner,
            reverse("network:contact-request-create", args=[partner_profile.pk]),
            {"message": "Guten Tag"},
            ["message"],
        ),
        ("message", owner, conversation.get_absolute_url(), {"text": "Hallo"}, ["text"]),
        (
            "event registration",
            None,
            reverse("events:event-register", args=[event.pk]),
            {"name": "G", "email": "g@example.org"},
            ["name", "email", "accessibility_needs", "interpretation_language", "dietary_needs"],
        ),
        (
            "resonance thresholds",
            staff,
            reverse("resonance:settings", args=[call.slug]),
            {"min_contributions": "10"},
            ["min_contributions", "min_contributors", "min_roles"],
        ),
        (
            "closing a phase",
            staff,
            reverse("resonance:phase-close", args=[call.slug]),
            {"message": "Weiter geht es", "confirm": "on"},
            ["message_en"],
        ),
        (
            "newsletter draft",
            staff,
            reverse("newsletter:manage-create"),
            {"subject": "Neu", "body": "Text"},
            ["subject", "body", "version_en_subject", "version_ar_body"],
        ),
    ]


@pytest.mark.parametrize("value", HOSTILE, ids=range(len(HOSTILE)))
def test_every_form_survives_hostile_input(client, call, value):
    people = {
        "owner": trusted(VerifiedUserFactory()),
        "partner": VerifiedUserFactory(),
        "staff": StaffFactory(),
    }
    ProfileFactory(user=people["owner"])
    ContributionFactory(call=call)
    forms = _forms(call, people)
    for name, person, url, valid, fields in forms:
        client.logout()
        if person is not None:
            client.force_login(person)
        assert client.get(url).status_code in (200, 405), name  # the form is really there
        for field in fields:
            response = client.post(url, {**valid, field: value})
            assert response.status_code < 500, (name, field, response.status_code)
            page = response.content.decode(errors="replace")
            assert not any(mark in page for mark in MARKUP), (name, field)
    # What was stored shows as text wherever it is shown.
    client.force_login(people["staff"])
    for url in (
        call.get_absolute_url(),
        reverse("network:profile-list"),
        reverse("moderation:desk"),
        reverse("newsletter:manage-list"),
        reverse("events:participants", args=[forms[9][2].split("/")[2]]),
    ):
        page = client.get(url).content.decode()
        assert not any(mark in page for mark in MARKUP), url
    client.force_login(people["owner"])
    for url in (reverse("accounts:overview"), reverse("network:conversation-list")):
        page = client.get(url).content.decode()
        assert not any(mark in page for mark in MARKUP), url
