"""Segments, batches over a real SMTP server, delivery records, retries, languages."""

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from praxisdialog.calls.models import Role
from praxisdialog.contributions.models import Contribution
from praxisdialog.newsletter import selectors, services
from praxisdialog.newsletter.models import Delivery, Newsletter, Subscriber
from tests.accounts.factories import VerifiedUserFactory
from tests.contributions.factories import ContributionFactory
from tests.newsletter.factories import NewsletterFactory, SubscriberFactory

pytestmark = pytest.mark.django_db


def _send(newsletter, staff, capture):
    with capture(execute=True):
        return services.newsletter_send(newsletter=newsletter, user=staff)


def test_segments_by_language_role_region_and_call(call):
    founder = Role.objects.get(slug="founder")
    employer = Role.objects.get(slug="employer")
    german_founder = SubscriberFactory(language="de", role=founder, region="DE-SN")
    english_founder = SubscriberFactory(language="en", role=founder, region="DE-BY")
    employer_sn = SubscriberFactory(language="de", role=employer, region="DE-SN")
    SubscriberFactory(status=Subscriber.Status.PENDING, role=founder)
    SubscriberFactory(status=Subscriber.Status.UNSUBSCRIBED, role=founder)

    def recipients(**segments):
        newsletter = NewsletterFactory(**{k: v for k, v in segments.items() if k != "roles"})
        newsletter.roles.set(segments.get("roles", []))
        return set(selectors.subscriber_list_for_newsletter(newsletter=newsletter))

    assert recipients() == {german_founder, english_founder, employer_sn}
    assert recipients(languages=["en"]) == {english_founder}
    assert recipients(roles=[founder]) == {german_founder, english_founder}
    assert recipients(regions=["DE-SN"]) == {german_founder, employer_sn}
    assert recipients(roles=[founder], regions=["DE-SN"]) == {german_founder}

    # Participants of a call: matched by their account or by their address.
    author = VerifiedUserFactory(email="Autorin@example.org")
    ContributionFactory(call=call, author=author)
    by_address = SubscriberFactory(email="autorin@example.org")
    linked_user = VerifiedUserFactory()
    ContributionFactory(call=call, author=linked_user)
    by_account = SubscriberFactory(email="anders@example.org", user=linked_user)
    drafter = VerifiedUserFactory()
    ContributionFactory(call=call, author=drafter, status=Contribution.Status.DRAFT)
    SubscriberFactory(email=drafter.email)
    assert recipients(call=call) == {by_address, by_account}


def test_sending_to_a_real_smtp_server(staff, smtp_server, django_capture_on_commit_callbacks):
    german = SubscriberFactory(email="de@example.org", language="de")
    english = SubscriberFactory(email="en@example.org", language="en")
    newsletter = NewsletterFactory(
        subject="Neuigkeiten im März",
        translations={
            "en": {
                "subject": "News in March",
                "body": "Hello,\n\nthere are **new** experiences & dates.",
            }
        },
    )

    assert _send(newsletter, staff, django_capture_on_commit_callbacks) == 2

    smtp_server.wait_for(2)
    by_address = {message["To"]: message for message in smtp_server.messages}
    assert set(by_address) == {"de@example.org", "en@example.org"}
    de_message, en_message = by_address["de@example.org"], by_address["en@example.org"]
    assert de_message["Subject"] == "Neuigkeiten im März"
    assert en_message["Subject"] == "News in March"
    for message, subscriber in ((de_message, german), (en_message, english)):
        assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        url = message["List-Unsubscribe"].strip()
        token = selectors.unsubscribe_token(subscriber.pk)
        assert url.startswith("<http")
        assert "=?" not in url  # short enough not to be encoded
        assert url.endswith(f"/newsletter/u/{token}/>")
        text = message.get_body(("plain",)).get_content()
        html = message.get_body(("html",)).get_content()
        assert url.strip("<>") in text
        assert url.strip("<>") in html
    assert (
        "es gibt <strong>neue</strong> Erfahrungen &amp; Termine"
        in de_message.get_body(("html",)).get_content()
    )
    assert "there are **new** experiences & dates." in en_message.get_body(("plain",)).get_content()
    assert "Mit einem Klick abbestellen" in de_message.get_body(("plain",)).get_content()
    assert "Unsubscribe with one click" in en_message.get_body(("plain",)).get_content()

    newsletter.refresh_from_db()
    assert newsletter.status == Newsletter.Status.SENT
    assert newsletter.sent_at is not None
    deliveries = Delivery.objects.filter(newsletter=newsletter)
    assert {(d.status, d.attempts) for d in deliveries} == {("sent", 1)}
    assert all(d.sent_at for d in deliveries)


def test_english_readers_get_german_when_there_is_no_translation(
    staff, django_capture_on_commit_callbacks
):
    SubscriberFactory(email="en@example.org", language="en")
    newsletter = NewsletterFactory(subject="Nur Deutsch", translations={})
    _send(newsletter, staff, django_capture_on_commit_callbacks)
    message = mail.outbox[0]
    assert message.subject == "Nur Deutsch"
    assert "abbestellen" in message.body


def test_batches_claim_their_rows_so_a_repeated_task_sends_nothing_twice(
    staff, settings, django_capture_on_commit_callbacks
):
    settings.NEWSLETTER_BATCH_SIZE = 2
    SubscriberFactory.create_batch(5)
    newsletter = NewsletterFactory()
    _send(newsletter, staff, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 5
    ids = list(newsletter.deliveries.order_by("pk").values_list("pk", flat=True))

    # The same batch run again (a worker retried it): nothing more goes out.
    assert (
        services.delivery_batch_send(newsletter=newsletter, first_id=ids[0], last_id=ids[-1]) == 0
    )
    assert len(mail.outbox) == 5
    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        Subscriber.objects.values_list("email", flat=True)
    )


