"""Every change to events and registrations.

Capacity is decided by the database: each change of seats runs in one transaction
that first locks the event row (`select_for_update`; on SQLite the IMMEDIATE
transaction mode takes the write lock at BEGIN), counts the seats under that lock,
and hands out the next `queue_number`. Unique constraints on (event, user) and
(event, e-mail) of active registrations stop double registrations. Mail and tasks
go out after commit."""

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from praxisdialog.core.emails import mail_name, send_templated_mail_once
from praxisdialog.core.ratelimit import rate_limit_check
from praxisdialog.core.texts import text_errors

from .ics import event_ics
from .models import SEAT_STATUSES, Event, Feedback, Registration
from .rules import online_link_shown

GUEST_HOLD = timedelta(hours=24)
# At most this share of the seats may be held by guests who have not confirmed their
# address yet; further guests join the waiting list until they confirm.
UNCONFIRMED_HOLD_SHARE = 4
REMINDERS = {"2d": timedelta(days=2), "2h": timedelta(hours=2)}
SENSITIVE_RETENTION = timedelta(days=30)
# Fields whose change participants are told about (and that change the .ics).
NOTIFY_FIELDS = {
    "title",
    "starts_at",
    "ends_at",
    "format",
    "venue_name",
    "venue_address",
    "online_link",
}


@dataclass
class RegistrationAnswers:
    """The optional questions; the first three are sensitive (organisers only)."""

    accessibility_needs: str = ""
    interpretation_language: str = ""
    dietary_needs: str = ""
    list_consent: bool = False


class AlreadyRegistered(ValidationError):
    """The person or address is registered already. For a guest, `answer` is the status
    a new registration would have had now: the page answers as if it had been made, so
    it does not reveal who is registered (see registration_create)."""

    def __init__(self, registration: Registration | None, answer: str = ""):
        self.registration = registration
        self.answer = answer
        super().__init__(_("You are already registered for this event."), code="duplicate")


# --- mail -----------------------------------------------------------------------


def _send(
    *, key: str, template: str, to: str, language: str, context: dict, ics: bytes | None = None
) -> None:
    """One mail to one person, with the calendar file attached when there is one; once
    per `key`, however often the task runs."""
    send_templated_mail_once(
        key=key,
        template=template,
        to=[to],
        language=language,
        context=context,
        attachments=(
            [("event.ics", ics, "text/calendar; charset=utf-8; method=PUBLISH")] if ics else None
        ),
    )


MAIL_KINDS = {
    "guest_confirm",
    "registered_again",
    "confirmed",
    "waitlisted",
    "promoted",
    "cancelled",
    "reminder_2d",
    "reminder_2h",
    "event_changed",
    "event_cancelled",
    "feedback_request",
}
ICS_KINDS = {"confirmed", "promoted", "event_changed", "event_cancelled"}


def registration_mail_send(*, registration: Registration, kind: str) -> None:
    """Sends one of MAIL_KINDS to the registered person, in their language."""
    if kind not in MAIL_KINDS:
        raise ValueError(kind)
    event = registration.event
    from .selectors import waitlist_position

    context = {
        "event": event,
        "registration": registration,
        # The name as the person typed it, short and without links: the first mail goes
        # to an address nobody has confirmed, so it carries nothing else of theirs.
        "name": mail_name(registration.name, fallback=_("Participant")),
        "position": waitlist_position(registration=registration),
        "manage_url": settings.SITE_URL + registration.get_manage_url(),
        "event_url": settings.SITE_URL + event.get_absolute_url(),
        "show_link": online_link_shown(registration),
    }
    ics = event_ics(event, registration=registration) if kind in ICS_KINDS else None
    key = f"events.registration:{registration.pk}:{kind}"
    if kind == "event_changed":
        # Once per version of the event; a late run after a newer change sends the
        # newest version, and the run for that change then has nothing left to say.
        key += f":{event.sequence}"
    _send(
        key=key,
        template=f"events/emails/{kind}",
        to=registration.email,
        language=registration.language,
        context=context,
        ics=ics,
    )


def registration_again_tell(*, registration: Registration) -> None:
    """Someone registered an address as a guest that is registered already: its owner
    gets a mail with the link to their registration (once per registration; the task is
    queued every time, so the answer costs the same as a new registration's)."""
    _mail_on_commit(registration, "registered_again")


