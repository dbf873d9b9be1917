"""The network in the API: directory and profile reads respect each profile's
visibility; contact requests and conversations answer their participants only.
No answer carries an e-mail address, except a conversation partner's who shared it."""

from datetime import datetime

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status

from praxisdialog.accounts.selectors import user_is_verified
from praxisdialog.api.auth import optional_user, session_or_token
from praxisdialog.api.pagination import PAGE_QUERY, PageOut, paginate
from praxisdialog.api.schemas import ErrorOut

from . import services
from .models import ContactRequest, Conversation, Profile
from .selectors import (
    ProfileFilters,
    contact_request_get_for_participant,
    contact_request_list_for_user,
    conversation_get_summary_for_participant,
    conversation_list_for_user,
    message_list_for_conversation,
    profile_get_for_display,
    profile_list_visible,
    suggestion_ranking_for_user,
)

router = Router(tags=["network"])

PAGE_SIZE = settings.NETWORK_PAGE_SIZE


class TermOut(Schema):
    slug: str
    name: str


class ProfileOut(Schema):
    id: int
    display_name: str
    role: TermOut | None
    organisation: str
    setting: TermOut | None
    region: str
    languages: list[str]
    offers: list[TermOut]
    offer_text: str
    seeks: list[TermOut]
    seek_text: str
    text_language: str
    visibility: str
    url: str


class ProfilePage(PageOut):
    items: list[ProfileOut]
    ignored_filters: list[str]


class SuggestionOut(Schema):
    profile: ProfileOut
    score: int
    reasons: list[str]


class SuggestionPage(PageOut):
    items: list[SuggestionOut]


class ContactRequestIn(Schema):
    message: str


class ContactRequestOut(Schema):
    id: int
    direction: str
    other: str
    other_profile: int | None
    message: str
    status: str
    created_at: datetime
    conversation: int | None


class ContactRequestPage(PageOut):
    items: list[ContactRequestOut]


class MessageIn(Schema):
    text: str


class MessageOut(Schema):
    id: int
    mine: bool
    text: str
    created_at: datetime


class MessagePage(PageOut):
    items: list[MessageOut]


class ConversationOut(Schema):
    id: int
    other: str
    other_profile: int | None
    other_email: str | None
    shares_my_email: bool
    opening_message: str
    last_message_at: datetime | None
    message_count: int
    messages_url: str


class ConversationPage(PageOut):
    items: list[ConversationOut]


def _term(term) -> dict | None:
    return {"slug": term.slug, "name": term.label} if term is not None else None


def _profile_out(request, profile: Profile) -> dict:
    return {
        "id": profile.pk,
        "display_name": profile.display_name,
        "role": _term(profile.role),
        "organisation": profile.organisation,
        "setting": _term(profile.setting),
        "region": profile.region,
        "languages": profile.language_codes,
        "offers": [_term(i) for i in profile.offers.all()],
        "offer_text": profile.offer_text,
        "seeks": [_term(i) for i in profile.seeks.all()],
        "seek_text": profile.seek_text,
        "text_language": profile.language,
        "visibility": profile.visibility,
        "url": request.build_absolute_uri(profile.get_absolute_url()),
    }


def _person(user) -> tuple[str, int | None]:
    profile = getattr(user, "network_profile", None)
    if profile is None:
        return user.public_name, None
    return profile.display_name, profile.pk


def _request_out(contact_request: ContactRequest, user) -> dict:
    mine = contact_request.sender_id == user.pk
    other = contact_request.recipient if mine else contact_request.sender
    name, profile_id = _person(other)
    conversation = getattr(contact_request, "conversation", None)
    return {
        "id": contact_request.pk,
        "direction": "sent" if mine else "received",
        "other": name,
        "other_profile": profile_id,
        "message": contact_request.message,
        "status": contact_request.status,
        "created_at": contact_request.created_at,
        "conversation": conversation.pk if conversation else None,
    }


def _conversation_out(request, conversation: Conversation, user) -> dict:
    other = conversation.other(user)
    name, profile_id = _person(other)
    return {
        "id": conversation.pk,
        "other": name,
        "other_profile": profile_id,
        "other_email": other.email if conversation.shares_email(other) else None,
        "shares_my_email": conversation.shares_email(user),
        "opening_message": conversation.request.message,
        "last_message_at": conversation.last_message_at,
        "message_count": conversation.message_count,
        "messages_url": request.build_absolute_uri(
            reverse("api:list_messages", kwargs={"conversation_id": conversation.pk})
        ),
    }


def _message_out(message, user) -> dict:
    return {
        "id": message.pk,
        "mine": message.author_id == user.pk,
        "text": message.text,
        "created_at": message.created_at,
    }


def _require_verified(user) -> None:
    if not user_is_verified(user):
        raise PermissionDenied(_("Please confirm your e-mail address first."))


@router.get("/network/profiles", response=ProfilePage)
def list_profiles(
    request,
    q: str = "",
    role: str = "",
    setting: str = "",
    region: str = "",
    language: str = "",
    offer: str = "",
    seek: str = "",
    page: int = PAGE_QUERY,
):
    """The directory: public profiles for everyone, and the participants-only ones for
    signed-in, verified participants (session or token)."""
    user = optional_user(request)
    filters = ProfileFilters.from_query(
        {
            "q": q,
            "role": role,
            "setting": setting,
            "region": region,
            "language": language,
            "offer": offer,
            "seek": seek,
        }
    )
    profiles = profile_list_visible(user=user, filters=filters)
    result = paginate(profiles, page=page, page_size=PAGE_SIZE)
    return {
        **result,
        "items": [_profile_out(request, profile) for profile in result["items"]],
        "ignored_filters": filters.ignored,
    }


