"""Every change in the network: profiles, contact requests, conversations, blocks and
reports. Each function is one transaction; mail goes out through the task queue after
commit. Nothing here discloses an e-mail address before a request is accepted and its
owner chooses to share it."""

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from praxisdialog.accounts.selectors import user_is_verified
from praxisdialog.calls.models import Role, Setting
from praxisdialog.contributions.models import Region, TextLanguage
from praxisdialog.core.ratelimit import window_count, window_hit
from praxisdialog.core.texts import clean_text, text_errors
from praxisdialog.moderation.rules import refuse_if_suspended
from praxisdialog.notifications.models import Delivery, Kind
from praxisdialog.notifications.services import delivery_for, notify

from .models import (
    Block,
    ContactRequest,
    Conversation,
    Interest,
    Message,
    Profile,
    ProfileLanguage,
)
from .rules import blocked_between

# Contact requests per account and window: enough to reach out, too few to spam.
CONTACT_REQUEST_LIMIT = 5
CONTACT_REQUEST_WINDOW = 60 * 60 * 24
DISPLAY_NAME_MAX_LENGTH = Profile._meta.get_field("display_name").max_length
ORGANISATION_MAX_LENGTH = Profile._meta.get_field("organisation").max_length
LINE_MAX_LENGTH = Profile._meta.get_field("offer_text").max_length


class RateLimited(ValidationError):
    """Too many contact requests from one account in the window; try again later."""

    def __init__(self):
        super().__init__(
            _(
                "You have sent %(limit)d contact requests within a day. Please wait a "
                "little before you send more; this protects everyone from unwanted mail."
            )
            % {"limit": CONTACT_REQUEST_LIMIT},
            code="rate_limited",
        )


@dataclass
class ProfileInput:
    """What a person says about themselves; built by the form or the API."""

    display_name: str
    is_listed: bool = False
    visibility: str = Profile.Visibility.PARTICIPANTS
    role: Role | None = None
    organisation: str = ""
    setting: Setting | None = None
    region: str = ""
    languages: list[str] = field(default_factory=list)
    offers: list[Interest] = field(default_factory=list)
    offer_text: str = ""
    seeks: list[Interest] = field(default_factory=list)
    seek_text: str = ""


def _check_profile(data: ProfileInput) -> None:
    errors: dict[str, list[str]] = {}

    def add(key: str, message: str) -> None:
        errors.setdefault(key, []).append(message)

    texts = {
        "display_name": data.display_name,
        "organisation": data.organisation,
        "offer_text": data.offer_text,
        "seek_text": data.seek_text,
    }
    rules = {
        "display_name": {
            "max_length": DISPLAY_NAME_MAX_LENGTH,
            "required": _("Please choose a name to be shown; a pseudonym is fine."),
            "no_links": _("Please choose a name without links, domain names or e-mail addresses."),
        },
        "organisation": {"max_length": ORGANISATION_MAX_LENGTH},
        "offer_text": {"max_length": LINE_MAX_LENGTH},
        "seek_text": {"max_length": LINE_MAX_LENGTH},
    }
    for key, text in texts.items():
        for message in text_errors(text, **rules[key]):
            add(key, message)
    if data.visibility not in Profile.Visibility.values:
        add("visibility", _("“%(value)s” is not one of the choices.") % {"value": data.visibility})
    if data.region and data.region not in Region.values:
        add("region", _("“%(value)s” is not one of the choices.") % {"value": data.region})
    for code in data.languages:
        if code not in TextLanguage.values:
            add("languages", _("“%(value)s” is not one of the choices.") % {"value": code})
    if errors:
        raise ValidationError(errors)


def _text_language(*texts: str, fallback: str) -> str:
    """The language recognised from what the person wrote; empty when they wrote nothing."""
    from praxisdialog.translation.detection import detect_language

    if not any(text.strip() for text in texts):
        return ""
    return detect_language(*texts, fallback=fallback)


