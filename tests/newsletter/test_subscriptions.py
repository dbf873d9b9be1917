"""Double opt-in: states, expiry, consent proof, unsubscribe and the privacy helpers."""

import re
from datetime import timedelta
from io import StringIO

import pytest
import time_machine
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone

from praxisdialog.calls.models import Role
from praxisdialog.newsletter import selectors, services
from praxisdialog.newsletter.models import Subscriber
from tests.newsletter.factories import NewsletterFactory, SubscriberFactory

pytestmark = pytest.mark.django_db

CONSENT = "Ich möchte den Newsletter per E-Mail erhalten (Text wie gezeigt)."


def _request(capture, **kwargs):
    data = {"email": "amal@example.org", "language": "de", "consent_text": CONSENT}
    with capture(execute=True):
        services.subscription_request(**{**data, **kwargs})


def _token(message) -> str:
    return re.search(r"/newsletter/confirm/([\w-]+)/", message.body).group(1)


def test_subscribe_is_pending_until_the_link_is_used(django_capture_on_commit_callbacks):
    role = Role.objects.get(slug="founder")
    _request(django_capture_on_commit_callbacks, email=" Amal@Example.org ", role=role)
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "amal@example.org"
    assert subscriber.status == Subscriber.Status.PENDING
    assert subscriber.confirmed_at is None
    assert subscriber.consent_text == ""

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["amal@example.org"]
    assert message.subject == "Bitte bestätigen Sie Ihr Newsletter-Abonnement"
    token = _token(message)
    # Only a hash of the token is stored.
    assert subscriber.token_hash == selectors.token_hash(token)
    assert token not in str(Subscriber.objects.values().get())

    confirmed = services.subscription_confirm(token=token)
    assert confirmed.status == Subscriber.Status.CONFIRMED
    assert confirmed.confirmed_at is not None
    assert confirmed.consent_text == CONSENT
    assert confirmed.consent_version == services.CONSENT_VERSION
    assert confirmed.role == role
    # The link works once.
    with pytest.raises(ValidationError):
        services.subscription_confirm(token=token)


def test_the_link_expires(django_capture_on_commit_callbacks, settings):
    settings.NEWSLETTER_CONFIRMATION_HOURS = 48
    _request(django_capture_on_commit_callbacks)
    token = _token(mail.outbox[0])
    with time_machine.travel(timezone.now() + timedelta(hours=49)):
        with pytest.raises(services.LinkExpired):
            services.subscription_confirm(token=token)
        assert Subscriber.objects.get().status == Subscriber.Status.PENDING
        # A new link can be asked for with the old one; it goes to the stored address.
        with django_capture_on_commit_callbacks(execute=True):
            services.confirmation_resend(token=token)
        assert len(mail.outbox) == 2
        assert mail.outbox[1].to == ["amal@example.org"]
        new_token = _token(mail.outbox[1])
        assert new_token != token
        assert services.subscription_confirm(token=new_token).status == "confirmed"


def test_the_link_is_valid_just_before_it_expires(django_capture_on_commit_callbacks):
    _request(django_capture_on_commit_callbacks)
    token = _token(mail.outbox[0])
    with time_machine.travel(timezone.now() + timedelta(hours=47, minutes=59)):
        assert services.subscription_confirm(token=token).status == "confirmed"


def test_a_stranger_cannot_change_a_subscription_without_the_link(
    django_capture_on_commit_callbacks,
):
    subscriber = SubscriberFactory(email="amal@example.org", language="de", region="DE-SN")
    _request(django_capture_on_commit_callbacks, language="en", region="DE-BY")
    subscriber.refresh_from_db()
    assert (subscriber.status, subscriber.language, subscriber.region) == (
        "confirmed",
        "de",
        "DE-SN",
    )
    # The owner of the address is asked, in the language requested.
    message = mail.outbox[0]
    assert message.to == ["amal@example.org"]
    assert "changes" in message.subject
    services.subscription_confirm(token=_token(message))
    subscriber.refresh_from_db()
    assert (subscriber.language, subscriber.region) == ("en", "DE-BY")


