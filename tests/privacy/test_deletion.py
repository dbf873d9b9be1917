"""Deleting an account: what must go goes, in every table; kept content stays
without a name; the person is logged out everywhere and their tokens stop working."""

import pytest
from allauth.mfa.models import Authenticator
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.models import Session
from django.db import models
from django.test import Client
from django.urls import reverse

from praxisdialog.accounts.services import api_token_create
from praxisdialog.contributions.models import (
    Attribution,
    Contribution,
    ContributionReview,
    ContributionVersion,
    HelpfulMark,
)
from praxisdialog.discussion.models import Comment, CommentReaction
from praxisdialog.events import services as event_services
from praxisdialog.events.models import Feedback, Registration
from praxisdialog.moderation.models import (
    AccountStanding,
    Contest,
    Decision,
    QueueEntry,
    Report,
)
from praxisdialog.network.models import Block, Message
from praxisdialog.notifications.models import Follow, Notification, Preference
from praxisdialog.privacy import services
from praxisdialog.privacy.models import AuditEntry, ConsentWithdrawal, DataExport
from tests.accounts.factories import PASSWORD, VerifiedUserFactory
from tests.contributions.factories import ContributionFactory
from tests.discussion.factories import CommentFactory, reply_to
from tests.events.factories import EventFactory
from tests.network.factories import ProfileFactory, conversation_between
from tests.newsletter.factories import SubscriberFactory

pytestmark = pytest.mark.django_db


def _everything(user, other_user, call):
    """The person leaves a trace in every table that can hold one."""
    own = ContributionFactory(author=user, call=call, title="Meine Geschichte")
    ContributionVersion.objects.create(contribution=own, number=1, snapshot={"title": "alt"})
    ContributionReview.objects.create(contribution=own, reviewer=other_user, decision="publish")
    others = ContributionFactory(author=other_user, call=call, title="Fremde Geschichte")
    HelpfulMark.objects.create(contribution=others, user=user)
    Contribution.objects.filter(pk=others.pk).update(helpful_count=1)
    HelpfulMark.objects.create(contribution=own, user=other_user)

    comment = CommentFactory(author=user, target=others, text="Mein Kommentar")
    reply = reply_to(comment, author=other_user, text="Antwort der anderen")
    lone = CommentFactory(author=user, target=others, text="Noch ein Kommentar")
    CommentFactory(author=other_user, target=own, text="Kommentar unter meinem Beitrag")
    CommentReaction.objects.create(comment=reply, user=user)

    entry = QueueEntry.objects.create(
        content_type=ContentType.objects.get_for_model(Contribution), object_id=others.pk
    )
    Report.objects.create(
        entry=entry,
        content_type=entry.content_type,
        object_id=others.pk,
        reporter=user,
        reason="spam",
        explanation="Werbung",
    )
    Report.objects.create(
        entry=entry,
        content_type=entry.content_type,
        object_id=others.pk,
        reporter_email=user.email,
        reason="spam",
        explanation="Als Gast gemeldet",
    )
    decision = Decision.objects.create(
        subject=user, moderator=other_user, action="hide", ground="spam"
    )
    Contest.objects.create(decision=decision, author=user, text="Bitte prüfen")
    AccountStanding.objects.create(user=user, trusted=True)

    Notification.objects.create(recipient=user, kind="comment_reply", data={"title": "x"})
    Follow.objects.create(
        user=user, content_type=ContentType.objects.get_for_model(Contribution), object_id=own.pk
    )
    Preference.objects.create(user=user, kind="comment_reply", delivery="never")

    event = EventFactory()
    registration = event_services.registration_create(event=event, user=user)
    Feedback.objects.create(registration=registration, rating=5, liked="Gut")
    Registration.objects.create(
        event=EventFactory(),
        name="Gast",
        email=user.email.upper(),
        status=Registration.Status.CONFIRMED,
        queue_number=1,
        token="guest-token",
    )

    ProfileFactory(user=user)
    conversation = conversation_between(user, other_user)
    Message.objects.create(conversation=conversation, author=user, text="Hallo")
    Block.objects.create(blocker=user, blocked=VerifiedUserFactory())
    Block.objects.create(blocker=other_user, blocked=user)

    SubscriberFactory(email=user.email, user=user)
    api_token_create(user=user, name="Skript")
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={})
    DataExport.objects.create(user=user, expires_at=own.created_at)
    ConsentWithdrawal.objects.create(user=user, kind="newsletter")
    AuditEntry.objects.create(actor=user, actor_name=user.email, action="x")
    return own, others, comment, lone, reply