@transaction.atomic
def profile_save(*, user, data: ProfileInput) -> Profile:
    """Creates or changes the network profile of `user`. A new profile is not listed
    unless its owner says so. A suspended account cannot change it. Its texts pass the
    checks of every public text: with personal data or a watched word the profile is
    hidden (but for its owner and the moderators) and waits on the moderation desk."""
    if not user_is_verified(user):
        raise PermissionDenied(_("Please confirm your e-mail address first."))
    refuse_if_suspended(user)
    _check_profile(data)
    flags = _screen_profile(data)
    profile = Profile.objects.select_for_update().filter(user=user).first() or Profile(user=user)
    profile.display_name = data.display_name.strip()
    profile.is_listed = data.is_listed
    profile.visibility = data.visibility
    profile.role = data.role
    profile.organisation = data.organisation.strip()
    profile.setting = data.setting
    profile.region = data.region
    profile.offer_text = data.offer_text.strip()
    profile.seek_text = data.seek_text.strip()
    profile.language = _text_language(
        profile.offer_text,
        profile.seek_text,
        fallback=(data.languages[0] if data.languages else user.preferred_language),
    )
    if flags:
        # Held back like any public text with personal data or a watched word: hidden
        # from everyone but its owner and the moderators until a moderator has looked.
        profile.hidden_at = profile.hidden_at or timezone.now()
    profile.save()
    profile.offers.set(data.offers)
    profile.seeks.set(data.seeks)
    codes = sorted(set(data.languages))
    ProfileLanguage.objects.filter(profile=profile).exclude(code__in=codes).delete()
    existing = set(profile.languages.values_list("code", flat=True))
    ProfileLanguage.objects.bulk_create(
        [ProfileLanguage(profile=profile, code=code) for code in codes if code not in existing]
    )
    if flags:
        from praxisdialog.moderation.services import queue_hold

        queue_hold(target=profile, premoderation=False, flags=flags)
    return profile


@transaction.atomic
def profile_unlist(*, user) -> Profile | None:
    """The person takes back consent to be listed in the network (from the privacy
    pages): the profile stays, shown to nobody. None when it was not listed."""
    profile = Profile.objects.filter(user=user).first()
    if profile is None or not profile.is_listed:
        return None
    return profile_save(
        user=user,
        data=ProfileInput(
            display_name=profile.display_name,
            is_listed=False,
            visibility=profile.visibility,
            role=profile.role,
            organisation=profile.organisation,
            setting=profile.setting,
            region=profile.region,
            languages=profile.language_codes,
            offers=list(profile.offers.all()),
            offer_text=profile.offer_text,
            seeks=list(profile.seeks.all()),
            seek_text=profile.seek_text,
        ),
    )


def _screen_profile(data: ProfileInput) -> list[dict]:
    """The checks every public text passes (personal data, watched words), over the
    profile's texts together."""
    from praxisdialog.moderation.checks import screen_text

    texts = [data.display_name, data.organisation, data.offer_text, data.seek_text]
    return screen_text("\n".join(text or "" for text in texts))


@transaction.atomic
def profile_delete(*, user) -> None:
    """Removes the profile; requests and conversations stay for the other side."""
    Profile.objects.filter(user=user).delete()


def _rate_key(user) -> str:
    return f"network:contact-requests:{user.pk}"


def contact_requests_left(*, user) -> int:
    used = window_count(_rate_key(user), window=CONTACT_REQUEST_WINDOW)
    return max(CONTACT_REQUEST_LIMIT - used, 0)


