"""Notifications in the site and by e-mail, following, and the e-mail preferences.

Services of other apps call `notify` explicitly (no signals). A notification is always
stored for the site; by e-mail it goes out at once (through the task queue, after
commit), in the daily digest, or never, as its recipient chose for its kind."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac

from praxisdialog.core.emails import send_templated_mail

from .models import DEFAULT_DELIVERY, Delivery, Follow, Kind, Notification, Preference
from .texts import notification_text

UNSUBSCRIBE_SALT = "notifications.unsubscribe"
ALL_KINDS = "*"


def delivery_for(*, user, kind: str) -> str:
    preference = Preference.objects.filter(user=user, kind=kind).first()
    return preference.delivery if preference else DEFAULT_DELIVERY.get(kind, Delivery.IMMEDIATE)


def _deliveries(*, user_ids: list[int], kind: str) -> dict[int, str]:
    chosen = dict(
        Preference.objects.filter(user_id__in=user_ids, kind=kind).values_list(
            "user_id", "delivery"
        )
    )
    default = DEFAULT_DELIVERY.get(kind, Delivery.IMMEDIATE)
    return {user_id: chosen.get(user_id, default) for user_id in user_ids}


@transaction.atomic
def notify(
    *, recipients, kind: str, data: dict, url: str = "", exclude=(), mail: bool = True
) -> list[Notification]:
    """Stores one notification per recipient (each person once, never the one who
    caused it) and queues the mails of those who want them at once.

    With `mail=False` the caller sends its own mail for this event (the review mail
    of contributions), so nobody receives two."""
    excluded = {getattr(person, "pk", person) for person in exclude}
    people = {}
    for person in recipients:
        if person is not None and person.pk not in excluded and person.is_active:
            people[person.pk] = person
    if not people:
        return []
    created = Notification.objects.bulk_create(
        [
            Notification(recipient=person, kind=kind, data=data, url=url)
            for person in people.values()
        ]
    )
    if mail:
        deliveries = _deliveries(user_ids=list(people), kind=kind)
        ids = [n.pk for n in created if deliveries[n.recipient_id] == Delivery.IMMEDIATE]
        if ids:
            from .tasks import send_notification_mail

            def enqueue():
                for notification_id in ids:
                    send_notification_mail.enqueue(notification_id=notification_id)

            transaction.on_commit(enqueue)
    return created


KIND_CODES = {kind.value: str(index) for index, kind in enumerate(Kind)} | {ALL_KINDS: "a"}
CODE_KINDS = {code: kind for kind, code in KIND_CODES.items()}


def _signature(user_id: int, code: str) -> str:
    return salted_hmac(UNSUBSCRIBE_SALT, f"{user_id}.{code}", algorithm="sha256").hexdigest()[:16]


def unsubscribe_token(*, user, kind: str) -> str:
    """A short signed token ("42.3.0123456789abcdef"): the whole List-Unsubscribe header
    must fit on one line, or mail libraries encode it and mail programs cannot use it."""
    code = KIND_CODES[kind]
    return f"{user.pk}.{code}.{_signature(user.pk, code)}"


def unsubscribe_url(*, user, kind: str) -> str:
    token = unsubscribe_token(user=user, kind=kind)
    return settings.SITE_URL + reverse("notifications:unsubscribe", kwargs={"token": token})


def unsubscribe_headers(*, user, kind: str) -> dict[str, str]:
    """RFC 8058 one-click unsubscribe: a POST to the URL needs no login or cookie."""
    return {
        "List-Unsubscribe": f"<{unsubscribe_url(user=user, kind=kind)}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def unsubscribe_token_read(token: str) -> tuple[int, str] | None:
    user_id, _dot, rest = token.partition(".")
    code, _dot, signature = rest.partition(".")
    if not user_id.isdigit() or code not in CODE_KINDS:
        return None
    if not constant_time_compare(signature, _signature(int(user_id), code)):
        return None
    return int(user_id), CODE_KINDS[code]


@transaction.atomic
def preference_set(*, user, kind: str, delivery: str) -> None:
    kinds = Kind.values if kind == ALL_KINDS else [kind]
    for one in kinds:
        Preference.objects.update_or_create(user=user, kind=one, defaults={"delivery": delivery})


def preferences_for(*, user) -> dict[str, str]:
    chosen = dict(Preference.objects.filter(user=user).values_list("kind", "delivery"))
    return {kind: chosen.get(kind, DEFAULT_DELIVERY.get(kind, Delivery.IMMEDIATE)) for kind in Kind}


@transaction.atomic
def unsubscribe(*, token: str):
    """Sets the kind named in the token (or every kind) to "never"; None for a bad token."""
    from praxisdialog.accounts.models import User

    parsed = unsubscribe_token_read(token)
    if parsed is None:
        return None
    user_id, kind = parsed
    user = User.objects.filter(pk=user_id).first()
    if user is None:
        return None
    preference_set(user=user, kind=kind, delivery=Delivery.NEVER)
    return user, kind


@transaction.atomic  # the claim below is undone if sending fails or the worker dies
def notification_mail_send(*, notification: Notification) -> bool:
    """Sends one notification by mail in its recipient's language, once."""
    claimed = Notification.objects.filter(pk=notification.pk, emailed_at__isnull=True).update(
        emailed_at=timezone.now()
    )
    if not claimed:
        return False
    user = notification.recipient
    with_language(user)
    send_templated_mail(
        template="notifications/emails/notification",
        to=[user.email],
        language=user.preferred_language,
        context={
            "notification": notification,
            "recipient": user,
            "link": settings.SITE_URL + (notification.url or "/"),
            "text": _LazyText(notification),
            "unsubscribe_url": unsubscribe_url(user=user, kind=notification.kind),
            "kind_label": Kind(notification.kind).label,
        },
        headers=unsubscribe_headers(user=user, kind=notification.kind),
    )
    return True