def test_an_unsubscribed_address_stays_unsubscribed_until_confirmed(
    django_capture_on_commit_callbacks,
):
    subscriber = SubscriberFactory(email="amal@example.org", status=Subscriber.Status.UNSUBSCRIBED)
    _request(django_capture_on_commit_callbacks)
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    services.subscription_confirm(token=_token(mail.outbox[0]))
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    assert subscriber.unsubscribed_at is None


def test_one_confirmation_mail_per_address_in_ten_minutes(django_capture_on_commit_callbacks):
    _request(django_capture_on_commit_callbacks)
    _request(django_capture_on_commit_callbacks, email="AMAL@example.org")
    assert len(mail.outbox) == 1
    assert Subscriber.objects.count() == 1
    with time_machine.travel(timezone.now() + timedelta(minutes=11)):
        _request(django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 2


def test_bad_address_changes_nothing():
    with pytest.raises(ValidationError) as error:
        services.subscription_request(email="nicht-gültig", language="de", consent_text=CONSENT)
    assert error.value.message_dict["email"] == ["Bitte geben Sie eine gültige E-Mail-Adresse ein."]
    assert not Subscriber.objects.exists()


def test_a_logged_in_person_is_linked_only_to_their_own_address(
    user, django_capture_on_commit_callbacks
):
    _request(django_capture_on_commit_callbacks, email="someone-else@example.org", user=user)
    _request(django_capture_on_commit_callbacks, email=user.email, user=user)
    for message in mail.outbox:
        services.subscription_confirm(token=_token(message))
    assert Subscriber.objects.get(email="someone-else@example.org").user is None
    assert Subscriber.objects.get(email=user.email.lower()).user == user


def test_unsubscribe_withdraw_export_and_forget():
    subscriber = SubscriberFactory(email="amal@example.org")
    newsletter = NewsletterFactory()
    newsletter.deliveries.create(subscriber=subscriber, status="sent")

    exported = selectors.subscriptions_for_export(email="AMAL@example.org")
    assert exported[0]["consent_text"] == subscriber.consent_text
    assert exported[0]["consent_version"] == services.CONSENT_VERSION
    assert exported[0]["confirmed_at"]
    assert exported[0]["newsletters_received"] == 1

    assert services.subscription_withdraw(email="amal@example.org") is True
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.unsubscribed_at is not None
    assert subscriber.consent_text  # the proof stays after withdrawal

    assert services.subscriber_forget(email="Amal@example.org") == 2
    assert not Subscriber.objects.exists()
    assert not newsletter.deliveries.exists()
    assert selectors.subscriptions_for_export(email="amal@example.org") == []
    assert services.subscription_withdraw(email="amal@example.org") is False


def test_unsubscribe_tokens_are_signed():
    subscriber = SubscriberFactory()
    token = selectors.unsubscribe_token(subscriber.pk)
    assert selectors.subscriber_get_by_unsubscribe_token(token=token) == subscriber
    forged = f"{subscriber.pk}.{'x' * 16}"
    assert selectors.subscriber_get_by_unsubscribe_token(token=forged) is None


def test_unconfirmed_addresses_are_deleted_after_thirty_days():
    old = SubscriberFactory(
        status=Subscriber.Status.PENDING,
        confirmed_at=None,
        confirmation_sent_at=timezone.now() - timedelta(days=31),
    )
    recent = SubscriberFactory(
        status=Subscriber.Status.PENDING,
        confirmed_at=None,
        confirmation_sent_at=timezone.now() - timedelta(days=2),
    )
    confirmed = SubscriberFactory(confirmation_sent_at=timezone.now() - timedelta(days=90))
    call_command("newsletter_housekeeping", stdout=StringIO())
    remaining = set(Subscriber.objects.all())
    assert old not in remaining
    assert remaining == {recent, confirmed}