@transaction.atomic
def contact_request_send(*, sender, profile: Profile, message: str) -> ContactRequest:
    """Sends a contact request to the owner of `profile`, with a message.

    The sender needs a listed profile of their own (it is mutual), may not be blocked
    either way, and can have one open request per pair; after a decline they cannot ask
    the same person again. At most CONTACT_REQUEST_LIMIT requests per account and day
    (RateLimited); the count lives in the shared cache, under core's rate-limit windows."""
    recipient = profile.user
    refuse_if_suspended(sender)
    if not sender.has_perm("network.contact_profile", profile):
        raise PermissionDenied(_("You cannot contact this person."))
    own = Profile.objects.filter(user=sender, is_listed=True).first()
    if own is None:
        raise ValidationError(
            _("Please switch on your own network profile first, so they can see who asks.")
        )
    message = clean_text(
        message,
        field="message",
        max_length=ContactRequest.MESSAGE_MAX_LENGTH,
        required=_("Please write a few words about why you ask."),
        too_long=_("The message can be at most %(max)d characters long."),
    )
    between = ContactRequest.objects.filter(
        Q(sender=sender, recipient=recipient) | Q(sender=recipient, recipient=sender)
    )
    if between.filter(status=ContactRequest.Status.ACCEPTED).exists():
        raise ValidationError(_("You are already in contact with this person."))
    if between.filter(status=ContactRequest.Status.PENDING).exists():
        raise ValidationError(_("There is already an open contact request between you."))
    if between.filter(
        sender=sender, recipient=recipient, status=ContactRequest.Status.DECLINED
    ).exists():
        raise ValidationError(_("This person has not accepted your earlier request."))
    if contact_requests_left(user=sender) <= 0:
        raise RateLimited
    try:
        with transaction.atomic():
            contact_request = ContactRequest.objects.create(
                sender=sender,
                recipient=recipient,
                message=message,
                language=_text_language(message, fallback=sender.preferred_language),
            )
    except IntegrityError as error:
        raise ValidationError(_("There is already an open contact request between you.")) from error
    window_hit(_rate_key(sender), window=CONTACT_REQUEST_WINDOW)
    _tell(
        recipient=recipient,
        kind=Kind.CONTACT_REQUEST,
        actor=own.display_name,
        url=reverse("network:contact-request-list"),
    )
    from .tasks import send_contact_request_mail

    transaction.on_commit(lambda: send_contact_request_mail.enqueue(request_id=contact_request.pk))
    return contact_request


@transaction.atomic
def contact_request_answer(*, contact_request: ContactRequest, user, accept: bool):
    """The recipient accepts (a conversation opens, the sender is told by mail) or
    declines (the sender sees it in their list; no mail). The row is locked, so a
    double click cannot answer twice."""
    locked = ContactRequest.objects.select_for_update().get(pk=contact_request.pk)
    if locked.recipient_id != user.pk:
        raise PermissionDenied(_("Only the person asked can answer this request."))
    if accept:
        refuse_if_suspended(user)  # accepting opens a conversation; declining stays open
    if locked.status != ContactRequest.Status.PENDING:
        raise ValidationError(_("This request has already been answered."))
    if accept and blocked_between(locked.sender, locked.recipient):
        raise ValidationError(_("You cannot accept a request from a person you blocked."))
    locked.status = ContactRequest.Status.ACCEPTED if accept else ContactRequest.Status.DECLINED
    locked.answered_at = timezone.now()
    locked.save(update_fields=["status", "answered_at"])
    conversation = None
    if accept:
        conversation = Conversation.objects.create(request=locked)
        _tell(
            recipient=locked.sender,
            kind=Kind.CONTACT_ACCEPTED,
            actor=_network_name(locked.recipient),
            url=conversation.get_absolute_url(),
        )
        from .tasks import send_contact_accepted_mail

        transaction.on_commit(
            lambda: send_contact_accepted_mail.enqueue(conversation_id=conversation.pk)
        )
    contact_request.refresh_from_db()
    return conversation