@router.get("/network/profiles/{profile_id}", response={200: ProfileOut, 404: ErrorOut})
def get_profile(request, profile_id: int):
    """A profile, if its visibility lets this reader see it; otherwise 404."""
    profile = profile_get_for_display(pk=profile_id, user=optional_user(request))
    if profile is None:
        raise Http404
    return _profile_out(request, profile)


@router.get("/network/suggestions", auth=session_or_token, response=SuggestionPage)
def list_suggestions(request, page: int = PAGE_QUERY):
    """People you could talk to, best first, with the reasons in words."""
    ranking = suggestion_ranking_for_user(user=request.auth)
    result = paginate(ranking.profiles, page=page, page_size=PAGE_SIZE)
    return {
        **result,
        "items": [
            {
                "profile": _profile_out(request, suggestion.profile),
                "score": suggestion.score,
                "reasons": suggestion.reasons,
            }
            for suggestion in ranking.suggestions(result["items"])
        ],
    }


@router.post(
    "/network/profiles/{profile_id}/contact-requests",
    auth=session_or_token,
    response={201: ContactRequestOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut, 429: ErrorOut},
)
def create_contact_request(request, profile_id: int, payload: ContactRequestIn):
    """Sends a contact request. Limited per account: 429 when too many were sent."""
    user = request.auth
    _require_verified(user)
    profile = profile_get_for_display(pk=profile_id, user=user)
    if profile is None:
        raise Http404
    try:
        contact_request = services.contact_request_send(
            sender=user, profile=profile, message=payload.message
        )
    except services.RateLimited as error:
        return Status(429, {"detail": error.messages[0]})
    return Status(201, _request_out(contact_request, user))


@router.get("/network/contact-requests", auth=session_or_token, response=ContactRequestPage)
def list_contact_requests(request, page: int = PAGE_QUERY):
    """Requests waiting for your answer (oldest first), then those you sent (newest
    first)."""
    user = request.auth
    result = paginate(contact_request_list_for_user(user=user), page=page, page_size=PAGE_SIZE)
    return {**result, "items": [_request_out(item, user) for item in result["items"]]}


@router.post(
    "/network/contact-requests/{request_id}/{decision}",
    auth=session_or_token,
    response={200: ContactRequestOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
)
def answer_contact_request(request, request_id: int, decision: str):
    """`decision` is `accept` or `decline` (the recipient answers) or `withdraw` (the
    sender takes back a request not yet answered)."""
    user = request.auth
    contact_request = contact_request_get_for_participant(pk=request_id, user=user)
    if contact_request is None or decision not in ("accept", "decline", "withdraw"):
        raise Http404
    if decision == "withdraw":
        services.contact_request_withdraw(contact_request=contact_request, user=user)
    else:
        services.contact_request_answer(
            contact_request=contact_request, user=user, accept=decision == "accept"
        )
    contact_request = contact_request_get_for_participant(pk=request_id, user=user)
    return _request_out(contact_request, user)


@router.get("/network/conversations", auth=session_or_token, response=ConversationPage)
def list_conversations(request, page: int = PAGE_QUERY):
    """Your conversations, the one with the latest message first."""
    user = request.auth
    result = paginate(conversation_list_for_user(user=user), page=page, page_size=PAGE_SIZE)
    return {
        **result,
        "items": [
            _conversation_out(request, conversation, user) for conversation in result["items"]
        ],
    }


@router.get(
    "/network/conversations/{conversation_id}",
    auth=session_or_token,
    response={200: ConversationOut, 404: ErrorOut},
)
def get_conversation(request, conversation_id: int):
    """A conversation, for its two participants only; its messages are a list of their
    own (`messages_url`)."""
    user = request.auth
    conversation = conversation_get_summary_for_participant(pk=conversation_id, user=user)
    if conversation is None:
        raise Http404
    return _conversation_out(request, conversation, user)


@router.get(
    "/network/conversations/{conversation_id}/messages",
    auth=session_or_token,
    response={200: MessagePage, 404: ErrorOut},
)
def list_messages(request, conversation_id: int, page: int = PAGE_QUERY):
    """The messages of a conversation, oldest first, for its two participants only."""
    user = request.auth
    conversation = conversation_get_summary_for_participant(pk=conversation_id, user=user)
    if conversation is None:
        raise Http404
    result = paginate(
        message_list_for_conversation(conversation=conversation), page=page, page_size=PAGE_SIZE
    )
    return {**result, "items": [_message_out(message, user) for message in result["items"]]}


@router.post(
    "/network/conversations/{conversation_id}/messages",
    auth=session_or_token,
    response={201: MessageOut, 404: ErrorOut, 422: ErrorOut},
)
def create_message(request, conversation_id: int, payload: MessageIn):
    user = request.auth
    conversation = conversation_get_summary_for_participant(pk=conversation_id, user=user)
    if conversation is None:
        raise Http404
    message = services.message_send(conversation=conversation, author=user, text=payload.text)
    return Status(201, _message_out(message, user))
