"""Visibility of everything inside a call follows the call, and every read and report of
a comment follows its target.

The attack: staff set a call back to draft, yet its contributions, comments and themes
still answered on their own pages, in the API, in the feeds and in open data; the
replies endpoint answered for a comment on a hidden contribution, and reports on
content nobody may see were accepted."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from praxisdialog.accounts.services import api_token_create
from praxisdialog.calls.models import Call
from praxisdialog.contributions.models import Contribution
from praxisdialog.discussion.models import Comment
from praxisdialog.events.models import AgendaSlot
from praxisdialog.moderation.models import Report
from praxisdialog.resonance.models import ResonanceSettings
from tests.accounts.factories import VerifiedUserFactory
from tests.contributions.factories import ContributionFactory
from tests.discussion.factories import CommentFactory, reply_to
from tests.events.factories import EventFactory
from tests.insights.factories import ThemeAssignmentFactory, ThemeFactory, ThemeRunFactory

pytestmark = pytest.mark.django_db

SECRET = "Geheimnis aus dem Entwurf"


@pytest.fixture
def inside(call):
    """A public call with a contribution, a thread, a published theme, public open data
    and a workshop agenda that shows the contribution."""
    contribution = ContributionFactory(call=call, title=SECRET)
    comment = CommentFactory(target=contribution, text=f"{SECRET}: Kommentar")
    reply = reply_to(comment, text=f"{SECRET}: Antwort")
    run = ThemeRunFactory(call=call, published_at=timezone.now())
    theme = ThemeFactory(run=run, label=f"{SECRET}: Thema")
    ThemeAssignmentFactory(theme=theme, contribution=contribution)
    ResonanceSettings.objects.update_or_create(
        call=call,
        defaults={"public_summary": True, "public_dossier": True, "public_open_data": True},
    )
    event = EventFactory(call=call)
    slot = AgendaSlot.objects.create(
        event=event,
        starts_at=event.starts_at,
        ends_at=event.starts_at + timedelta(hours=1),
        title="Erfahrungen",
    )
    slot.contributions.add(contribution)
    return {
        "call": call,
        "contribution": contribution,
        "comment": comment,
        "reply": reply,
        "theme": theme,
        "event": event,
    }


def _reads(inside) -> dict[str, str]:
    call, contribution = inside["call"], inside["contribution"]
    comment, theme = inside["comment"], inside["theme"]
    return {
        "contribution page": contribution.get_absolute_url(),
        "contribution API": f"/api/v1/contributions/{contribution.pk}",
        "comments API": f"/api/v1/contributions/{contribution.pk}/comments",
        "replies API": f"/api/v1/comments/{comment.pk}/replies",
        "comment page": comment.get_absolute_url(),
        "reply page": inside["reply"].get_absolute_url(),
        "theme page": theme.get_absolute_url(),
        "theme API": f"/api/v1/themes/{theme.pk}",
        "themes API": f"/api/v1/calls/{call.slug}/themes",
        "feed": reverse("contributions:contribution-feed", args=[call.slug, "rss"]),
        "open data CSV": reverse("resonance:open-data-csv", args=[call.slug]),
        "open data JSON": reverse("resonance:open-data-json", args=[call.slug]),
        "open data API": f"/api/v1/calls/{call.slug}/open-data",
        "report contribution": reverse("moderation:report", args=["contribution", contribution.pk]),
        "report comment": reverse("moderation:report", args=["comment", comment.pk]),
    }


def _leaks(client, inside, headers=None) -> dict[str, int]:
    leaks = {}
    for name, url in _reads(inside).items():
        response = client.get(url, headers=headers or {})
        body = b"".join(response.streaming_content) if response.streaming else response.content
        if response.status_code != 404 or SECRET.encode() in body:
            leaks[name] = response.status_code
    agenda = reverse("events:event-agenda", args=[inside["event"].pk])
    for url in ("/sitemap.xml", inside["event"].get_absolute_url(), agenda, "/calls/feed/rss/"):
        page = client.get(url)
        if inside["contribution"].get_absolute_url().encode() in page.content:
            leaks[url] = page.status_code
        if SECRET.encode() in page.content:
            leaks[url] = page.status_code
    return leaks


def _api_report(client, kind, pk, headers=None):
    return client.post(
        "/api/v1/reports",
        {
            "target_type": kind,
            "target_id": pk,
            "reason": "spam",
            "explanation": "Werbung",
            "good_faith": True,
            "email": "melder@example.org",
        },
        content_type="application/json",
        headers=headers or {},
    )


def test_everything_answers_while_the_call_is_public(client, inside):
    leaks = _leaks(client, inside)
    assert set(_reads(inside)) | {"/sitemap.xml"} <= set(leaks), leaks


def test_a_call_set_back_to_draft_hides_everything_inside_it(client, inside):
    Call.objects.filter(pk=inside["call"].pk).update(status=Call.Status.DRAFT)
    assert _leaks(client, inside) == {}
    # The author and another participant, by session and by token, see nothing either.
    for person in (inside["contribution"].author, inside["comment"].author, VerifiedUserFactory()):
        client.force_login(person)
        assert _leaks(client, inside) == {}
        client.logout()
        _token, raw = api_token_create(user=person, name="t")
        assert _leaks(client, inside, headers={"Authorization": f"Bearer {raw}"}) == {}
    for kind, target in (("contribution", inside["contribution"]), ("comment", inside["comment"])):
        assert _api_report(client, kind, target.pk).status_code == 404
    assert not Report.objects.exists()


def test_replies_and_reports_follow_a_hidden_contribution(client, inside):
    Contribution.objects.filter(pk=inside["contribution"].pk).update(
        status=Contribution.Status.REJECTED
    )
    comment = inside["comment"]
    assert client.get(f"/api/v1/comments/{comment.pk}/replies").status_code == 404
    assert client.get(comment.get_absolute_url()).status_code == 404
    assert _api_report(client, "comment", comment.pk).status_code == 404
    url = reverse("moderation:report", args=["comment", comment.pk])
    form = {"reason": "spam", "explanation": "x", "good_faith": "on", "email": "m@example.org"}
    assert client.post(url, form).status_code == 404
    assert not Report.objects.exists()


def test_a_hidden_or_deleted_comment_cannot_be_reported(client, inside):
    comment, reply = inside["comment"], inside["reply"]
    Comment.objects.filter(pk=comment.pk).update(status=Comment.Status.HIDDEN)
    Comment.objects.filter(pk=reply.pk).update(deleted_at=timezone.now(), text="")
    assert _api_report(client, "comment", comment.pk).status_code == 404
    assert _api_report(client, "comment", reply.pk).status_code == 404
    assert not Report.objects.exists()
