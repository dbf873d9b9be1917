"""Follow-ups, updates and adoption reports. Each function is one transaction.

Updates and adoption reports pass the checks of comments: personal data and watched
words hold them for a moderator (the moderation app decides through
`practice_item_moderate`), and the contribution's state and adoption count are kept by
the contributions app's services."""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from praxisdialog.contributions import services as contribution_services
from praxisdialog.contributions.models import PracticeState
from praxisdialog.contributions.selectors import (
    contribution_get_published,
    contribution_list_for_follow_up,
)
from praxisdialog.core.dates import add_months
from praxisdialog.core.emails import send_templated_mail
from praxisdialog.core.ratelimit import rate_limit_check
from praxisdialog.core.texts import clean_text
from praxisdialog.moderation.checks import link_count, link_limit_for_new_accounts, screen_text
from praxisdialog.moderation.rules import refuse_if_suspended
from praxisdialog.moderation.selectors import user_needs_premoderation

from .models import (
    ADOPTION_TEXT_MAX_LENGTH,
    FOLLOW_UP_MONTHS,
    UPDATE_TEXT_MAX_LENGTH,
    Adoption,
    FollowUp,
    PracticeUpdate,
    Visibility,
)

# A follow-up link works for this many days after its mail; then the author signs in.
LINK_VALID_DAYS = 60
TOKEN_SALT = "praxisdialog.practices.follow-up"  # noqa: S105 - a namespace, not a secret


def follow_up_token(follow_up: FollowUp) -> str:
    """The personal link's token: the follow-up's id, signed with the time it was made."""
    return signing.dumps({"follow_up": follow_up.pk}, salt=TOKEN_SALT, compress=True)


class LinkExpired(Exception):
    pass


def follow_up_from_token(token: str) -> FollowUp | None:
    """The follow-up a personal link names. Raises LinkExpired when the link is older than
    LINK_VALID_DAYS; None when the token is not ours or its follow-up is gone."""
    try:
        data = signing.loads(token, salt=TOKEN_SALT, max_age=LINK_VALID_DAYS * 24 * 60 * 60)
    except signing.SignatureExpired as expired:
        raise LinkExpired from expired
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("follow_up"), int):
        return None
    return (
        FollowUp.objects.select_related("contribution__author", "contribution__call", "update")
        .filter(pk=data["follow_up"])
        .first()
    )


def follow_ups_send(*, now=None) -> int:
    """Asks every author whose contribution was published 6 or 12 months ago what became
    of it; returns how many mails went out. Run daily (`manage.py send_follow_ups`).

    A contribution that is due for its 12-month follow-up is not asked the 6-month one
    any more. Each follow-up is sent once, whoever runs this and how often: see
    `follow_up_send`."""
    now = now or timezone.now()
    sent = 0
    for months in sorted(FOLLOW_UP_MONTHS, reverse=True):
        asked = FollowUp.objects.filter(months__gte=months).values("contribution_id")
        due = contribution_list_for_follow_up(published_before=add_months(now, -months)).exclude(
            pk__in=asked
        )
        for contribution in due.iterator(chunk_size=200):
            if follow_up_send(contribution=contribution, months=months) is not None:
                sent += 1
    return sent


def follow_up_send(*, contribution, months: int) -> FollowUp | None:
    """Claims the follow-up (the unique row of contribution and months) and sends its mail
    in the same transaction; None when it was claimed before.

    A run at the same moment waits for the other's claim (the row lock of the unique
    index on PostgreSQL, the write lock on SQLite) and then finds it taken. When sending
    fails the claim is rolled back with it, so the next run tries again."""
    with transaction.atomic():
        try:
            with transaction.atomic():
                follow_up = FollowUp.objects.create(contribution=contribution, months=months)
        except IntegrityError:
            return None
        author = contribution.author
        language = author.preferred_language
        if language not in dict(settings.LANGUAGES):
            language = settings.LANGUAGE_CODE
        link = settings.SITE_URL + reverse(
            "practices:follow-up-answer", kwargs={"token": follow_up_token(follow_up)}
        )
        send_templated_mail(
            template="practices/emails/follow_up",
            to=[author.email],
            language=language,
            context={
                "recipient": author,
                "contribution": contribution,
                "months": months,
                "link": link,
                "valid_until": follow_up.created_at + timedelta(days=LINK_VALID_DAYS),
                "contribution_url": settings.SITE_URL + contribution.get_absolute_url(),
            },
        )
    return follow_up