def _mail_on_commit(registration: Registration, kind: str) -> None:
    from .tasks import send_registration_mail

    registration_id = registration.pk
    transaction.on_commit(
        lambda: send_registration_mail.enqueue(registration_id=registration_id, kind=kind)
    )


def _schedule(task, *, run_after: datetime, **kwargs) -> None:
    """Enqueues `task` for later after commit, where the backend can defer; the
    periodic housekeeping (`manage.py events_housekeeping`) catches up otherwise."""
    if not task.get_backend().supports_defer:
        return
    transaction.on_commit(lambda: task.using(run_after=run_after).enqueue(**kwargs))


# --- registration ----------------------------------------------------------------


def _lock(event: Event) -> Event:
    return Event.objects.select_for_update().get(pk=event.pk)


def _seats_taken(event: Event) -> int:
    return Registration.objects.filter(event=event, status__in=SEAT_STATUSES).count()


def unconfirmed_hold_cap(event: Event) -> int:
    """How many seats guests who have not confirmed their address may hold at once."""
    return max(1, event.capacity // UNCONFIRMED_HOLD_SHARE)


def _unconfirmed_holds(event: Event) -> int:
    return Registration.objects.filter(
        event=event,
        status=Registration.Status.PENDING,
        user__isnull=True,
        email_confirmed_at__isnull=True,
    ).count()


def _next_queue_number(event: Event) -> int:
    event.queue_counter += 1
    Event.objects.filter(pk=event.pk).update(queue_counter=event.queue_counter)
    return event.queue_counter


def _release_expired_locked(event: Event, now: datetime) -> int:
    """Guests who did not confirm their address in time lose their hold."""
    released = Registration.objects.filter(
        event=event,
        status__in=[Registration.Status.PENDING, Registration.Status.WAITLISTED],
        email_confirmed_at__isnull=True,
        user__isnull=True,
        hold_expires_at__lte=now,
    ).update(status=Registration.Status.EXPIRED, cancelled_at=now)
    return released


def _promote_locked(event: Event, now: datetime) -> list[Registration]:
    """Gives free seats to the waiting list in order. Guests on it must have
    confirmed their address; those who have not are passed over until they do."""
    if event.status != Event.Status.PUBLISHED or now >= event.starts_at:
        return []
    free = event.capacity - _seats_taken(event)
    if free <= 0:
        return []
    candidates = list(
        Registration.objects.filter(event=event, status=Registration.Status.WAITLISTED)
        .filter(Q(user__isnull=False) | Q(email_confirmed_at__isnull=False))
        .order_by("queue_number")[:free]
    )
    for registration in candidates:
        registration.status = Registration.Status.CONFIRMED
        registration.promoted_at = now
        registration.confirmed_at = now
        registration.hold_expires_at = None
        registration.save(
            update_fields=["status", "promoted_at", "confirmed_at", "hold_expires_at"]
        )
        _mail_on_commit(registration, "promoted")
    return candidates


def _clean_answers(answers: RegistrationAnswers) -> RegistrationAnswers:
    limits = {"accessibility_needs": 1000, "interpretation_language": 100, "dietary_needs": 500}
    errors = {}
    cleaned = {}
    for name, limit in limits.items():
        value = (getattr(answers, name) or "").strip()
        if problems := text_errors(value, max_length=limit):
            errors[name] = problems[:1]
        cleaned[name] = value
    if errors:
        raise ValidationError(errors)
    return RegistrationAnswers(**cleaned, list_consent=bool(answers.list_consent))


@transaction.atomic
def registration_create(
    *,
    event: Event,
    user=None,
    name: str = "",
    email: str = "",
    language: str = "de",
    answers: RegistrationAnswers | None = None,
    by_organiser: bool = False,
    ip: str = "",
) -> Registration:
    """Registers a signed-in user (confirmed at once) or a guest (a seat held for
    GUEST_HOLD until they confirm their address through the mailed link).

    Counts against the rate limit of the account (participants) or of the address
    `ip` (guests) first; a suspended account cannot register. Under the event's row
    lock: expired guest holds are released, the seats are counted, and the
    registration gets a seat or, when none is left and the event has a waiting list,
    the next place on it. Guests who have not confirmed hold at most
    `unconfirmed_hold_cap` seats together; beyond that a guest joins the waiting list
    and moves up on confirming, so unconfirmed holds can never empty an event.
    Organisers may add people outside the registration window; the capacity holds for
    them too."""
    if not by_organiser:
        from praxisdialog.moderation.rules import refuse_if_suspended

        if user is not None:
            refuse_if_suspended(user)
        rate_limit_check(scope="registration", user=user, ip="" if user is not None else ip)
    answers = _clean_answers(answers or RegistrationAnswers())
    if user is not None:
        email = user.email
        # What the person chose to be shown, not the real name on their account.
        name = str(user.public_name)
        language = user.preferred_language or language
    else:
        errors = {}
        name = " ".join((name or "").split())
        email = (email or "").strip()
        shorter = _("Please enter a shorter name.")
        if problems := text_errors(
            name,
            required=_("Please tell us your name."),
            max_length=120,
            too_long=shorter,
            null=shorter,
            no_links=_("Please enter just your name, without links or e-mail addresses."),
        ):
            errors["name"] = problems[:1]
        try:
            validate_email(email)
        except ValidationError:
            errors["email"] = [_("Please enter a valid e-mail address.")]
        if errors:
            raise ValidationError(errors)
    email = email.lower()
    now = timezone.now()

    locked = _lock(event)
    if not by_organiser and not locked.registration_is_open(now):
        raise ValidationError(_("Registration for this event is not open."), code="closed")
    _release_expired_locked(locked, now)
    _promote_locked(locked, now)
    duplicate = Registration.objects.filter(
        event=locked, status__in=["pending", "confirmed", "waitlisted"]
    ).filter(Q(email=email) | Q(user=user) if user is not None else Q(email=email))
    existing = duplicate.first()
    guest = user is None and not by_organiser
    if existing is not None and not guest:
        raise AlreadyRegistered(existing)

    seat_free = _seats_taken(locked) < locked.capacity
    holds_full = guest and _unconfirmed_holds(locked) >= unconfirmed_hold_cap(locked)
    if seat_free and not holds_full:
        status = Registration.Status.PENDING if guest else Registration.Status.CONFIRMED
    elif locked.waitlist_enabled:
        status = Registration.Status.WAITLISTED
    elif seat_free:
        raise ValidationError(
            _(
                "Many registrations are waiting for their confirmation right now. "
                "Please try again in a little while."
            ),
            code="holds_full",
        )
    else:
        raise ValidationError(_("This event is fully booked."), code="full")
    if existing is not None:
        # A guest's address that is registered already gets the answer a new one would
        # get, after the same checks; its owner hears of the attempt by mail
        # (registration_again_tell), so nobody else learns who is registered.
        raise AlreadyRegistered(existing, answer=status)
    registration = Registration(
        event=locked,
        user=user,
        name=name,
        email=email,
        language=language or "de",
        status=status,
        queue_number=_next_queue_number(locked),
        token=secrets.token_urlsafe(32),
        email_confirmed_at=None if guest else now,
        hold_expires_at=now + GUEST_HOLD if guest else None,
        confirmed_at=now if status == Registration.Status.CONFIRMED else None,
        accessibility_needs=answers.accessibility_needs,
        interpretation_language=answers.interpretation_language,
        dietary_needs=answers.dietary_needs,
        list_consent=answers.list_consent,
    )
    try:
        with transaction.atomic():
            registration.save()
    except IntegrityError as error:
        raise AlreadyRegistered(None, answer=status if guest else "") from error
    if guest:
        _mail_on_commit(registration, "guest_confirm")
        from .tasks import release_expired_holds

        _schedule(release_expired_holds, run_after=registration.hold_expires_at, event_id=event.pk)
    else:
        _mail_on_commit(registration, status)
    return registration


@transaction.atomic
def registration_confirm_email(*, registration: Registration) -> Registration:
    """A guest confirms their address: a held seat becomes theirs, a place on the
    waiting list counts. After the hold has run out it is too late."""
    now = timezone.now()
    locked_event = _lock(registration.event)
    _release_expired_locked(locked_event, now)
    registration.refresh_from_db()
    if registration.email_confirmed_at is not None:
        return registration
    if registration.status == Registration.Status.EXPIRED:
        _promote_locked(locked_event, now)
        raise ValidationError(
            _("The seat was held for 24 hours and has been released. Please register again."),
            code="expired",
        )
    if registration.status not in {Registration.Status.PENDING, Registration.Status.WAITLISTED}:
        raise ValidationError(_("This registration is no longer active."), code="inactive")
    registration.email_confirmed_at = now
    registration.hold_expires_at = None
    if registration.status == Registration.Status.PENDING:
        registration.status = Registration.Status.CONFIRMED
        registration.confirmed_at = now
    registration.save(
        update_fields=["email_confirmed_at", "hold_expires_at", "status", "confirmed_at"]
    )
    _mail_on_commit(registration, registration.status)
    # A freed seat may now go to this guest, if they are next in line.
    _promote_locked(locked_event, now)
    return registration


@transaction.atomic
def registration_cancel(*, registration: Registration, by_organiser: bool = False) -> bool:
    """Cancels a registration (idempotent) and gives a freed seat to the waiting list.
    Returns whether something changed."""
    now = timezone.now()
    locked_event = _lock(registration.event)
    registration.refresh_from_db()
    if not registration.is_active:
        return False
    registration.status = Registration.Status.CANCELLED
    registration.cancelled_at = now
    registration.save(update_fields=["status", "cancelled_at"])
    _mail_on_commit(registration, "cancelled")
    _seat_freed_locked(locked_event, now)
    return True


def _seat_freed_locked(event: Event, now: datetime) -> None:
    """After a seat is given up: expired guest holds are released and the waiting list
    moves up, each person promoted is told. Under the event's row lock."""
    _release_expired_locked(event, now)
    _promote_locked(event, now)


@transaction.atomic
def registration_move(*, registration: Registration, position: int) -> Registration:
    """Organisers move someone on the waiting list to `position` (1 = next in line).
    The waiting list gets fresh queue numbers in its new order."""
    locked_event = _lock(registration.event)
    waiting = list(
        Registration.objects.filter(
            event=locked_event, status=Registration.Status.WAITLISTED
        ).order_by("queue_number")
    )
    if registration.pk not in {item.pk for item in waiting}:
        raise ValidationError(
            _("Only people on the waiting list can be moved."), code="not_waiting"
        )
    waiting = [item for item in waiting if item.pk != registration.pk]
    index = min(max(position, 1), len(waiting) + 1) - 1
    waiting.insert(index, registration)
    for item in waiting:
        item.queue_number = _next_queue_number(locked_event)
        item.save(update_fields=["queue_number"])
    registration.refresh_from_db()
    _promote_locked(locked_event, timezone.now())
    return registration


@transaction.atomic
def attendance_mark(*, registration: Registration, attended: bool) -> Registration:
    registration.attended_at = timezone.now() if attended else None
    registration.save(update_fields=["attended_at"])
    return registration


@transaction.atomic
def holds_release_expired(*, event: Event | None = None) -> int:
    """Releases guest holds whose 24 hours are over and promotes the waiting list."""
    now = timezone.now()
    events = (
        [event]
        if event is not None
        else list(
            Event.objects.filter(
                registrations__status__in=["pending", "waitlisted"],
                registrations__hold_expires_at__lte=now,
            ).distinct()
        )
    )
    released = 0
    for item in events:
        locked = _lock(item)
        released += _release_expired_locked(locked, now)
        _promote_locked(locked, now)
    return released


# --- events ---------------------------------------------------------------------


def _schedule_reminders(event: Event) -> None:
    from .tasks import send_event_reminders

    now = timezone.now()
    for kind, before in REMINDERS.items():
        run_after = event.starts_at - before
        if run_after > now:
            _schedule(send_event_reminders, run_after=run_after, event_id=event.pk, kind=kind)


@transaction.atomic
def event_save(*, event: Event, changed: set[str] | frozenset[str] = frozenset()) -> Event:
    """Saves an event (new or changed). Participants hear of changes to time, place,
    link or title; a larger capacity gives seats to the waiting list; a capacity
    below the seats already given is refused."""
    creating = event.pk is None
    if not creating:
        locked = _lock(event)
        taken = _seats_taken(locked)
        if event.capacity < taken:
            raise ValidationError(
                {
                    "capacity": [
                        _("%(count)d seats are already taken; the capacity cannot be lower.")
                        % {"count": taken}
                    ]
                }
            )
        event.queue_counter = locked.queue_counter
    notify = not creating and bool(NOTIFY_FIELDS & set(changed))
    if notify:
        event.sequence += 1
    event.full_clean(exclude=["documented_contributions"])
    event.save()
    if not creating:
        _promote_locked(event, timezone.now())
    if notify and event.status == Event.Status.PUBLISHED:
        _notify_all(event, "event_changed")
    if creating or {"starts_at", "status"} & set(changed):
        _schedule_reminders(event)
    return event


def _notify_all(event: Event, kind: str) -> None:
    for registration in Registration.objects.filter(
        event=event, status__in=["pending", "confirmed", "waitlisted"]
    ):
        _mail_on_commit(registration, kind)


@transaction.atomic
def event_cancel(*, event: Event) -> Event:
    """Cancels the event and tells everyone registered, with a cancelling .ics."""
    locked = _lock(event)
    if locked.status == Event.Status.CANCELLED:
        return locked
    locked.status = Event.Status.CANCELLED
    locked.sequence += 1
    locked.save(update_fields=["status", "sequence", "updated_at"])
    _notify_all(locked, "event_cancelled")
    return locked


# --- reminders, feedback, retention ---------------------------------------------------


def reminders_send_due(*, event: Event | None = None, kinds: list[str] | None = None) -> int:
    """Sends the reminders that are due: 2 days and 2 hours before the start, to
    confirmed participants. Each reminder is claimed by a conditional update of its
    timestamp before the mail goes out, so it is sent once, however often this runs."""
    now = timezone.now()
    sent = 0
    for kind in kinds or list(REMINDERS):
        field = f"reminded_{kind}_at"
        window_start = now
        window_end = now + REMINDERS[kind]
        events = Event.objects.filter(
            status=Event.Status.PUBLISHED, starts_at__gt=window_start, starts_at__lte=window_end
        )
        if event is not None:
            events = events.filter(pk=event.pk)
        if kind == "2d":
            # Within the last two hours, only the 2-hour reminder goes out.
            events = events.filter(starts_at__gt=now + REMINDERS["2h"])
        registrations = Registration.objects.filter(
            event__in=events, status=Registration.Status.CONFIRMED, **{f"{field}__isnull": True}
        ).select_related("event")
        for registration in registrations:
            with transaction.atomic():
                claimed = Registration.objects.filter(
                    pk=registration.pk, **{f"{field}__isnull": True}
                ).update(**{field: now})
                if claimed:
                    _mail_on_commit(registration, f"reminder_{kind}")
                    sent += 1
    return sent


@transaction.atomic
def feedback_requests_send(*, event: Event) -> int:
    """Asks every attendee (checked in) of a past event for feedback, once each."""
    now = timezone.now()
    if event.ends_at > now:
        raise ValidationError(_("Feedback can be asked for once the event is over."))
    registrations = list(
        Registration.objects.filter(
            event=event,
            status=Registration.Status.CONFIRMED,
            attended_at__isnull=False,
            feedback_requested_at__isnull=True,
        )
    )
    for registration in registrations:
        Registration.objects.filter(pk=registration.pk).update(feedback_requested_at=now)
        _mail_on_commit(registration, "feedback_request")
    Event.objects.filter(pk=event.pk).update(feedback_requested_at=now)
    return len(registrations)


@transaction.atomic
def feedback_submit(*, registration: Registration, rating: int, liked: str, improve: str):
    """One feedback per attendee; sending again replaces the earlier answer."""
    if registration.attended_at is None:
        raise ValidationError(_("Only people who attended can give feedback."), code="absent")
    if not 1 <= int(rating) <= 5:
        raise ValidationError({"rating": [_("Please choose a rating from 1 to 5.")]})
    feedback, _created = Feedback.objects.update_or_create(
        registration=registration,
        defaults={"rating": int(rating), "liked": liked.strip(), "improve": improve.strip()},
    )
    return feedback


@transaction.atomic
def sensitive_answers_purge(*, now: datetime | None = None) -> int:
    """Deletes the sensitive answers of events that ended SENSITIVE_RETENTION ago."""
    now = now or timezone.now()
    return Registration.objects.filter(
        event__ends_at__lte=now - SENSITIVE_RETENTION, answers_deleted_at__isnull=True
    ).update(
        accessibility_needs="",
        interpretation_language="",
        dietary_needs="",
        answers_deleted_at=now,
    )


def housekeeping() -> dict[str, int]:
    """What runs periodically: release holds, send due reminders, delete old answers."""
    return {
        "released": holds_release_expired(),
        "reminders": reminders_send_due(),
        "purged": sensitive_answers_purge(),
    }


# --- documentation files ---------------------------------------------------------

EVENT_FILE_MAX_BYTES = 10 * 1024 * 1024
# Image formats accepted (as Pillow names them) and what they are saved as.
EVENT_IMAGE_FORMATS = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WEBP", "GIF": "PNG"}


def event_file_prepare(*, upload):
    """Checks an uploaded documentation file by its content, not its name: a PDF
    (by its magic bytes) or an image Pillow can read. Images are re-encoded from their
    pixels only, which drops EXIF (GPS, camera) and any other metadata. Returns a new
    file under a random name; raises ValidationError with a message for the uploader."""
    import io

    from django.core.files.base import ContentFile
    from PIL import Image, ImageOps, UnidentifiedImageError

    from praxisdialog.core.images import MAX_SIDE, check_pixels

    if upload.size > EVENT_FILE_MAX_BYTES:
        raise ValidationError(_("The file is too large: at most 10 MB are allowed."))
    upload.seek(0)
    head = upload.read(5)
    upload.seek(0)
    name = secrets.token_hex(16)
    if head == b"%PDF-":
        return ContentFile(upload.read(), name=f"{name}.pdf")
    refused = ValidationError(
        _("Only PDF documents and images (JPEG, PNG, WebP, GIF) are allowed.")
    )
    try:
        with Image.open(upload) as probe:
            if probe.format not in EVENT_IMAGE_FORMATS:
                raise refused
            check_pixels(probe.width, probe.height)  # the limits of every image upload
            probe.verify()
        upload.seek(0)
        with Image.open(upload) as image:
            source_format = image.format
            image.seek(0)
            image = ImageOps.exif_transpose(image)
            image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
            target = EVENT_IMAGE_FORMATS[source_format]
            mode = "RGB" if target == "JPEG" else ("RGBA" if image.mode != "RGB" else "RGB")
            image = image.convert(mode)
            clean = Image.frombytes(image.mode, image.size, image.tobytes())
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError) as error:
        raise refused from error
    output = io.BytesIO()
    clean.save(output, format=target, **({"quality": 90} if target == "JPEG" else {}))
    extension = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}[target]
    return ContentFile(output.getvalue(), name=f"{name}.{extension}")