def _traces(user_id: int, email: str) -> list[str]:
    """Every row in every table that points at the user or holds their address."""
    user_model = get_user_model()
    found = []
    for model in apps.get_models():
        manager = model._base_manager
        for field in model._meta.get_fields():
            if not field.concrete or field.many_to_many:
                continue
            points_at_user = (
                (field.many_to_one or field.one_to_one)
                and field.related_model is user_model
                and model is not user_model
            )
            if points_at_user and manager.filter(**{field.attname: user_id}).exists():
                found.append(f"{model._meta.label}.{field.name}")
            holds_text = isinstance(field, models.CharField | models.TextField) and not (
                field.is_relation or field.choices
            )
            if holds_text and manager.filter(**{f"{field.name}__icontains": email}).exists():
                found.append(f"{model._meta.label}.{field.name}")
        if model is user_model and model._base_manager.filter(pk=user_id).exists():
            found.append("the user row")
    return found


@pytest.mark.parametrize("keep", [False, True], ids=["delete content", "keep anonymised"])
def test_no_table_keeps_a_trace_of_the_person(user, other_user, call, keep):
    _everything(user, other_user, call)
    user_id, email = user.pk, user.email
    assert len(_traces(user_id, email)) > 15  # the scan does see the traces

    services.account_delete(user=user, keep_content=keep)

    assert _traces(user_id, email) == []
    # The other person's things stay.
    assert other_user.contributions.get().title == "Fremde Geschichte"
    assert Comment.objects.filter(text="Antwort der anderen").exists()
    assert Contribution.objects.get(title="Fremde Geschichte").helpful_count == 0
    assert Decision.objects.filter(moderator=other_user, subject=None).exists()


def test_deleting_content_removes_contributions_and_comments_but_not_replies(
    user, other_user, call
):
    own, _others, comment, lone, reply = _everything(user, other_user, call)
    services.account_delete(user=user, keep_content=False)

    assert not Contribution.objects.filter(pk=own.pk).exists()
    assert not Comment.objects.filter(text="Kommentar unter meinem Beitrag").exists()
    assert not Comment.objects.filter(pk=lone.pk).exists()
    # The comment with a reply keeps its place in the thread, emptied.
    comment.refresh_from_db()
    assert comment.text == "" and comment.is_deleted
    assert Comment.objects.get(pk=reply.pk).parent_id == comment.pk


def test_keeping_content_shows_it_as_anonymous(client, user, other_user, call):
    own, _others, comment, _lone, _reply = _everything(user, other_user, call)
    services.account_delete(user=user, keep_content=True)

    own.refresh_from_db()
    comment.refresh_from_db()
    assert own.status == Contribution.Status.PUBLISHED
    assert own.attribution == Attribution.ANONYMOUS
    assert own.author.email == services.PLACEHOLDER_EMAIL
    assert not own.author.is_active
    assert comment.text == "Mein Kommentar"
    assert comment.author_id == own.author_id

    page = client.get(own.get_absolute_url())
    assert page.status_code == 200
    assert "Anonym" in page.content.decode()
    assert user.display_name not in page.content.decode()