def test_failures_are_recorded_and_retried(staff, smtp_server, django_capture_on_commit_callbacks):
    SubscriberFactory(email="ok@example.org")
    SubscriberFactory(email="busy@example.org")
    smtp_server.refuse = {"busy@example.org"}
    smtp_server.refusals = 1
    newsletter = NewsletterFactory()
    _send(newsletter, staff, django_capture_on_commit_callbacks)

    busy = Delivery.objects.get(subscriber__email="busy@example.org")
    assert busy.status == Delivery.Status.SENT
    assert busy.attempts == 2  # refused once, delivered by the retry
    assert sorted(m["To"] for m in smtp_server.messages) == ["busy@example.org", "ok@example.org"]
    newsletter.refresh_from_db()
    assert newsletter.status == Newsletter.Status.SENT


def test_retries_stop_after_the_last_attempt(
    staff, smtp_server, django_capture_on_commit_callbacks
):
    SubscriberFactory(email="busy@example.org")
    smtp_server.refuse = {"busy@example.org"}
    smtp_server.refusals = 99
    newsletter = NewsletterFactory()
    _send(newsletter, staff, django_capture_on_commit_callbacks)

    delivery = Delivery.objects.get()
    assert delivery.status == Delivery.Status.FAILED
    assert delivery.attempts == services.MAX_ATTEMPTS
    assert "450" in delivery.error
    assert smtp_server.messages == []
    newsletter.refresh_from_db()
    assert newsletter.status == Newsletter.Status.SENT
    assert selectors.delivery_progress(newsletter=newsletter)["failed"] == 1


def test_an_unreachable_server_fails_every_row_of_the_batch(
    staff, settings, django_capture_on_commit_callbacks
):
    from tests.smtp import free_port

    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": free_port(), "timeout": 2},
        }
    }
    SubscriberFactory.create_batch(3)
    newsletter = NewsletterFactory()
    _send(newsletter, staff, django_capture_on_commit_callbacks)
    assert set(Delivery.objects.values_list("status", "attempts")) == {
        ("failed", services.MAX_ATTEMPTS)
    }


def test_sending_twice_or_to_nobody_is_refused(staff, django_capture_on_commit_callbacks):
    newsletter = NewsletterFactory(languages=["en"])
    SubscriberFactory(language="de")
    with pytest.raises(ValidationError) as error:
        services.newsletter_send(newsletter=newsletter, user=staff)
    assert error.value.messages == ["Kein bestätigter Abonnent passt zu den gewählten Gruppen."]
    newsletter.refresh_from_db()
    assert newsletter.status == Newsletter.Status.DRAFT
    assert not Delivery.objects.exists()

    newsletter.languages = []
    newsletter.save()
    _send(newsletter, staff, django_capture_on_commit_callbacks)
    with pytest.raises(ValidationError):
        services.newsletter_send(newsletter=newsletter, user=staff)
    assert Delivery.objects.count() == 1
    assert len(mail.outbox) == 1


def test_test_mail_goes_only_to_the_sender(staff):
    SubscriberFactory()
    newsletter = NewsletterFactory(
        subject="Entwurf", translations={"en": {"subject": "Draft", "body": "Text"}}
    )
    services.newsletter_send_test(newsletter=newsletter, user=staff, language="en")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [staff.email]
    assert mail.outbox[0].subject == "[Test] Draft"
    assert not Delivery.objects.exists()
    newsletter.refresh_from_db()
    assert newsletter.status == Newsletter.Status.DRAFT


def test_compose_checks_the_input(staff):
    with pytest.raises(ValidationError) as error:
        services.newsletter_create(
            author=staff,
            data=services.NewsletterData(
                subject=" ", body="x", versions={"ar": {"subject": "فقط", "body": ""}}
            ),
        )
    assert set(error.value.message_dict) == {"subject", "version_ar_body"}
    assert not Newsletter.objects.exists()


def test_prepared_bytes_equal_the_ordinary_serialisation():
    import email.policy
    import re

    from django.core.mail import EmailMultiAlternatives

    from praxisdialog.newsletter.mail import Prototypes, build_message
    from praxisdialog.newsletter.rendering import newsletter_render

    long_line = "Eine lange Zeile über Werkstätten, Gründerinnen und Gleichheit (a = b). " * 6
    newsletter = NewsletterFactory(body=f"# Titel\n\n{long_line}\n\n- eins\n- zwei\n")
    rendered = newsletter_render(newsletter, "de")
    base = "http://127.0.0.1:8000/newsletter/u/TOKEN/"
    prototypes = Prototypes(base)

    def normalised(data: bytes) -> bytes:
        data = re.sub(rb"={15}\d+==", b"BOUNDARY", data)
        data = re.sub(rb"Message-ID: <[^>]+>\r\n", b"", data)  # its place differs
        return re.sub(rb"Date: [^\r]+", b"Date: DATE", data)

    for pk, address in [(7, "a@example.org"), (123456, "a.much.longer.address@example.org")]:
        token = selectors.unsubscribe_token(pk)
        fast = prototypes.message(rendered, to=address, token=token)
        assert fast.prepared is not None
        url = base.replace("TOKEN", token)
        slow = build_message(rendered, to=address, unsubscribe_url=url)
        ordinary = EmailMultiAlternatives.message(slow, policy=email.policy.SMTP).as_bytes()
        assert normalised(fast.message(policy=email.policy.SMTP).as_bytes()) == normalised(ordinary)
        assert url.encode() in fast.prepared

    # An address that is not ASCII takes the ordinary way.
    other = prototypes.message(rendered, to="jürgen@exämple.org", token="5.0123456789abcdef")
    assert other.prepared is None
