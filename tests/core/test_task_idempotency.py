"""Every task that sends mail may run twice (a worker killed mid-task runs it again after
restart) and still sends one mail. Each test makes the situation through the real
services, runs the task twice, and counts the mails in the outbox."""

from datetime import timedelta

import pytest
from django.core import mail

from praxisdialog.contributions import tasks as contribution_tasks
from praxisdialog.contributions.models import Contribution
from praxisdialog.contributions.services import contribution_review
from praxisdialog.core.models import SentMail
from praxisdialog.events import services as event_services
from praxisdialog.events import tasks as event_tasks
from praxisdialog.events.models import Event
from praxisdialog.moderation import services as moderation_services
from praxisdialog.moderation import tasks as moderation_tasks
from praxisdialog.moderation.models import QueueEntry
from praxisdialog.network import services as network_services
from praxisdialog.network import tasks as network_tasks
from praxisdialog.network.models import Conversation
from praxisdialog.notifications import services as notification_services
from praxisdialog.notifications import tasks as notification_tasks
from praxisdialog.notifications.models import Delivery, Kind, Notification
from tests.accounts.factories import StaffFactory, VerifiedUserFactory
from tests.contributions.factories import ContributionFactory
from tests.discussion.factories import CommentFactory
from tests.events.factories import EventFactory
from tests.moderation.factories import moderator
from tests.network.factories import ProfileFactory, conversation_between

pytestmark = pytest.mark.django_db


def _twice(task, **kwargs) -> None:
    mail.outbox.clear()
    task.call(**kwargs)
    task.call(**kwargs)


def test_review_mail_is_sent_once():
    contribution = ContributionFactory(status=Contribution.Status.SUBMITTED, published_at=None)
    review = contribution_review(
        contribution=contribution, reviewer=StaffFactory(), decision="publish", message=""
    )
    _twice(contribution_tasks.send_review_mail, review_id=review.pk)
    assert [m.to for m in mail.outbox] == [[contribution.author.email]]
    assert "veröffentlicht" in mail.outbox[0].subject


@pytest.mark.parametrize("kind", sorted(event_services.MAIL_KINDS))
def test_each_registration_mail_is_sent_once(kind):
    registration = event_services.registration_create(
        event=EventFactory(), user=VerifiedUserFactory()
    )
    _twice(event_tasks.send_registration_mail, registration_id=registration.pk, kind=kind)
    assert [m.to for m in mail.outbox] == [[registration.email]]


def test_a_later_change_of_the_event_is_mailed_again():
    """A change mail goes out once per version of the event (its sequence)."""
    registration = event_services.registration_create(
        event=EventFactory(), user=VerifiedUserFactory()
    )
    mail.outbox.clear()
    for version in (1, 2):
        Event.objects.filter(pk=registration.event_id).update(sequence=version)
        for _run in range(2):
            event_tasks.send_registration_mail.call(
                registration_id=registration.pk, kind="event_changed"
            )
        assert len(mail.outbox) == version


def test_reminders_are_sent_once(time_machine, django_capture_on_commit_callbacks):
    """The reminder task claims each reminder and queues its mail after commit."""
    event = EventFactory()
    registration = event_services.registration_create(event=event, user=VerifiedUserFactory())
    time_machine.move_to(event.starts_at - event_services.REMINDERS["2d"] + timedelta(minutes=1))
    mail.outbox.clear()
    for _run in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            event_tasks.send_event_reminders.call(event_id=event.pk, kind="2d")
    assert [m.to for m in mail.outbox] == [[registration.email]]


