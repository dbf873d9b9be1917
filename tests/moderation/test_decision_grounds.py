"""A decision records only a ground the moderator chose.

The attack: approving a harmless comment on the desk recorded (and told) "illegal
content", because the form preselected the first ground."""

import importlib
import re

import pytest
from django.apps import apps
from django.urls import reverse

from praxisdialog.accounts.services import api_token_create
from praxisdialog.moderation import services
from praxisdialog.moderation.models import Decision, Ground, QueueEntry
from tests.accounts.factories import StaffFactory
from tests.discussion.factories import CommentFactory
from tests.moderation.factories import moderator

pytestmark = pytest.mark.django_db


def _entry() -> QueueEntry:
    comment = CommentFactory(status="pending")
    return services.queue_hold(target=comment, premoderation=True, flags=[])


def test_the_desk_form_preselects_no_ground_and_publishing_means_no_violation(client):
    entry = _entry()
    client.force_login(moderator())
    url = reverse("moderation:entry-detail", args=[entry.pk])
    page = client.get(url).content.decode()
    select = re.search(r'<select name="ground".*?</select>', page, re.S).group(0)
    options = re.findall(r'<option value="([^"]*)"( selected)?', select)
    assert options[0][0] == ""  # the first (shown) option is no ground at all
    assert [value for value, selected in options if selected] in ([], [""])

    response = client.post(url, {"action": "publish"})
    assert response.status_code == 302
    assert Decision.objects.get(entry=entry).ground == Ground.NO_VIOLATION


def test_hiding_needs_a_ground_other_than_no_violation(client):
    entry = _entry()
    client.force_login(moderator())
    url = reverse("moderation:entry-detail", args=[entry.pk])
    for ground in ("", "no_violation"):
        response = client.post(url, {"action": "hide", "ground": ground, "explanation": "Nein."})
        assert response.status_code == 200
    assert not Decision.objects.exists()
    client.post(url, {"action": "hide", "ground": "hate", "explanation": "Abwertend."})
    assert Decision.objects.get().ground == Ground.HATE


def test_the_api_takes_the_same_defaults(client):
    _token, raw = api_token_create(user=StaffFactory(), name="desk")
    headers = {"Authorization": f"Bearer {raw}"}
    entry = _entry()
    url = f"/api/v1/moderation/queue/{entry.pk}/decisions"
    refused = client.post(
        url,
        {"action": "reject", "explanation": "x"},
        content_type="application/json",
        headers=headers,
    )
    assert refused.status_code == 422
    response = client.post(
        url, {"action": "publish"}, content_type="application/json", headers=headers
    )
    assert response.status_code == 201
    assert response.json()["ground"] == "no_violation"


def test_the_migration_corrects_decisions_written_with_the_preselected_ground():
    entry = _entry()
    staff = StaffFactory()
    wrong = Decision.objects.create(
        entry=entry, moderator=staff, action="publish", ground="illegal"
    )
    kept = Decision.objects.create(moderator=staff, action="hide", ground="illegal")
    migration = importlib.import_module(
        "praxisdialog.moderation.migrations.0003_decision_grounds_as_chosen"
    )
    migration.ground_as_chosen(apps, None)
    wrong.refresh_from_db()
    kept.refresh_from_db()
    assert wrong.ground == Ground.NO_VIOLATION
    assert kept.ground == Ground.ILLEGAL
