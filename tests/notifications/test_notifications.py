import pytest
from django.core import mail

from praxisdialog.contributions import services as contribution_services
from praxisdialog.notifications import services
from praxisdialog.notifications.models import Delivery, Kind, Notification, Preference
from tests.contributions.factories import ContributionFactory

pytestmark = pytest.mark.django_db


def test_immediate_mail_has_one_click_unsubscribe_headers(user, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.notify(
            recipients=[user],
            kind=Kind.COMMENT_REPLY,
            data={"actor": "Amal", "title": "T"},
            url="/x/",
        )
    message = mail.outbox[0]
    assert message.to == [user.email]
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    url = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert url in message.body
    assert "Amal" in message.body


def test_one_click_unsubscribe_works_without_login_or_csrf(client, user):
    token = services.unsubscribe_token(user=user, kind=Kind.COMMENT_REPLY)
    csrf_client = type(client)(enforce_csrf_checks=True)
    response = csrf_client.post(f"/notifications/u/{token}/", {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert Preference.objects.get(user=user, kind=Kind.COMMENT_REPLY).delivery == Delivery.NEVER
    assert client.get("/notifications/u/1.0.forged/").status_code == 404


def test_never_and_digest(user, django_capture_on_commit_callbacks):
    services.preference_set(user=user, kind=Kind.COMMENT_REPLY, delivery=Delivery.NEVER)
    services.preference_set(user=user, kind=Kind.NEW_CONTRIBUTION, delivery=Delivery.DIGEST)
    with django_capture_on_commit_callbacks(execute=True):
        services.notify(recipients=[user], kind=Kind.COMMENT_REPLY, data={})
        services.notify(recipients=[user], kind=Kind.NEW_CONTRIBUTION, data={"title": "Neu"})
    assert mail.outbox == []
    assert Notification.objects.filter(recipient=user).count() == 2
    assert services.digest_send(user=user) == 1
    assert "Neu" in mail.outbox[0].body and "List-Unsubscribe" in mail.outbox[0].extra_headers
    assert services.digest_send(user=user) == 0


def test_review_decision_is_one_notification_and_one_mail(
    call, staff, django_capture_on_commit_callbacks
):
    contribution = ContributionFactory(call=call, status="submitted", published_at=None)
    with django_capture_on_commit_callbacks(execute=True):
        contribution_services.contribution_review(
            contribution=contribution, reviewer=staff, decision="reject", message="Off-topic"
        )
    assert len(mail.outbox) == 1
    assert "List-Unsubscribe" in mail.outbox[0].extra_headers
    note = Notification.objects.get(recipient=contribution.author)
    assert note.kind == Kind.CONTRIBUTION_DECISION and note.emailed_at is not None


def test_review_decision_mail_respects_never(call, staff, django_capture_on_commit_callbacks):
    contribution = ContributionFactory(call=call, status="submitted", published_at=None)
    services.preference_set(
        user=contribution.author, kind=Kind.CONTRIBUTION_DECISION, delivery=Delivery.NEVER
    )
    with django_capture_on_commit_callbacks(execute=True):
        contribution_services.contribution_review(
            contribution=contribution, reviewer=staff, decision="publish"
        )
    assert mail.outbox == []
    assert Notification.objects.filter(recipient=contribution.author).count() == 1


def test_followers_of_a_call_hear_of_new_contributions(call, user, staff):
    services.follow_add(user=user, target=call)
    contribution = ContributionFactory(call=call, status="submitted", published_at=None)
    contribution_services.contribution_review(
        contribution=contribution, reviewer=staff, decision="publish", notify_author=False
    )
    assert Notification.objects.get(recipient=user).kind == Kind.NEW_CONTRIBUTION


def test_bell_list_and_mark_read(client, user):
    services.notify(recipients=[user], kind=Kind.COMMENT_REPLY, data={"actor": "A", "title": "B"})
    services.notify(recipients=[user], kind=Kind.COMMENT_REPLY, data={"actor": "C", "title": "D"})
    client.force_login(user)
    page = client.get("/notifications/").content.decode()
    assert "2 unread" in page or "2 ungelesen" in page
    first = Notification.objects.filter(recipient=user).first()
    client.post(f"/notifications/{first.pk}/read/")
    assert Notification.objects.filter(recipient=user, read_at__isnull=True).count() == 1
    client.post("/notifications/read-all/")
    assert not Notification.objects.filter(recipient=user, read_at__isnull=True).exists()


def test_api_lists_and_marks_read(client, user):
    services.notify(recipients=[user], kind=Kind.COMMENT_REPLY, data={"actor": "A", "title": "B"})
    assert client.get("/api/v1/notifications").status_code == 401
    client.force_login(user)
    body = client.get("/api/v1/notifications").json()
    assert body["unread"] == 1 and body["items"][0]["kind"] == "comment_reply"


def test_notification_mail_through_a_real_smtp_server(
    user, django_capture_on_commit_callbacks, smtp_server
):
    with django_capture_on_commit_callbacks(execute=True):
        services.notify(
            recipients=[user], kind=Kind.COMMENT_REPLY, data={"actor": "Amal", "title": "T"}
        )
    smtp_server.wait_for(1)
    message = smtp_server.messages[0]
    assert message["To"] == user.email
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message["List-Unsubscribe"].strip().startswith("<http://")
    assert "=?utf-8?" not in message["List-Unsubscribe"]
