"""One provider per app: what it holds about a person, for the export, and what happens
to it when the account is deleted. registry.py lists them.

`export(user)` returns plain JSON data. `erase(ctx)` runs inside the deletion's
transaction before the user row is deleted; it handles what a cascade would not do
right: content that is kept (moved to the placeholder account), counters, rows that
point at the person by e-mail address or through SET_NULL, files on disk."""

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import F, Q
from django.utils import timezone


@dataclass
class ErasureContext:
    user: Any
    email: str
    keep_content: bool
    placeholder: Any  # the "deleted account" that kept content moves to


def _value(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _model(app_label: str, name: str):
    """A model that another app may still be reshaping; None while it does not exist."""
    try:
        return apps.get_model(app_label, name)
    except LookupError:
        return None


def _row(obj, fields: list[str]) -> dict:
    return {name: _value(getattr(obj, name)) for name in fields}


# accounts ---------------------------------------------------------------------------


def account_export(user) -> dict:
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator

    data = _row(
        user,
        ["email", "display_name", "full_name", "preferred_language", "date_joined", "last_login"],
    )
    data["email_addresses"] = [
        _row(address, ["email", "verified", "primary"])
        for address in EmailAddress.objects.filter(user=user)
    ]
    data["api_tokens"] = [
        _row(token, ["name", "prefix", "created_at", "last_used_at", "revoked_at"])
        for token in user.api_tokens.all()
    ]
    # Never the secrets of the second factor, only that it exists.
    data["two_factor_methods"] = [
        _row(item, ["type", "created_at", "last_used_at"])
        for item in Authenticator.objects.filter(user=user)
    ]
    return data


def account_erase(ctx: ErasureContext) -> None:
    # Tokens go with the user row; revoking first closes them even inside this transaction.
    ctx.user.api_tokens.filter(revoked_at__isnull=True).update(revoked_at=timezone.now())


# machine translations ---------------------------------------------------------------


def translations_erase(ctx: ErasureContext) -> None:
    """Translations are copies of the text: they go when the text goes (kept content
    keeps its translations). Runs before the texts themselves are erased."""
    if ctx.keep_content:
        return
    from praxisdialog.contributions.models import Contribution
    from praxisdialog.discussion.models import Comment
    from praxisdialog.network.models import Profile
    from praxisdialog.translation.services import translations_erase as erase

    for kind, model in (("contribution", Contribution), ("comment", Comment)):
        erase(
            kind=kind,
            object_ids=list(model.objects.filter(author=ctx.user).values_list("pk", flat=True)),
        )
    erase(
        kind="profile",
        object_ids=list(Profile.objects.filter(user=ctx.user).values_list("pk", flat=True)),
    )


# contributions ----------------------------------------------------------------------


CONTRIBUTION_FIELDS = [
    "id",
    "title",
    "status",
    "sector",
    "region",
    "language",
    "attribution",
    *("challenge", "approach", "results", "lessons", "transfer"),
    "consent_at",
    "consent_version",
    "created_at",
    "submitted_at",
    "published_at",
]


def contributions_export(user) -> dict:
    from praxisdialog.contributions.models import Contribution, HelpfulMark

    items = []
    contributions = (
        Contribution.objects.filter(author=user)
        .select_related("call", "role", "setting")
        .prefetch_related("answers__question", "versions", "reviews")
    )
    for contribution in contributions:
        item = _row(contribution, CONTRIBUTION_FIELDS)
        item["call"] = contribution.call.title
        item["role"] = str(contribution.role)
        item["setting"] = str(contribution.setting)
        item["answers"] = [
            {"question": answer.question.text, "answer": answer.text}
            for answer in contribution.answers.all()
        ]
        item["versions"] = [
            {"number": version.number, "created_at": _value(version.created_at), **version.snapshot}
            for version in contribution.versions.all()
        ]
        item["review_decisions"] = [
            _row(review, ["decision", "message", "created_at"])
            for review in contribution.reviews.all()
        ]
        items.append(item)
    marks = HelpfulMark.objects.filter(user=user).select_related("contribution")
    return {
        "contributions": items,
        "marked_helpful": [
            {"contribution": mark.contribution.title, "created_at": _value(mark.created_at)}
            for mark in marks
        ],
    }


def _targets_delete(model, ids: list[int]) -> None:
    """Removes what hangs on deleted content through a generic target."""
    from praxisdialog.discussion.models import Comment
    from praxisdialog.moderation.models import QueueEntry
    from praxisdialog.notifications.models import Follow

    if not ids:
        return
    content_type = ContentType.objects.get_for_model(model)
    for generic in (Comment, QueueEntry, Follow):
        generic.objects.filter(content_type=content_type, object_id__in=ids).delete()


def contributions_erase(ctx: ErasureContext) -> None:
    from praxisdialog.contributions.models import Attribution, Contribution, HelpfulMark

    for mark in HelpfulMark.objects.filter(user=ctx.user):
        Contribution.objects.filter(pk=mark.contribution_id, helpful_count__gt=0).update(
            helpful_count=F("helpful_count") - 1
        )
    from praxisdialog.contributions.services import contribution_author_changed

    # Before the rows move or go: the dossiers that show them are rebuilt without them.
    contribution_author_changed(user=ctx.user, named_only=ctx.keep_content)
    own = Contribution.objects.filter(author=ctx.user)
    if ctx.keep_content:
        own.update(
            author=ctx.placeholder,
            attribution=Attribution.ANONYMOUS,
            privacy_findings=[],
            review_message="",
        )
        return
    ids = list(own.values_list("pk", flat=True))
    _targets_delete(Contribution, ids)
    own.delete()


# discussion -------------------------------------------------------------------------


def comments_export(user) -> dict:
    from praxisdialog.discussion.models import Comment, CommentReaction

    comments = Comment.objects.filter(author=user).select_related("content_type")
    return {
        "comments": [
            {
                **_row(comment, ["id", "text", "status", "created_at", "edited_at", "deleted_at"]),
                "on": f"{comment.content_type.model} {comment.object_id}",
            }
            for comment in comments
        ],
        "comments_marked_helpful": [
            {"comment": reaction.comment_id, "created_at": _value(reaction.created_at)}
            for reaction in CommentReaction.objects.filter(user=user)
        ],
    }


def comments_erase(ctx: ErasureContext) -> None:
    from praxisdialog.discussion.models import Comment, CommentReaction

    for reaction in CommentReaction.objects.filter(user=ctx.user):
        Comment.objects.filter(pk=reaction.comment_id, helpful_count__gt=0).update(
            helpful_count=F("helpful_count") - 1
        )
    own = Comment.objects.filter(author=ctx.user)
    if ctx.keep_content:
        own.update(author=ctx.placeholder, held_reasons=[], redaction_note="")
        return
    # Replies of others hang on these comments: the text goes, the place in the thread stays.
    own.update(
        author=ctx.placeholder,
        text="",
        held_reasons=[],
        redaction_note="",
        deleted_at=timezone.now(),
    )
    leaves = Comment.objects.filter(author=ctx.placeholder, text="", children__isnull=True)
    ids = list(leaves.values_list("pk", flat=True))
    _targets_delete(Comment, ids)
    Comment.objects.filter(pk__in=ids).delete()


# practices --------------------------------------------------------------------------


def practices_export(user) -> dict:
    from praxisdialog.practices.models import Adoption, PracticeUpdate

    return {
        "adoption_reports": [
            {
                **_row(adoption, ["id", "text", "status", "created_at"]),
                "contribution": adoption.contribution_id,
                "own_contribution": adoption.own_contribution_id,
            }
            for adoption in Adoption.objects.filter(author=user)
        ],
        "practice_updates": [
            {
                **_row(update, ["id", "state", "text", "status", "created_at"]),
                "contribution": update.contribution_id,
            }
            for update in PracticeUpdate.objects.filter(author=user)
        ],
    }


def practices_erase(ctx: ErasureContext) -> None:
    from praxisdialog.practices.services import practice_items_erase

    practice_items_erase(user=ctx.user, placeholder=ctx.placeholder, keep_content=ctx.keep_content)


# moderation -------------------------------------------------------------------------


def moderation_export(user) -> dict:
    from praxisdialog.moderation.models import AccountStanding, Contest, Decision, Report

    reports = Report.objects.filter(Q(reporter=user) | Q(reporter_email__iexact=user.email))
    standing = AccountStanding.objects.filter(user=user).first()
    return {
        "reports_made": [
            _row(report, ["reason", "law", "explanation", "reporter_email", "created_at"])
            for report in reports
        ],
        "decisions_about_me": [
            _row(decision, ["action", "ground", "explanation", "created_at"])
            for decision in Decision.objects.filter(subject=user)
        ],
        "contests": [
            _row(contest, ["text", "outcome", "created_at", "resolved_at"])
            for contest in Contest.objects.filter(author=user)
        ],
        "standing": _row(standing, ["trusted", "suspended_at"]) if standing else None,
    }


def moderation_erase(ctx: ErasureContext) -> None:
    from praxisdialog.moderation.models import Contest, Decision, Report

    Report.objects.filter(reporter_email__iexact=ctx.email).update(reporter_email="")
    # The log of decisions stays (transparency duties), without the person.
    Decision.objects.filter(subject=ctx.user).update(subject=None, previous_text="")
    contests = Contest.objects.filter(author=ctx.user)
    if ctx.keep_content:
        contests.update(author=ctx.placeholder)
    else:
        contests.delete()


# notifications ----------------------------------------------------------------------


def notifications_export(user) -> dict:
    return {
        "follows": [
            {
                "what": f"{follow.content_type.model} {follow.object_id}",
                **_row(follow, ["created_at"]),
            }
            for follow in user.follows.select_related("content_type")
        ],
        "preferences": [
            _row(preference, ["kind", "delivery"])
            for preference in user.notification_preferences.all()
        ],
        "notifications": [
            _row(item, ["kind", "data", "url", "created_at", "read_at"])
            for item in user.notifications.all()
        ],
    }


# events -----------------------------------------------------------------------------


def _registrations(user):
    from praxisdialog.events.models import Registration

    return Registration.objects.filter(Q(user=user) | Q(email__iexact=user.email))


def events_export(user) -> dict:
    items = []
    for registration in _registrations(user).select_related("event"):
        item = _row(
            registration,
            [
                "name",
                "email",
                "language",
                "status",
                "accessibility_needs",
                "interpretation_language",
                "dietary_needs",
                "list_consent",
                "created_at",
                "confirmed_at",
                "cancelled_at",
                "attended_at",
            ],
        )
        item["event"] = registration.event.title
        item["event_starts_at"] = _value(registration.event.starts_at)
        feedback = getattr(registration, "feedback", None)
        if feedback is not None:
            item["feedback"] = _row(feedback, ["rating", "liked", "improve", "created_at"])
        items.append(item)
    return {"registrations": items}


def events_erase(ctx: ErasureContext) -> None:
    from praxisdialog.events.models import Registration

    # Registrations made as a guest with the same address go too.
    Registration.objects.filter(Q(user=ctx.user) | Q(email__iexact=ctx.email)).delete()


# network ----------------------------------------------------------------------------


def network_export(user) -> dict:
    from praxisdialog.network.models import Block, ContactRequest, Message, Profile

    profile = Profile.objects.filter(user=user).first()
    profile_data = None
    if profile is not None:
        profile_data = _row(
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
                **_row(request, ["status", "created_at", "answered_at"]),
                # The text of a received request is its sender's.
                **({"message": request.message} if request.sender_id == user.pk else {}),
            }
            for request in requests
        ],
        # Only what this person wrote: the other side's messages are theirs.
        "messages": [
            _row(message, ["conversation_id", "text", "created_at"])
            for message in Message.objects.filter(author=user)
        ],
        "blocked_accounts": Block.objects.filter(blocker=user).count(),
        "profile_reports_made": [
            _row(report, ["reason", "explanation", "created_at"])
            for report in _model("network", "ProfileReport").objects.filter(reporter=user)
        ]
        if _model("network", "ProfileReport")
        else [],
    }