@transaction.atomic
def registration_list_erase_for_account(*, user, email: str) -> int:
    """Account deletion: the person's registrations go, and those made as a guest with
    the same address too. A seat they held goes to the waiting list as after a
    cancellation: each event's row is locked (in the order of their ids, so two
    deletions cannot wait on each other), the rows deleted, the next person promoted
    and told. The person deleted gets no mail; their address is going."""
    theirs = Registration.objects.filter(Q(user=user) | Q(email__iexact=email))
    now = timezone.now()
    deleted = 0
    for event_id in sorted(set(theirs.values_list("event_id", flat=True))):
        event = Event.objects.select_for_update().get(pk=event_id)
        count, _details = theirs.filter(event_id=event_id).delete()
        deleted += count
        _seat_freed_locked(event, now)
    return deleted


def registration_list_consent_withdraw(*, registration: Registration) -> None:
    """The person no longer agrees to be named in the event's list of participants."""
    Registration.objects.filter(pk=registration.pk).update(list_consent=False)


@transaction.atomic
def registration_retention_apply(*, cutoff: datetime, now: datetime) -> dict[str, int]:
    """After an event that ended before `cutoff`: guest registrations go, and everyone's
    answers about needs (accessibility, interpretation, diet) are cleared."""
    guests, _details = Registration.objects.filter(
        user__isnull=True, event__ends_at__lt=cutoff
    ).delete()
    needs = Registration.objects.filter(
        event__ends_at__lt=cutoff, answers_deleted_at__isnull=True
    ).update(
        accessibility_needs="", interpretation_language="", dietary_needs="", answers_deleted_at=now
    )
    return {"guest_registrations": guests, "event_needs": needs}
