import hashlib
from datetime import timedelta

from django.conf import settings
from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac

from praxisdialog.contributions.models import Contribution

from .models import Delivery, Newsletter, Subscriber

UNSUBSCRIBE_SALT = "newsletter.unsubscribe"
# Who counts as a participant of a call: everyone who handed in a contribution.
PARTICIPANT_STATUSES = [
    Contribution.Status.SUBMITTED,
    Contribution.Status.PUBLISHED,
    Contribution.Status.RETURNED,
]


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def confirmation_lifetime() -> timedelta:
    return timedelta(hours=settings.NEWSLETTER_CONFIRMATION_HOURS)


def subscriber_get_by_token(*, token: str) -> Subscriber | None:
    if not token:
        return None
    return Subscriber.objects.filter(token_hash=token_hash(token)).first()


def confirmation_expired(subscriber: Subscriber) -> bool:
    sent = subscriber.confirmation_sent_at
    return sent is None or timezone.now() > sent + confirmation_lifetime()


def _signature(subscriber_id: int) -> str:
    return salted_hmac(UNSUBSCRIBE_SALT, str(subscriber_id), algorithm="sha256").hexdigest()[:16]


def unsubscribe_token(subscriber_id: int) -> str:
    """A short signed token ("42.0123456789abcdef"): the List-Unsubscribe header must
    fit on one line, or mail libraries encode it and mail programs cannot use it."""
    return f"{subscriber_id}.{_signature(subscriber_id)}"


def subscriber_get_by_unsubscribe_token(*, token: str) -> Subscriber | None:
    subscriber_id, _dot, signature = token.partition(".")
    if not subscriber_id.isdigit():
        return None
    if not constant_time_compare(signature, _signature(int(subscriber_id))):
        return None
    return Subscriber.objects.filter(pk=int(subscriber_id)).first()


def subscriber_list_for_newsletter(*, newsletter: Newsletter) -> QuerySet[Subscriber]:
    """Confirmed subscribers in every segment the newsletter names (none named: all)."""
    queryset = Subscriber.objects.filter(status=Subscriber.Status.CONFIRMED)
    if newsletter.languages:
        queryset = queryset.filter(language__in=newsletter.languages)
    role_ids = list(newsletter.roles.values_list("pk", flat=True)) if newsletter.pk else []
    if role_ids:
        queryset = queryset.filter(role_id__in=role_ids)
    if newsletter.regions:
        queryset = queryset.filter(region__in=newsletter.regions)
    if newsletter.call_id:
        contributed = Contribution.objects.filter(
            call_id=newsletter.call_id, status__in=PARTICIPANT_STATUSES
        ).filter(Q(author_id=OuterRef("user_id")) | Q(author__email__iexact=OuterRef("email")))
        queryset = queryset.filter(Exists(contributed))
    return queryset


def newsletter_list_for_staff() -> QuerySet[Newsletter]:
    return (
        Newsletter.objects.select_related("created_by", "call")
        .annotate(
            delivered=Count("deliveries", filter=Q(deliveries__status=Delivery.Status.SENT)),
            failed=Count("deliveries", filter=Q(deliveries__status=Delivery.Status.FAILED)),
            total=Count("deliveries"),
        )
        .order_by("-created_at", "-pk")
    )


def newsletter_get_for_staff(*, pk: int) -> Newsletter | None:
    return (
        Newsletter.objects.select_related("call", "created_by")
        .prefetch_related("roles")
        .filter(pk=pk)
        .first()
    )


def delivery_progress(*, newsletter: Newsletter) -> dict[str, int]:
    figures = Delivery.objects.filter(newsletter=newsletter).aggregate(
        sent=Count("pk", filter=Q(status=Delivery.Status.SENT)),
        failed=Count("pk", filter=Q(status=Delivery.Status.FAILED)),
        total=Count("pk"),
    )
    figures["pending"] = figures["total"] - figures["sent"] - figures["failed"]
    figures["percent"] = (
        round(100 * (figures["sent"] + figures["failed"]) / figures["total"])
        if figures["total"]
        else 0
    )
    return figures


def subscriptions_for_export(*, email: str) -> list[dict]:
    """Everything kept about an address, with the proof of consent, for data export."""
    subscribers = Subscriber.objects.filter(email__iexact=email.strip()).select_related("role")
    return [
        {
            "email": subscriber.email,
            "status": subscriber.status,
            "language": subscriber.language,
            "role": subscriber.role.slug if subscriber.role else "",
            "region": subscriber.region,
            "subscribed_at": subscriber.created_at.isoformat(),
            "confirmation_sent_at": _iso(subscriber.confirmation_sent_at),
            "confirmed_at": _iso(subscriber.confirmed_at),
            "consent_text": subscriber.consent_text,
            "consent_version": subscriber.consent_version,
            "unsubscribed_at": _iso(subscriber.unsubscribed_at),
            "newsletters_received": subscriber.deliveries.filter(
                status=Delivery.Status.SENT
            ).count(),
        }
        for subscriber in subscribers
    ]


def delivery_count(*, status: str) -> int:
    """Deliveries in one status, of every newsletter (for the metrics)."""
    return Delivery.objects.filter(status=status).count()


def subscriptions_in_force(*, email: str) -> list[dict]:
    """The subscriptions of an address that still hold (waiting for confirmation or
    confirmed), as `subscriptions_for_export` gives them; ended ones are left out."""
    return [
        item
        for item in subscriptions_for_export(email=email)
        if item["status"] in {Subscriber.Status.PENDING, Subscriber.Status.CONFIRMED}
    ]


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def newsletter_latest() -> Newsletter | None:
    """The newsletter staff touched last: the newest one, sent or not."""
    return Newsletter.objects.order_by("-created_at", "-pk").first()


def newsletter_machine_versions(*, newsletter: Newsletter) -> dict[str, dict[str, str]]:
    """The finished machine translations of the newsletter's current German text, by
    language, for the languages staff wrote no version in (for the staff form)."""
    from praxisdialog.translation.selectors import machine_versions_of

    return {
        code: segments
        for code, segments in machine_versions_of(obj=newsletter).items()
        if not newsletter.has_version(code)
    }