# privacy ----------------------------------------------------------------------------


def privacy_export(user) -> dict:
    from .models import ConsentWithdrawal

    return {
        "consent_withdrawals": [
            _row(item, ["kind", "object_id", "withdrawn_at"])
            for item in ConsentWithdrawal.objects.filter(user=user)
        ],
    }


def privacy_erase(ctx: ErasureContext) -> None:
    from .models import AuditEntry, DataExport
    from .storage import export_file_delete

    for export in DataExport.objects.filter(user=ctx.user):
        export_file_delete(export)
    AuditEntry.objects.filter(actor=ctx.user).update(actor=None, actor_name="")


# newsletter (built in its own app; used only once it offers these functions) -------


def newsletter_function(module: str, name: str) -> Callable | None:
    try:
        found = importlib.import_module(f"praxisdialog.newsletter.{module}")
    except ImportError:
        return None
    return getattr(found, name, None)


def newsletter_export(user):
    selector = newsletter_function("selectors", "subscriptions_for_export")
    if selector is None:
        return None
    return [
        {key: _value(value) for key, value in dict(item).items()}
        if isinstance(item, dict)
        else str(item)
        for item in selector(email=user.email)
    ]


def newsletter_erase(ctx: ErasureContext) -> None:
    forget = newsletter_function("services", "subscriber_forget")
    if forget is not None:
        forget(email=ctx.email)