@transaction.atomic
def contact_request_withdraw(*, contact_request: ContactRequest, user) -> ContactRequest:
    """The sender takes back a request that has not been answered yet; the recipient no
    longer sees it. Unlike a decline, it does not stop a later request."""
    locked = ContactRequest.objects.select_for_update().get(pk=contact_request.pk)
    if locked.sender_id != user.pk:
        raise PermissionDenied(_("Only the person who asked can withdraw this request."))
    if locked.status != ContactRequest.Status.PENDING:
        raise ValidationError(_("This request has already been answered."))
    locked.status = ContactRequest.Status.WITHDRAWN
    locked.answered_at = timezone.now()
    locked.save(update_fields=["status", "answered_at"])
    return locked


@transaction.atomic
def message_send(*, conversation: Conversation, author, text: str) -> Message:
    """A message in an open conversation; the other side is told by mail."""
    if not conversation.has_participant(author):
        raise PermissionDenied(_("You are not part of this conversation."))
    refuse_if_suspended(author)
    other = conversation.other(author)
    if blocked_between(author, other):
        raise ValidationError(_("This conversation is closed."))
    text = clean_text(
        text,
        max_length=Message.TEXT_MAX_LENGTH,
        required=_("Please write a message."),
        too_long=_("The message can be at most %(max)d characters long."),
    )
    message = Message.objects.create(
        conversation=conversation,
        author=author,
        text=text,
        language=_text_language(text, fallback=author.preferred_language),
    )
    Conversation.objects.filter(pk=conversation.pk).update(last_message_at=message.created_at)
    _tell(
        recipient=conversation.other(author),
        kind=Kind.NETWORK_MESSAGE,
        actor=_network_name(author),
        url=conversation.get_absolute_url(),
    )
    from .tasks import send_message_mail

    transaction.on_commit(lambda: send_message_mail.enqueue(message_id=message.pk))
    return message


@transaction.atomic
def message_translate(*, message: Message, reader, target: str):
    """Asks for the machine translation of `message` into `target` for `reader`, one of
    the two people in its conversation: a private message goes to the translation
    service only on such a request, never because a page showed it. A task makes it
    (the page does not wait); the stored row is returned, being made or done, and is
    shared by both people. None when it cannot be translated (no service, or the
    message is already in `target`)."""
    from praxisdialog.translation.services import translation_request

    if not message.conversation.has_participant(reader):
        raise PermissionDenied(_("You are not part of this conversation."))
    return translation_request(obj=message, target=target, asked=True)


@transaction.atomic
def contact_request_translate(*, contact_request: ContactRequest, reader, target: str):
    """Asks for the machine translation of a contact request's message into `target`
    for its recipient, as `message_translate` does for a message: it goes to the
    service only on their request, and only while they can read it (waiting for their
    answer, or at the top of the conversation they accepted). None when it cannot be
    translated (no service, the message is already in `target`, or it is no longer
    theirs to read)."""
    from praxisdialog.translation.services import translation_request

    if contact_request.recipient_id != reader.pk:
        raise PermissionDenied(_("Only the person asked can have this request translated."))
    return translation_request(obj=contact_request, target=target, asked=True)


@transaction.atomic
def email_share_set(*, conversation: Conversation, user, share: bool) -> Conversation:
    """Lets the other participant see (or no longer see) this person's e-mail address."""
    if not conversation.has_participant(user):
        raise PermissionDenied(_("You are not part of this conversation."))
    field_name = (
        "sender_shares_email"
        if user.pk == conversation.request.sender_id
        else "recipient_shares_email"
    )
    Conversation.objects.filter(pk=conversation.pk).update(**{field_name: share})
    setattr(conversation, field_name, share)
    return conversation


@transaction.atomic
def block_create(*, blocker, blocked) -> Block:
    """Blocks a person: they no longer see the blocker's profile and cannot contact
    them; open requests between the two are declined."""
    if blocker.pk == blocked.pk:
        raise ValidationError(_("You cannot block yourself."))
    block, _created = Block.objects.get_or_create(blocker=blocker, blocked=blocked)
    ContactRequest.objects.filter(
        Q(sender=blocker, recipient=blocked) | Q(sender=blocked, recipient=blocker),
        status=ContactRequest.Status.PENDING,
    ).update(status=ContactRequest.Status.DECLINED, answered_at=timezone.now())
    return block


