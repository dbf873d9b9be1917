import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import override_settings

from praxisdialog.contributions.models import Contribution
from praxisdialog.discussion.models import Comment
from praxisdialog.moderation import services
from praxisdialog.moderation.models import Contest, Decision, QueueEntry, Report
from praxisdialog.notifications.models import Kind, Notification
from tests.accounts.factories import StaffFactory, VerifiedUserFactory
from tests.contributions.factories import ContributionFactory
from tests.discussion.factories import CommentFactory
from tests.moderation.factories import moderator

pytestmark = pytest.mark.django_db


def _report(target, **kwargs):
    defaults = {
        "reason": "hate",
        "explanation": "Beleidigend",
        "good_faith": True,
        "email": "besucherin@example.org",
    }
    return services.report_create(target=target, **{**defaults, **kwargs})


def test_reports_on_one_item_gather_in_one_entry_and_reporters_get_a_receipt(
    django_capture_on_commit_callbacks,
):
    comment = CommentFactory()
    reporter = VerifiedUserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        _report(comment, ip="10.0.0.1")
        _report(comment, reporter=reporter, ip="10.0.0.2")
    entry = QueueEntry.objects.get()
    assert entry.report_count == 2 and entry.reports.count() == 2
    assert {m.to[0] for m in mail.outbox} == {"besucherin@example.org", reporter.email}


def test_a_report_needs_its_fields():
    comment = CommentFactory()
    with pytest.raises(ValidationError) as error:
        _report(comment, reason="illegal", law="", explanation="", good_faith=False, email="")
    assert set(error.value.message_dict) == {"law", "explanation", "good_faith", "email"}
    assert not Report.objects.exists()


def test_hiding_sends_a_statement_of_reasons_and_the_author_contests_once(
    django_capture_on_commit_callbacks,
):
    mod, other_mod = moderator(), moderator()
    comment = CommentFactory()
    _report(comment, ip="10.0.0.1")
    entry = QueueEntry.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        decision = services.decision_make(
            entry=entry, moderator=mod, action="hide", ground="hate", explanation="Beleidigung"
        )
    comment.refresh_from_db()
    assert comment.status == Comment.Status.HIDDEN
    statement = Notification.objects.get(recipient=comment.author, kind=Kind.MODERATION_DECISION)
    assert statement.url == f"/moderation/decisions/{decision.pk}/"
    assert any(comment.author.email in m.to for m in mail.outbox)
    # the visitor who reported hears the outcome
    assert any(m.to == ["besucherin@example.org"] and "entschieden" in m.body for m in mail.outbox)
    with pytest.raises(ValidationError):
        services.decision_make(entry=entry, moderator=other_mod, action="publish", ground="rules")

    contest = services.contest_create(decision=decision, author=comment.author, text="Satire!")
    with pytest.raises(ValidationError):
        services.contest_create(decision=decision, author=comment.author, text="Nochmal")
    with pytest.raises(PermissionDenied):
        services.contest_decide(contest=contest, moderator=mod, outcome="reversed", explanation="x")
    services.contest_decide(
        contest=contest, moderator=other_mod, outcome="reversed", explanation="Doch Satire"
    )
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PUBLISHED
    assert Contest.objects.get().outcome == "reversed"
    assert Decision.objects.count() == 2


def test_hiding_needs_a_reason():
    comment = CommentFactory()
    _report(comment, ip="10.0.0.1")
    with pytest.raises(ValidationError):
        services.decision_make(
            entry=QueueEntry.objects.get(), moderator=moderator(), action="hide", ground="hate"
        )
    assert Comment.objects.get().status == "published"


def test_redacting_personal_data_leaves_a_visible_note(client):
    comment = CommentFactory(text="Sie wohnt in der Hauptstraße 5")
    _report(comment, reason="personal_data", ip="10.0.0.1")
    services.decision_make(
        entry=QueueEntry.objects.get(),
        moderator=moderator(),
        action="redact",
        ground="personal_data",
        explanation="Adresse entfernt",
        redacted_text="Sie wohnt in [entfernt]",
    )
    page = client.get(f"/comments/{comment.pk}/").content.decode()
    assert "Hauptstraße" not in page and "[entfernt]" in page