def _clean_text(text: str, *, max_length: int, empty_message: str) -> str:
    return clean_text(
        (text or "").replace("\r\n", "\n"),
        max_length=max_length,
        required=empty_message,
        too_long=_("Please write at most %(max)d characters."),
    )


@dataclass
class UpdateInput:
    state: str
    text: str


@transaction.atomic
def follow_up_answer(*, follow_up: FollowUp, data: UpdateInput) -> PracticeUpdate:
    """The author answers a follow-up: a dated update on the contribution. One answer per
    follow-up (the follow-up row is locked, the one-to-one link backs it). An answer with
    possible personal data or watched words waits for a moderator, as a comment would;
    the state of the practice changes when the update appears."""
    errors: dict[str, list[str]] = {}
    if data.state not in PracticeState.values:
        errors["state"] = [_("Please choose what became of the practice.")]
    try:
        text = _clean_text(
            data.text,
            max_length=UPDATE_TEXT_MAX_LENGTH,
            empty_message=_("Please say in a sentence or two why."),
        )
    except ValidationError as error:
        errors.update(error.message_dict)
    if errors:
        raise ValidationError(errors)
    locked = (
        FollowUp.objects.select_for_update()
        .select_related("contribution__author")
        .get(pk=follow_up.pk)
    )
    if locked.answered_at is not None:
        raise ValidationError(_("This follow-up has already been answered. Thank you!"))
    contribution = locked.contribution
    refuse_if_suspended(contribution.author)
    flags = screen_text(text)
    now = timezone.now()
    update = PracticeUpdate.objects.create(
        contribution=contribution,
        follow_up=locked,
        author=contribution.author,
        state=data.state,
        text=text,
        status=Visibility.PENDING if flags else Visibility.PUBLISHED,
        held_reasons=[flag["kind"] for flag in flags],
        created_at=now,
    )
    locked.answered_at = now
    locked.save(update_fields=["answered_at"])
    if flags:
        from praxisdialog.moderation.services import queue_hold

        queue_hold(target=update, premoderation=False, flags=flags)
    else:
        _update_published(update)
    return update


def _update_published(update: PracticeUpdate) -> None:
    contribution_services.contribution_practice_state_set(
        contribution_id=update.contribution_id, state=update.state, confirmed_at=update.created_at
    )


def _state_recompute(contribution_id: int) -> None:
    """After an update was hidden: the state is that of the latest update still shown."""
    latest = (
        PracticeUpdate.objects.filter(contribution_id=contribution_id, status=Visibility.PUBLISHED)
        .order_by("-created_at", "-pk")
        .first()
    )
    contribution_services.contribution_practice_state_reset(
        contribution_id=contribution_id,
        state=latest.state if latest else "",
        confirmed_at=latest.created_at if latest else None,
    )


@transaction.atomic
def practice_item_moderate(*, item, status: str = "", redacted_text: str = "", note: str = ""):
    """The moderation app's decision on an update or an adoption report: a new status
    (published, hidden, rejected) or a redaction. Returns the text it had before."""
    model = type(item)
    locked = model.objects.select_for_update().get(pk=item.pk)
    previous = locked.text
    if status:
        was_published = locked.status == Visibility.PUBLISHED
        locked.status = status
        if status == Visibility.PUBLISHED:
            locked.held_reasons = []
        locked.save(update_fields=["status", "held_reasons"])
        now_published = status == Visibility.PUBLISHED
        if was_published != now_published:
            _visibility_changed(locked, published=now_published)
    else:
        locked.text = _clean_text(
            redacted_text,
            max_length=model._meta.get_field("text").max_length,
            empty_message=_("Please give the text without the personal data."),
        )
        locked.redaction_note = note[:300]
        locked.save(update_fields=["text", "redaction_note"])
    return previous


def _visibility_changed(item, *, published: bool) -> None:
    if isinstance(item, PracticeUpdate):
        if published:
            _update_published(item)
        else:
            _state_recompute(item.contribution_id)
    elif isinstance(item, Adoption):
        contribution_services.contribution_adoption_count_change(
            contribution_id=item.contribution_id, by=1 if published else -1
        )