def test_report_receipt_and_outcome_are_sent_once():
    comment = CommentFactory()
    report = moderation_services.report_create(
        target=comment,
        reason="hate",
        explanation="Beleidigend",
        good_faith=True,
        email="besucherin@example.org",
        ip="10.0.0.1",
    )
    _twice(moderation_tasks.send_report_receipt, report_id=report.pk)
    assert [m.to for m in mail.outbox] == [["besucherin@example.org"]]

    decision = moderation_services.decision_make(
        entry=QueueEntry.objects.get(),
        moderator=moderator(),
        action="hide",
        ground="hate",
        explanation="Beleidigung",
    )
    _twice(moderation_tasks.send_report_outcome, report_id=report.pk, decision_id=decision.pk)
    assert [m.to for m in mail.outbox] == [["besucherin@example.org"]]
    assert "entschieden" in mail.outbox[0].body


def test_contact_request_accept_and_message_mails_are_sent_once():
    sender, recipient = ProfileFactory(), ProfileFactory()
    request = network_services.contact_request_send(
        sender=sender.user, profile=recipient, message="Hallo, darf ich fragen?"
    )
    _twice(network_tasks.send_contact_request_mail, request_id=request.pk)
    assert [m.to for m in mail.outbox] == [[recipient.user.email]]

    conversation = network_services.contact_request_answer(
        contact_request=request, user=recipient.user, accept=True
    )
    _twice(network_tasks.send_contact_accepted_mail, conversation_id=conversation.pk)
    assert [m.to for m in mail.outbox] == [[sender.user.email]]

    message = network_services.message_send(
        conversation=Conversation.objects.get(pk=conversation.pk),
        author=sender.user,
        text="Danke!",
    )
    _twice(network_tasks.send_message_mail, message_id=message.pk)
    assert [m.to for m in mail.outbox] == [[recipient.user.email]]


def test_two_messages_are_two_mails():
    one, two = VerifiedUserFactory(), VerifiedUserFactory()
    conversation = conversation_between(one, two)
    for text in ("Erste Nachricht", "Zweite Nachricht"):
        message = network_services.message_send(conversation=conversation, author=one, text=text)
        network_tasks.send_message_mail.call(message_id=message.pk)
    mail.outbox.clear()
    for message in conversation.messages.all():
        network_tasks.send_message_mail.call(message_id=message.pk)
    assert mail.outbox == []
    assert SentMail.objects.filter(key__startswith="network.message:").count() == 2


def test_notification_mail_and_digest_are_sent_once():
    person = VerifiedUserFactory()
    [notification] = notification_services.notify(
        recipients=[person], kind=Kind.COMMENT_REPLY, data={"title": "Erfahrung"}, url="/"
    )
    _twice(notification_tasks.send_notification_mail, notification_id=notification.pk)
    assert [m.to for m in mail.outbox] == [[person.email]]

    notification_services.preference_set(
        user=person, kind=Kind.COMMENT_REPLY, delivery=Delivery.DIGEST
    )
    notification_services.notify(
        recipients=[person], kind=Kind.COMMENT_REPLY, data={"title": "Erfahrung"}, url="/"
    )
    _twice(notification_tasks.send_digest, user_id=person.pk)
    assert [m.to for m in mail.outbox] == [[person.email]]
    assert not Notification.objects.filter(recipient=person, emailed_at__isnull=True).exists()


def test_a_failed_send_leaves_the_mail_to_the_next_run(monkeypatch):
    """The claim and the hand-over to the mailer commit together: a mail server that
    refuses leaves no claim behind, so the retry sends."""
    one, two = VerifiedUserFactory(), VerifiedUserFactory()
    message = network_services.message_send(
        conversation=conversation_between(one, two), author=one, text="Hallo"
    )

    def refuse(*args, **kwargs):
        raise ConnectionRefusedError

    mail.outbox.clear()
    with monkeypatch.context() as patch:
        patch.setattr("django.core.mail.backends.locmem.EmailBackend.send_messages", refuse)
        with pytest.raises(ConnectionRefusedError):
            network_tasks.send_message_mail.call(message_id=message.pk)
    assert not SentMail.objects.exists()
    _twice(network_tasks.send_message_mail, message_id=message.pk)
    assert [m.to for m in mail.outbox] == [[two.email]]
