"""What the network app holds about a person (core/holders.py); it goes with the
account row."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from praxisdialog.core.holders import Consent, Holder, register, row, texts_erased

from .models import Block, ContactRequest, Message, Profile
from .selectors import profile_get_own
from .services import profile_unlist


def export(user) -> dict:
    profile = Profile.objects.filter(user=user).first()
    profile_data = None
    if profile is not None:
        profile_data = row(
            profile,
            [
                "display_name",
                "is_listed",
                "visibility",
                "organisation",
                "region",
                "offer_text",
                "seek_text",
                "created_at",
            ],
        )
        profile_data["languages"] = profile.language_codes
    requests = ContactRequest.objects.filter(Q(sender=user) | Q(recipient=user))
    return {
        "profile": profile_data,
        "contact_requests": [
            {
                "direction": "sent" if request.sender_id == user.pk else "received",
                **row(request, ["status", "created_at", "answered_at"]),
                # The text of a received request is its sender's.
                **({"message": request.message} if request.sender_id == user.pk else {}),
            }
            for request in requests
        ],
        # Only what this person wrote: the other side's messages are theirs.
        "messages": [
            row(message, ["conversation_id", "text", "created_at"])
            for message in Message.objects.filter(author=user)
        ],
        "blocked_accounts": Block.objects.filter(blocker=user).count(),
    }


def erase(ctx) -> None:
    # The profile goes with the account row; the copies of its texts go with it.
    if not ctx.keep_content:
        texts_erased(
            Profile, list(Profile.objects.filter(user=ctx.user).values_list("pk", flat=True))
        )
    # Conversations go with either person's account, both sides' messages with them
    # and the requests that opened them, and so do the translations they asked for.
    texts_erased(
        ContactRequest,
        list(
            ContactRequest.objects.filter(Q(sender=ctx.user) | Q(recipient=ctx.user)).values_list(
                "pk", flat=True
            )
        ),
    )
    texts_erased(
        Message,
        list(
            Message.objects.filter(
                Q(conversation__request__sender=ctx.user)
                | Q(conversation__request__recipient=ctx.user)
            ).values_list("pk", flat=True)
        ),
    )


def listed_profile(user) -> Profile | None:
    """The person's profile if they chose to show it in the network."""
    profile = profile_get_own(user=user)
    return profile if profile is not None and profile.is_listed else None


def withdraw_listing(*, user, obj) -> Profile | None:
    return profile_unlist(user=user)


register(
    Holder(
        "network",
        _("Network profile and messages"),
        order=90,
        export=export,
        erase=erase,
        consents={"network_profile": Consent(given=listed_profile, withdraw=withdraw_listing)},
    )
)