def test_the_page_deletes_after_the_password_and_logs_out_everywhere(user, other_user):
    _token, raw_key = api_token_create(user=user, name="Skript")
    phone, laptop = Client(), Client()
    phone.force_login(user)
    laptop.force_login(user)
    other = Client()
    other.force_login(other_user)
    assert Session.objects.count() == 3

    page = laptop.get(reverse("privacy:account-delete"))
    assert "Was soll mit Ihren Beiträgen und Kommentaren geschehen?" in page.content.decode()

    response = laptop.post(
        reverse("privacy:account-delete"), {"content": "delete", "password": PASSWORD}, follow=True
    )
    assert "Ihr Konto wurde gelöscht. Auf Wiedersehen!" in response.content.decode()
    assert not get_user_model().objects.filter(pk=user.pk).exists()
    # Only the other person's session is left; the phone is logged out.
    assert phone.get(reverse("accounts:overview")).status_code == 302
    assert other.get(reverse("accounts:overview")).status_code == 200
    from praxisdialog.accounts.selectors import user_get_for_api_key

    assert user_get_for_api_key(raw_key=raw_key) is None


def test_a_wrong_password_or_no_choice_changes_nothing(client, user):
    client.force_login(user)
    response = client.post(
        reverse("privacy:account-delete"), {"content": "delete", "password": "falsch"}
    )
    assert response.status_code == 200
    assert "Das Passwort ist nicht richtig." in response.content.decode()
    response = client.post(reverse("privacy:account-delete"), {"password": PASSWORD})
    assert "Dieses Feld ist zwingend erforderlich." in response.content.decode()
    assert get_user_model().objects.filter(pk=user.pk).exists()
    assert client.get(reverse("accounts:overview")).status_code == 200


def test_the_placeholder_account_cannot_be_deleted_and_is_made_once(user, other_user):
    services.account_delete(user=user, keep_content=True)
    services.account_delete(user=other_user, keep_content=True)
    placeholder = services.placeholder_user()
    assert get_user_model().objects.filter(email=services.PLACEHOLDER_EMAIL).count() == 1
    with pytest.raises(Exception, match="kann nicht gelöscht"):
        from django.utils import translation

        with translation.override(settings.LANGUAGE_CODE):
            services.account_delete(user=placeholder, keep_content=True)


def test_pages_need_a_login(client):
    for name in ["privacy:overview", "privacy:consents", "privacy:account-delete"]:
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")


def test_what_hangs_on_deleted_content_goes_with_it(user, other_user, call):
    """Each app removes its own rows about content another app deletes: follows,
    queue entries and comments on a deleted contribution go; on kept ones they stay."""
    own = ContributionFactory(author=user, call=call)
    kept = ContributionFactory(author=other_user, call=call)
    content_type = ContentType.objects.get_for_model(Contribution)
    for contribution in (own, kept):
        Follow.objects.create(user=other_user, content_type=content_type, object_id=contribution.pk)
        QueueEntry.objects.create(content_type=content_type, object_id=contribution.pk)
        CommentFactory(author=other_user, target=contribution, text="Darunter")

    services.account_delete(user=user, keep_content=False)

    for model in (Follow, QueueEntry, Comment):
        on = model.objects.filter(content_type=content_type)
        assert list(on.values_list("object_id", flat=True)) == [kept.pk], model


def test_a_deleted_accounts_seat_goes_to_the_next_on_the_waiting_list_who_is_told(
    user, other_user, django_capture_on_commit_callbacks
):
    """Deleting an account frees its seats as a cancellation would: the first on the
    waiting list moves up and gets the mail that says so; the one after stays waiting;
    the deleted person gets no mail."""
    from django.core import mail

    event = EventFactory(capacity=1)
    third = VerifiedUserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        seat = event_services.registration_create(event=event, user=user)
        waiting = event_services.registration_create(event=event, user=other_user)
        last = event_services.registration_create(event=event, user=third)
    assert (seat.status, waiting.status, last.status) == ("confirmed", "waitlisted", "waitlisted")
    email = user.email
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.account_delete(user=user, keep_content=False)
    assert not Registration.objects.filter(pk=seat.pk).exists()
    waiting.refresh_from_db()
    last.refresh_from_db()
    assert waiting.status == Registration.Status.CONFIRMED
    assert waiting.promoted_at is not None
    assert last.status == Registration.Status.WAITLISTED
    assert [message.to for message in mail.outbox] == [[other_user.email]]
    (message,) = mail.outbox
    assert event.title in message.subject
    assert waiting.get_manage_url() in message.body
    assert email not in str([m.to for m in mail.outbox])