@transaction.atomic
def block_delete(*, blocker, blocked_id: int) -> None:
    Block.objects.filter(blocker=blocker, blocked_id=blocked_id).delete()


@transaction.atomic
def profile_moderate(*, profile: Profile, hidden: bool) -> Profile:
    """Hides a profile from everyone but its owner and the moderators, or shows it again.
    Called by the moderation desk, which logs the decision and tells the owner."""
    profile.hidden_at = timezone.now() if hidden else None
    profile.save(update_fields=["hidden_at", "updated_at"])
    return profile


@transaction.atomic
def profile_hide_all_by(*, user) -> int:
    """Hides the profile of an account that is suspended with all it wrote."""
    profiles = list(Profile.objects.filter(user=user, hidden_at__isnull=True))
    for profile in profiles:
        profile_moderate(profile=profile, hidden=True)
    return len(profiles)


# Notifications and mail ---------------------------------------------------------------


def _network_name(user) -> str:
    profile = Profile.objects.filter(user=user).only("display_name").first()
    return profile.display_name if profile else user.public_name


def _tell(*, recipient, kind: str, actor: str, url: str) -> None:
    """The bell in the site; the mail is the network's own (it carries the message), sent
    by the tasks below when the person wants this kind of news at once."""
    notify(recipients=[recipient], kind=kind, data={"actor": actor}, url=url, mail=False)


def _wants_mail_now(user, kind: str) -> bool:
    return delivery_for(user=user, kind=kind) == Delivery.IMMEDIATE


def contact_request_mail_send(*, contact_request: ContactRequest) -> None:
    from praxisdialog.core.emails import send_templated_mail_once

    recipient = contact_request.recipient
    if not _wants_mail_now(recipient, Kind.CONTACT_REQUEST):
        return
    sender_profile = Profile.objects.filter(user_id=contact_request.sender_id).first()
    send_templated_mail_once(
        key=f"network.contact_request:{contact_request.pk}",
        template="network/emails/contact_request",
        to=[recipient.email],
        language=recipient.preferred_language,
        context={
            "contact_request": contact_request,
            "recipient": recipient,
            "sender_name": sender_profile.display_name
            if sender_profile
            else contact_request.sender.public_name,
        },
    )


def contact_accepted_mail_send(*, conversation: Conversation) -> None:
    from praxisdialog.core.emails import send_templated_mail_once

    sender = conversation.request.sender
    if not _wants_mail_now(sender, Kind.CONTACT_ACCEPTED):
        return
    recipient_profile = Profile.objects.filter(user_id=conversation.request.recipient_id).first()
    send_templated_mail_once(
        key=f"network.contact_accepted:{conversation.pk}",
        template="network/emails/contact_accepted",
        to=[sender.email],
        language=sender.preferred_language,
        context={
            "conversation": conversation,
            "person": sender,
            "other_name": recipient_profile.display_name
            if recipient_profile
            else conversation.request.recipient.public_name,
        },
    )


def message_mail_send(*, message: Message) -> None:
    from praxisdialog.core.emails import send_templated_mail_once

    conversation = message.conversation
    other = conversation.other(message.author)
    if not _wants_mail_now(other, Kind.NETWORK_MESSAGE):
        return
    author_profile = Profile.objects.filter(user_id=message.author_id).first()
    send_templated_mail_once(
        key=f"network.message:{message.pk}",
        template="network/emails/message",
        to=[other.email],
        language=other.preferred_language,
        context={
            "conversation": conversation,
            "message": message,
            "person": other,
            "author_name": author_profile.display_name
            if author_profile
            else message.author.public_name,
        },
    )
