"""Subscriptions with double opt-in, and the sending of newsletters.

Subscribing never reveals whether an address is already on the list, and nothing a
visitor types takes effect before the confirmation link is used: the request waits in
`Subscriber.pending_data`. The raw confirmation token exists only in the mail (the
task that sends it creates it), the database keeps its SHA-256.

Sending: `newsletter_send` snapshots the recipients into Delivery rows in one
transaction, then enqueues one task per batch of delivery ids. A batch claims its rows
with a conditional update (pending -> sending, marked with its own claim), so a task
run twice sends nothing twice, sends them over one SMTP connection, and records each
result. Failed rows are retried by a later task with backoff, up to MAX_ATTEMPTS."""

import contextlib
import secrets
import smtplib
import uuid
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives, mailers
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from praxisdialog.calls.models import Call, Role
from praxisdialog.contributions.models import Region
from praxisdialog.core.emails import send_templated_mail
from praxisdialog.core.i18n import other_languages
from praxisdialog.core.texts import text_errors

from .mail import Prototypes
from .models import Delivery, Newsletter, Subscriber
from .rendering import Rendered, newsletter_render
from .selectors import (
    confirmation_lifetime,
    subscriber_get_by_token,
    subscriber_list_for_newsletter,
    token_hash,
    unsubscribe_token,
)

CONSENT_VERSION = "2026-11-newsletter-1"
CONSENT_TEXT = gettext_lazy(
    "I would like to receive the newsletter by e-mail: news about calls, discussions, "
    "workshops and the network. I can unsubscribe at any time through the link in "
    "every newsletter."
)
MAX_ATTEMPTS = 3
RETRY_BACKOFF = [timedelta(minutes=2), timedelta(minutes=15), timedelta(hours=1)]
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def batch_size() -> int:
    return settings.NEWSLETTER_BATCH_SIZE


def resend_interval() -> timedelta:
    """At most one confirmation mail per address in this time, so the form cannot be
    used to flood someone's mailbox."""
    return timedelta(minutes=settings.NEWSLETTER_RESEND_MINUTES)


# --- subscriptions -----------------------------------------------------------------


def _normalise_email(email: str) -> str:
    email = (email or "").strip().lower()
    try:
        validate_email(email)
    except ValidationError:
        raise ValidationError(
            {"email": _("Please enter a valid e-mail address.")}, code="invalid"
        ) from None
    return email


def subscription_request(
    *,
    email: str,
    language: str,
    role: Role | None = None,
    region: str = "",
    consent_text: str,
    user=None,
) -> None:
    """Asks for a subscription (or a change of one). The same happens, and the caller
    says the same, whether the address is new, pending, subscribed or unsubscribed:
    a confirmation mail goes to the address, at most once per `resend_interval()`."""
    email = _normalise_email(email)
    if language not in LANGUAGE_CODES:
        language = settings.LANGUAGE_CODE
    if region not in Region.values:
        region = ""
    linked_user = user if user is not None and user.email.lower() == email else None
    now = timezone.now()
    wanted = {
        "language": language,
        "role_id": role.pk if role else None,
        "region": region,
        "user_id": linked_user.pk if linked_user else None,
        "consent_text": str(consent_text),
    }
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().filter(email__iexact=email).first()
        if subscriber is None:
            try:
                with transaction.atomic():
                    subscriber = Subscriber.objects.create(
                        email=email, language=language, role=role, region=region
                    )
            except IntegrityError:  # the same address at the same moment
                return
        elif (
            subscriber.confirmation_sent_at
            and now - subscriber.confirmation_sent_at < resend_interval()
        ):
            return
        subscriber.pending_data = wanted
        subscriber.confirmation_sent_at = now
        # The earlier link stops working now, not only when the new one is made.
        subscriber.token_hash = ""
        subscriber.save(update_fields=["pending_data", "confirmation_sent_at", "token_hash"])
        _confirmation_on_commit(subscriber)


def _confirmation_on_commit(subscriber: Subscriber) -> None:
    from .tasks import send_confirmation

    subscriber_id = subscriber.pk
    transaction.on_commit(lambda: send_confirmation.enqueue(subscriber_id=subscriber_id))