@dataclass
class AdoptionInput:
    text: str
    own_contribution_id: int | None = None


def adoption_create(*, contribution_id: int, author, data: AdoptionInput, ip: str = "") -> Adoption:
    """A signed-in participant reports "we adopted this too" on a published contribution.

    The checks of a comment apply: the rate limit of the account and the address,
    suspension, links from new accounts, and personal data, watched words and the first
    posts of a new account wait for a moderator. One report per person and practice
    (a unique constraint decides when one person sends twice at once). The own
    contribution, if named, must be the reporter's and published; it links back."""
    rate_limit_check(scope="comment", user=author, ip=ip)
    return _adoption_create(contribution_id=contribution_id, author=author, data=data)


@transaction.atomic
def _adoption_create(*, contribution_id: int, author, data: AdoptionInput) -> Adoption:
    refuse_if_suspended(author)
    contribution = contribution_get_published(pk=contribution_id)
    if contribution is None:
        raise PermissionDenied(_("Only a published contribution can be adopted."))
    if contribution.author_id == author.pk:
        raise PermissionDenied(_("You cannot report that you adopted your own practice."))
    errors: dict[str, list[str]] = {}
    try:
        text = _clean_text(
            data.text,
            max_length=ADOPTION_TEXT_MAX_LENGTH,
            empty_message=_("Please tell what you changed and how it went."),
        )
    except ValidationError as error:
        errors.update(error.message_dict)
        text = ""
    own = None
    if data.own_contribution_id is not None:
        own = contribution_get_published(pk=data.own_contribution_id)
        if own is None or own.author_id != author.pk or own.pk == contribution.pk:
            errors["contribution"] = [_("Please choose one of your own published contributions.")]
    if Adoption.objects.filter(contribution=contribution, author=author).exists():
        errors.setdefault("text", []).append(_("You have already reported that you adopted it."))
    new_account = user_needs_premoderation(
        user=author,
        kind="comment",
        published_count=Adoption.objects.filter(author=author, status=Visibility.PUBLISHED).count(),
    )
    limit = link_limit_for_new_accounts()
    if text and new_account and link_count(text) > limit:
        errors.setdefault("text", []).append(
            _("New accounts can include at most %(max)d links.") % {"max": limit}
        )
    if errors:
        raise ValidationError(errors)
    flags = screen_text(text)
    held = [flag["kind"] for flag in flags]
    if new_account:
        held.append("new_account")
    try:
        with transaction.atomic():
            adoption = Adoption.objects.create(
                contribution=contribution,
                author=author,
                own_contribution=own,
                text=text,
                status=Visibility.PENDING if held else Visibility.PUBLISHED,
                held_reasons=held,
            )
    except IntegrityError as error:
        raise ValidationError(
            {"text": [_("You have already reported that you adopted it.")]}
        ) from error
    if held:
        from praxisdialog.moderation.services import queue_hold

        queue_hold(target=adoption, premoderation=new_account, flags=flags)
    else:
        _visibility_changed(adoption, published=True)
    return adoption


@transaction.atomic
def practice_items_erase(*, user, placeholder, keep_content: bool) -> None:
    """Account deletion: the person's adoption reports and updates go with it, or, when
    they chose to leave their content, move to the placeholder account (a report the
    placeholder already holds for the same practice is deleted instead). Counts and
    states follow."""
    adoptions = Adoption.objects.select_for_update().filter(author=user)
    for adoption in adoptions:
        if keep_content:
            try:
                with transaction.atomic():
                    Adoption.objects.filter(pk=adoption.pk).update(author=placeholder)
                continue
            except IntegrityError:
                pass
        if adoption.status == Visibility.PUBLISHED:
            _visibility_changed(adoption, published=False)
        adoption.delete()
    updates = PracticeUpdate.objects.filter(author=user)
    if keep_content:
        updates.update(author=placeholder)
        return
    contribution_ids = set(updates.values_list("contribution_id", flat=True))
    updates.delete()
    for contribution_id in contribution_ids:
        _state_recompute(contribution_id)