class _LazyText:
    """Renders the notification's sentence when the template asks for it, that is inside
    the recipient's language."""

    def __init__(self, notification: Notification):
        self.notification = notification

    def __str__(self) -> str:
        return notification_text(self.notification)


def with_language(user) -> None:
    if user.preferred_language not in dict(settings.LANGUAGES):
        user.preferred_language = settings.LANGUAGE_CODE


@transaction.atomic  # the claim below is undone if sending fails or the worker dies
def digest_send(*, user) -> int:
    """One mail with every not yet mailed notification whose kind the user gets as a
    digest. Returns how many it held."""
    digest_kinds = [k for k, d in preferences_for(user=user).items() if d == Delivery.DIGEST]
    with transaction.atomic():
        pending = list(
            Notification.objects.select_for_update()
            .filter(recipient=user, kind__in=digest_kinds, emailed_at__isnull=True)
            .order_by("created_at")[:100]
        )
        if not pending:
            return 0
        Notification.objects.filter(pk__in=[n.pk for n in pending]).update(
            emailed_at=timezone.now()
        )
    with_language(user)
    send_templated_mail(
        template="notifications/emails/digest",
        to=[user.email],
        language=user.preferred_language,
        context={
            "recipient": user,
            "items": [
                {"text": _LazyText(n), "link": settings.SITE_URL + (n.url or "/")} for n in pending
            ],
            "unsubscribe_url": unsubscribe_url(user=user, kind=ALL_KINDS),
            "preferences_url": settings.SITE_URL + reverse("notifications:preferences"),
        },
        headers=unsubscribe_headers(user=user, kind=ALL_KINDS),
    )
    return len(pending)


def digest_recipients() -> list[int]:
    return list(
        Notification.objects.filter(emailed_at__isnull=True)
        .values_list("recipient_id", flat=True)
        .distinct()
    )


@transaction.atomic
def notification_mark_read(*, user, notification_id: int) -> bool:
    return bool(
        Notification.objects.filter(
            pk=notification_id, recipient=user, read_at__isnull=True
        ).update(read_at=timezone.now())
    )


@transaction.atomic
def notification_mark_all_read(*, user) -> int:
    return Notification.objects.filter(recipient=user, read_at__isnull=True).update(
        read_at=timezone.now()
    )


def follow_add(*, user, target) -> bool:
    """Follows a call or a contribution; the unique constraint settles a double click."""
    content_type = ContentType.objects.get_for_model(target)
    try:
        with transaction.atomic():
            _follow, created = Follow.objects.get_or_create(
                user=user, content_type=content_type, object_id=target.pk
            )
    except IntegrityError:
        return False
    return created


@transaction.atomic
def follow_remove(*, user, target) -> None:
    Follow.objects.filter(
        user=user, content_type=ContentType.objects.get_for_model(target), object_id=target.pk
    ).delete()


def followers_of(target) -> list:
    from praxisdialog.accounts.models import User

    return list(
        User.objects.filter(
            follows__content_type=ContentType.objects.get_for_model(target),
            follows__object_id=target.pk,
            is_active=True,
        )
    )


def follow_list_delete_on_targets(*, model, ids: list[int]) -> None:
    """Following content that is deleted ends with it (account deletion)."""
    Follow.objects.filter(
        content_type=ContentType.objects.get_for_model(model), object_id__in=ids
    ).delete()