def test_a_hidden_contribution_leaves_a_placeholder(client):
    contribution = ContributionFactory()
    _report(contribution, ip="10.0.0.1")
    services.decision_make(
        entry=QueueEntry.objects.get(),
        moderator=moderator(),
        action="hide",
        ground="illegal",
        explanation="Rechtswidrig",
    )
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.REJECTED
    response = client.get(contribution.get_absolute_url())
    assert response.status_code == 410
    assert contribution.title not in response.content.decode()


def test_suspending_an_account_stops_posting_and_can_hide_everything():
    from praxisdialog.discussion.services import comment_create

    author = VerifiedUserFactory()
    comment = CommentFactory(author=author)
    services.account_moderate(
        user=author, moderator=moderator(), action="suspend", explanation="Spam", hide_content=True
    )
    comment.refresh_from_db()
    assert comment.status == Comment.Status.HIDDEN
    fresh = type(author).objects.get(pk=author.pk)
    with pytest.raises(PermissionDenied):
        comment_create(author=fresh, target=comment.target, text="Noch was")
    services.account_moderate(user=fresh, moderator=StaffFactory(), action="unsuspend")
    assert Decision.objects.filter(subject=author).count() == 2


@override_settings(RATE_LIMITS={"report": (3, 2, 3600)})
def test_report_rate_limit_per_ip_and_clear_message(client):
    comment = CommentFactory()
    url = f"/moderation/report/comment/{comment.pk}/"
    data = {
        "reason": "spam",
        "explanation": "Werbung",
        "good_faith": "on",
        "email": "a@example.org",
    }
    assert client.post(url, data).status_code == 302
    assert client.post(url, data).status_code == 302
    response = client.post(url, data)
    assert response.status_code == 429
    assert "very often" in response.content.decode() or "sehr oft" in response.content.decode()


@override_settings(RATE_LIMITS={"comment": (2, 100, 600)})
def test_comment_rate_limit_per_account_does_not_touch_others(client):
    from tests.moderation.factories import trusted

    contribution = ContributionFactory()
    first, second = trusted(VerifiedUserFactory()), trusted(VerifiedUserFactory())
    url = f"/contributions/{contribution.pk}/comments/"
    client.force_login(first)
    assert client.post(url, {"text": "a"}).status_code == 302
    assert client.post(url, {"text": "b"}).status_code == 302
    limited = client.post(url, {"text": "c"})
    assert limited.status_code == 429 and limited["Retry-After"]
    client.force_login(second)
    assert client.post(url, {"text": "d"}).status_code == 302


@override_settings(RATE_LIMITS={"comment": (100, 2, 600)})
def test_comment_rate_limit_per_ip_answers_429_in_the_api(client):
    from praxisdialog.accounts.services import api_token_create

    contribution = ContributionFactory()
    users = [VerifiedUserFactory() for _ in range(3)]
    statuses = []
    for index, person in enumerate(users):
        _token, raw = api_token_create(user=person, name="t")
        response = client.post(
            f"/api/v1/contributions/{contribution.pk}/comments",
            {"text": f"Hallo {index}"},
            content_type="application/json",
            headers={"Authorization": f"Bearer {raw}"},
        )
        statuses.append(response.status_code)
    assert statuses == [201, 201, 429]
    assert "try again" in response.json()["detail"] or "erneut" in response.json()["detail"]


def test_honeypot_refuses_bots(client, user):
    contribution = ContributionFactory()
    client.force_login(user)
    response = client.post(
        f"/contributions/{contribution.pk}/comments/", {"text": "Kauf!", "website": "x"}
    )
    assert response.status_code == 400
    assert not Comment.objects.exists()


def test_moderators_group_members_are_moderators():
    assert moderator().has_perm("moderation.view_desk")
    assert not VerifiedUserFactory().has_perm("moderation.view_desk")


def test_desk_shows_items_with_their_reasons(client):
    comment = CommentFactory(text="Mehrfach gemeldet")
    for ip in ("10.0.0.1", "10.0.0.2"):
        _report(comment, ip=ip)
    client.force_login(moderator())
    page = client.get("/moderation/").content.decode()
    assert "Mehrfach gemeldet" in page
    assert "2 reports" in page or "2 Meldungen" in page
