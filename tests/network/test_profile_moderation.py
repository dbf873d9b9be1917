"""Profiles on the moderation desk: reported by anyone, hidden with a statement of
reasons, contested, restored; a hidden profile is out of every list but its owner's."""

import pytest
from django.core import mail
from django.urls import reverse

from praxisdialog.moderation import services as moderation
from praxisdialog.moderation.models import Action, Decision, QueueEntry, Report
from praxisdialog.network.models import Profile
from praxisdialog.network.selectors import profile_list_public, profile_list_visible
from tests.accounts.factories import StaffFactory, VerifiedUserFactory
from tests.network.factories import PublicProfileFactory

pytestmark = pytest.mark.django_db


def _report(client, profile, **extra):
    data = {"reason": "hate", "explanation": "Beleidigt Geflüchtete.", "good_faith": "on"}
    return client.post(reverse("moderation:report", args=["profile", profile.pk]), data | extra)


def test_a_visitor_reports_a_public_profile_and_reports_gather_in_one_entry(
    client, django_capture_on_commit_callbacks
):
    profile = PublicProfileFactory()
    with django_capture_on_commit_callbacks(execute=True):
        response = _report(client, profile, email="besuch@example.org")
    assert response.status_code == 302
    client.force_login(VerifiedUserFactory())
    assert _report(client, profile).status_code == 302
    entry = QueueEntry.objects.get()
    assert entry.target == profile
    assert entry.report_count == 2
    assert Report.objects.filter(reporter_email="besuch@example.org").exists()
    assert any("besuch@example.org" in message.to for message in mail.outbox)


def test_the_owner_cannot_report_their_own_profile(client):
    profile = PublicProfileFactory()
    client.force_login(profile.user)
    assert _report(client, profile).status_code == 404


def test_the_desk_shows_the_profile_and_hiding_it_removes_it_everywhere(client):
    profile = PublicProfileFactory(display_name="Lauter Störer")
    _report(client, profile, email="besuch@example.org")
    moderator = StaffFactory()
    client.force_login(moderator)
    desk = client.get(reverse("moderation:desk")).content.decode()
    assert "Lauter Störer" in desk
    entry = QueueEntry.objects.get()
    response = client.post(
        reverse("moderation:entry-detail", args=[entry.pk]),
        {"action": "hide", "ground": "hate", "explanation": "Abwertende Sprache."},
    )
    assert response.status_code == 302
    profile.refresh_from_db()
    assert profile.hidden_at is not None
    decision = Decision.objects.get(action=Action.HIDE)
    assert decision.subject == profile.user
    # Gone for visitors, participants and the public lists; the owner still sees it.
    client.logout()
    assert client.get(profile.get_absolute_url()).status_code == 404
    participant = VerifiedUserFactory()
    assert profile not in profile_list_visible(user=participant)
    assert profile not in profile_list_public()
    client.force_login(participant)
    assert client.get(profile.get_absolute_url()).status_code == 404
    client.force_login(profile.user)
    page = client.get(profile.get_absolute_url()).content.decode()
    assert "Die Moderation hat dieses Profil verborgen" in page
    # The owner was told, with the statement of reasons.
    assert profile.user.notifications.filter(kind="moderation_decision").exists()


def test_a_contest_decided_by_another_moderator_restores_the_profile():
    profile = PublicProfileFactory()
    entry = moderation.queue_hold(target=profile, premoderation=False, flags=[])
    first, second = StaffFactory(), StaffFactory()
    decision = moderation.decision_make(
        entry=entry, moderator=first, action="hide", ground="rules", explanation="Spam."
    )
    contest = moderation.contest_create(decision=decision, author=profile.user, text="Kein Spam.")
    moderation.contest_decide(
        contest=contest, moderator=second, outcome="reversed", explanation="Zu Unrecht."
    )
    profile.refresh_from_db()
    assert profile.hidden_at is None
    assert Profile.objects.filter(pk=profile.pk, hidden_at__isnull=True).exists()


def test_suspending_with_hidden_content_hides_the_profile_too():
    profile = PublicProfileFactory()
    moderation.account_moderate(
        user=profile.user,
        moderator=StaffFactory(),
        action="suspend",
        explanation="Wiederholte Hetze.",
        hide_content=True,
    )
    profile.refresh_from_db()
    assert profile.hidden_at is not None