def confirmation_send(*, subscriber: Subscriber) -> None:
    """Creates a new confirmation token (the previous link stops working) and mails it."""
    token = secrets.token_urlsafe(32)
    now = timezone.now()
    Subscriber.objects.filter(pk=subscriber.pk).update(
        token_hash=token_hash(token), confirmation_sent_at=now
    )
    language = subscriber.pending_data.get("language") or subscriber.language
    send_templated_mail(
        template="newsletter/emails/confirm",
        to=[subscriber.email],
        language=language,
        context={
            "confirm_url": settings.SITE_URL
            + reverse("newsletter:confirm", kwargs={"token": token}),
            "hours": int(confirmation_lifetime().total_seconds() // 3600),
            "already_subscribed": subscriber.status == Subscriber.Status.CONFIRMED,
        },
    )


class LinkExpired(ValidationError):
    pass


def subscription_confirm(*, token: str) -> Subscriber:
    """Applies the waiting request and keeps the proof of consent: when, and the exact
    text the person agreed to. The link works once."""
    from .selectors import confirmation_expired

    with transaction.atomic():
        found = subscriber_get_by_token(token=token)
        if found is None:
            raise ValidationError(_("This link is not valid."), code="invalid")
        subscriber = Subscriber.objects.select_for_update().get(pk=found.pk)
        if confirmation_expired(subscriber):
            raise LinkExpired(_("This link has expired."), code="expired")
        wanted = subscriber.pending_data or {}
        subscriber.language = wanted.get("language", subscriber.language)
        role_id = wanted.get("role_id")
        subscriber.role = Role.objects.filter(pk=role_id).first() if role_id else None
        subscriber.region = wanted.get("region", "")
        if wanted.get("user_id"):
            subscriber.user_id = wanted["user_id"]
        subscriber.consent_text = wanted.get("consent_text") or str(CONSENT_TEXT)
        subscriber.consent_version = CONSENT_VERSION
        subscriber.status = Subscriber.Status.CONFIRMED
        subscriber.confirmed_at = timezone.now()
        subscriber.unsubscribed_at = None
        subscriber.pending_data = {}
        subscriber.token_hash = ""
        subscriber.save()
    return subscriber


def confirmation_resend(*, token: str) -> None:
    """A new link for someone whose link has expired; it goes to the stored address."""
    with transaction.atomic():
        found = subscriber_get_by_token(token=token)
        if found is None:
            raise ValidationError(_("This link is not valid."), code="invalid")
        subscriber = Subscriber.objects.select_for_update().get(pk=found.pk)
        now = timezone.now()
        if (
            subscriber.confirmation_sent_at
            and now - subscriber.confirmation_sent_at < resend_interval()
        ):
            return
        subscriber.confirmation_sent_at = now
        subscriber.token_hash = ""
        subscriber.save(update_fields=["confirmation_sent_at", "token_hash"])
        _confirmation_on_commit(subscriber)


def subscription_unsubscribe(*, subscriber: Subscriber) -> Subscriber:
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
        if subscriber.status != Subscriber.Status.UNSUBSCRIBED:
            subscriber.status = Subscriber.Status.UNSUBSCRIBED
            subscriber.unsubscribed_at = timezone.now()
        subscriber.pending_data = {}
        subscriber.token_hash = ""
        subscriber.save()
    return subscriber


def subscription_withdraw(*, email: str) -> bool:
    """Withdraws consent for an address (from the privacy pages); the consent proof stays."""
    subscriber = Subscriber.objects.filter(email__iexact=email.strip()).first()
    if subscriber is None:
        return False
    subscription_unsubscribe(subscriber=subscriber)
    return True


def subscriber_forget(*, email: str) -> int:
    """Erases an address with its deliveries (GDPR Art. 17); returns how many rows went."""
    with transaction.atomic():
        deleted, _per_model = Subscriber.objects.filter(email__iexact=email.strip()).delete()
    return deleted


# --- composing -----------------------------------------------------------------------


@dataclass
class NewsletterData:
    subject: str
    body: str
    # The versions in other languages: {language: {"subject": ..., "body": ...}}.
    versions: dict[str, dict[str, str]] = field(default_factory=dict)
    languages: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    call: Call | None = None


def _check(data: NewsletterData) -> None:
    errors = {}
    if problems := text_errors(data.subject, required=_("Please enter a subject.")):
        errors["subject"] = problems[:1]
    if problems := text_errors(data.body, required=_("Please write the text.")):
        errors["body"] = problems[:1]
    for code, _name in other_languages():
        version = data.versions.get(code) or {}
        subject, body = (version.get("subject") or "").strip(), (version.get("body") or "").strip()
        if bool(subject) != bool(body):
            errors[f"version_{code}_body"] = _(
                "For a version in another language, please fill in both subject and text."
            )
    if errors:
        raise ValidationError(errors)


def _apply(newsletter: Newsletter, data: NewsletterData) -> None:
    newsletter.subject = data.subject.strip()
    newsletter.body = data.body
    newsletter.translations = {
        code: {"subject": version["subject"].strip(), "body": version["body"]}
        for code, _name in other_languages()
        if (version := data.versions.get(code) or {}).get("subject", "").strip()
        and version.get("body", "").strip()
    }
    newsletter.languages = [code for code in data.languages if code in LANGUAGE_CODES]
    newsletter.regions = [code for code in data.regions if code in Region.values]
    newsletter.call = data.call


def newsletter_create(*, author, data: NewsletterData) -> Newsletter:
    _check(data)
    with transaction.atomic():
        newsletter = Newsletter(created_by=author)
        _apply(newsletter, data)
        newsletter.save()
        newsletter.roles.set(data.roles)
    return newsletter


def newsletter_update(*, newsletter: Newsletter, data: NewsletterData) -> Newsletter:
    _check(data)
    with transaction.atomic():
        newsletter = Newsletter.objects.select_for_update().get(pk=newsletter.pk)
        if newsletter.status != Newsletter.Status.DRAFT:
            raise ValidationError(_("A newsletter that has been sent cannot be changed."))
        _apply(newsletter, data)
        newsletter.save()
        newsletter.roles.set(data.roles)
    return newsletter


def newsletter_send_test(*, newsletter: Newsletter, user, language: str) -> None:
    """Sends the newsletter as recipients in `language` will see it, to `user` only."""
    subscribe_url = settings.SITE_URL + reverse("newsletter:subscribe")
    # Asks for a missing machine translation; the test shows the German until it is made.
    rendered = newsletter_render(newsletter, language, unsubscribe_url=subscribe_url, ask=True)
    message = EmailMultiAlternatives(
        subject=_("[Test] %(subject)s") % {"subject": rendered.subject},
        body=rendered.text,
        to=[user.email],
    )
    message.attach_alternative(rendered.html, "text/html")
    message.send()


# --- sending -----------------------------------------------------------------------


def newsletter_send(*, newsletter: Newsletter, user) -> int:
    """Snapshots the recipients and starts the batches; returns the number of deliveries.
    Runs once per newsletter: the row lock and the status check stop a second start."""
    with transaction.atomic():
        newsletter = Newsletter.objects.select_for_update().get(pk=newsletter.pk)
        if newsletter.status != Newsletter.Status.DRAFT:
            raise ValidationError(_("This newsletter has already been sent."), code="sent")
        subscriber_ids = list(
            subscriber_list_for_newsletter(newsletter=newsletter)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        if not subscriber_ids:
            raise ValidationError(
                _("No confirmed subscriber matches the chosen segments."), code="empty"
            )
        Delivery.objects.bulk_create(
            [Delivery(newsletter=newsletter, subscriber_id=pk) for pk in subscriber_ids],
            batch_size=1000,
        )
        newsletter.status = Newsletter.Status.SENDING
        newsletter.sending_started_at = timezone.now()
        newsletter.save(update_fields=["status", "sending_started_at", "updated_at"])
        delivery_ids = list(
            Delivery.objects.filter(newsletter=newsletter)
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        size = batch_size()
        ranges = [
            (delivery_ids[start], delivery_ids[min(start + size, len(delivery_ids)) - 1])
            for start in range(0, len(delivery_ids), size)
        ]
        newsletter_id = newsletter.pk

        def enqueue() -> None:
            from .tasks import send_batch

            for first_id, last_id in ranges:
                send_batch.enqueue(newsletter_id=newsletter_id, first_id=first_id, last_id=last_id)

        transaction.on_commit(enqueue)
    return len(delivery_ids)


def delivery_batch_send(*, newsletter: Newsletter, first_id: int, last_id: int) -> int:
    """Sends the pending deliveries with ids in [first_id, last_id]; returns how many
    went out. Safe to run twice: only rows this run claimed are sent."""
    claim = uuid.uuid4().hex
    Delivery.objects.filter(
        newsletter=newsletter,
        pk__gte=first_id,
        pk__lte=last_id,
        status=Delivery.Status.PENDING,
    ).update(status=Delivery.Status.SENDING, claim=claim)
    sent = _send_claimed(newsletter, claim)
    _finish_if_done(newsletter)
    return sent


def deliveries_retry(*, newsletter: Newsletter) -> int:
    """Sends the failed deliveries that have attempts left, in batches."""
    claim = uuid.uuid4().hex
    Delivery.objects.filter(
        newsletter=newsletter, status=Delivery.Status.FAILED, attempts__lt=MAX_ATTEMPTS
    ).update(status=Delivery.Status.SENDING, claim=claim)
    sent = _send_claimed(newsletter, claim)
    _finish_if_done(newsletter)
    return sent


def _send_claimed(newsletter: Newsletter, claim: str) -> int:
    """Sends every row carrying `claim` over one connection, per batch_size() rows."""
    rows = list(
        Delivery.objects.filter(claim=claim, status=Delivery.Status.SENDING)
        .order_by("pk")
        .values_list("pk", "subscriber_id", "subscriber__email", "subscriber__language")
    )
    if not rows:
        return 0
    unsubscribe_base = settings.SITE_URL + reverse(
        "newsletter:unsubscribe", kwargs={"token": "TOKEN"}
    )
    rendered: dict[str, Rendered] = {}
    prototypes = Prototypes(unsubscribe_base)
    size = batch_size()
    sent_total = 0
    for start in range(0, len(rows), size):
        sent: list[int] = []
        failed: dict[int, str] = {}
        try:
            _send_rows(rows[start : start + size], newsletter, rendered, prototypes, sent, failed)
        finally:
            # Even after an unexpected error, what went out is recorded; rows not
            # reached stay "sending" and are never sent twice.
            _record(claim, sent, failed)
        sent_total += len(sent)
    return sent_total


def _send_rows(rows, newsletter, rendered, prototypes, sent, failed) -> None:
    """Sends `rows` over one SMTP connection, filling in `sent` and `failed`."""
    connection = mailers.default
    try:
        connection.open()
    except (smtplib.SMTPException, OSError) as error:
        failed.update({row[0]: _error_text(error) for row in rows})
        return
    try:
        for pk, subscriber_id, email, language in rows:
            if language not in rendered:
                # A task: a missing machine translation is made here (else German).
                rendered[language] = newsletter_render(newsletter, language, make=True)
            message = prototypes.message(
                rendered[language], to=email, token=unsubscribe_token(subscriber_id)
            )
            try:
                accepted = connection.send_messages([message])
            except (smtplib.SMTPException, OSError, ValueError) as error:
                failed[pk] = _error_text(error)
                if isinstance(error, (smtplib.SMTPServerDisconnected, OSError)):
                    _reopen(connection)
            else:
                if accepted:
                    sent.append(pk)
                else:
                    failed[pk] = "not accepted"
    finally:
        connection.close()


def _reopen(connection) -> None:
    connection.close()
    # If it cannot reconnect, the next message fails too and is recorded.
    with contextlib.suppress(smtplib.SMTPException, OSError):
        connection.open()


def _error_text(error: Exception) -> str:
    return f"{type(error).__name__}: {error}"[:300]


def _record(claim: str, sent: list[int], failed: dict[int, str]) -> None:
    now = timezone.now()
    claimed = Delivery.objects.filter(claim=claim, status=Delivery.Status.SENDING)
    with transaction.atomic():
        for start in range(0, len(sent), 500):
            claimed.filter(pk__in=sent[start : start + 500]).update(
                status=Delivery.Status.SENT, sent_at=now, attempts=F("attempts") + 1, error=""
            )
        by_error: dict[str, list[int]] = {}
        for pk, error in failed.items():
            by_error.setdefault(error, []).append(pk)
        for error, pks in by_error.items():
            for start in range(0, len(pks), 500):
                claimed.filter(pk__in=pks[start : start + 500]).update(
                    status=Delivery.Status.FAILED, attempts=F("attempts") + 1, error=error
                )
    if failed:
        _schedule_retry(claim)


def _schedule_retry(claim: str) -> None:
    from .tasks import retry_deliveries

    row = (
        Delivery.objects.filter(claim=claim, status=Delivery.Status.FAILED)
        .values("newsletter_id", "attempts")
        .order_by("attempts")
        .first()
    )
    if row is None or row["attempts"] >= MAX_ATTEMPTS:
        return
    newsletter_id = row["newsletter_id"]
    task = retry_deliveries
    if task.get_backend().supports_defer:
        delay = RETRY_BACKOFF[min(row["attempts"], len(RETRY_BACKOFF)) - 1]
        task = task.using(run_after=timezone.now() + delay)
    transaction.on_commit(lambda: task.enqueue(newsletter_id=newsletter_id))


def _finish_if_done(newsletter: Newsletter) -> None:
    open_rows = Delivery.objects.filter(newsletter=newsletter).filter(
        Q(status__in=[Delivery.Status.PENDING, Delivery.Status.SENDING])
        | Q(status=Delivery.Status.FAILED, attempts__lt=MAX_ATTEMPTS)
    )
    if not open_rows.exists():
        Newsletter.objects.filter(pk=newsletter.pk, status=Newsletter.Status.SENDING).update(
            status=Newsletter.Status.SENT, sent_at=timezone.now()
        )


def subscribers_purge_unconfirmed(*, older_than: timedelta = timedelta(days=30)) -> int:
    """Deletes addresses that were never confirmed: without consent there is no reason
    to keep them (GDPR Art. 5(1)(e)). Returns how many went."""
    cutoff = timezone.now() - older_than
    deleted, _per_model = Subscriber.objects.filter(
        status=Subscriber.Status.PENDING,
        confirmed_at__isnull=True,
        confirmation_sent_at__lt=cutoff,
    ).delete()
    return deleted
