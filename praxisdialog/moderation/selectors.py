from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Min, Q, QuerySet

from praxisdialog.core import targets

from .models import AccountStanding, Contest, Decision, QueueEntry

GROUP_NAME = "Moderators"


def standing_for(user) -> AccountStanding | None:
    if not getattr(user, "is_authenticated", False):
        return None
    cached = getattr(user, "_praxis_standing", False)
    if cached is False:
        cached = AccountStanding.objects.filter(user=user).first()
        user._praxis_standing = cached
    return cached


def user_is_suspended(user) -> bool:
    standing = standing_for(user)
    return bool(standing and standing.suspended_at)


def user_is_trusted(user) -> bool:
    if getattr(user, "is_staff", False):
        return True
    standing = standing_for(user)
    return bool(standing and standing.trusted)


def premoderation_threshold(kind: str) -> int:
    """How many posts of a kind a new account has published before the next one
    appears at once (settings MODERATION_PREMODERATE_CONTRIBUTIONS / _COMMENTS)."""
    if kind == "contribution":
        return settings.MODERATION_PREMODERATE_CONTRIBUTIONS
    return settings.MODERATION_PREMODERATE_COMMENTS


def user_needs_premoderation(*, user, kind: str, published_count: int) -> bool:
    """A trusted account, staff or moderator posts at once; a new account waits until
    it has `premoderation_threshold(kind)` posts of that kind published."""
    if user_is_trusted(user):
        return False
    from praxisdialog.accounts.rules import is_moderator

    if is_moderator(user):
        return False
    return published_count < premoderation_threshold(kind)


def report_target_get(*, kind: str, pk: int, user):
    """What `user` may report: only what they may read and what is shown as it stands
    (a published contribution, a visible comment, a listed profile), through the same
    selectors as the pages, so a report follows its target's visibility (a call set
    back to draft, a hidden contribution, a hidden or deleted comment) and never
    confirms that something hidden exists. None otherwise."""
    registered = targets.target_for_kind(kind)
    if registered is None or registered.get_for_report is None:
        return None
    return registered.get_for_report(pk=pk, user=user)


def queue_list_open() -> dict[str, list[QueueEntry]]:
    """The desk's sections: pre-moderation, reported (most reported first), flagged."""
    entries = list(
        QueueEntry.objects.filter(status=QueueEntry.Status.OPEN)
        .select_related("content_type")
        .prefetch_related("reports")
        .order_by("-report_count", "created_at")[:200]
    )
    _attach_targets(entries)
    return {
        "premoderation": [e for e in entries if e.premoderation and not e.report_count],
        "reported": [e for e in entries if e.report_count],
        "flagged": [e for e in entries if e.flags and not e.premoderation and not e.report_count],
    }


def _attach_targets(entries) -> None:
    """Loads the targets with one query per type instead of one per entry."""
    by_type: dict[int, list] = {}
    for entry in entries:
        by_type.setdefault(entry.content_type_id, []).append(entry)
    for type_id, group in by_type.items():
        model = ContentType.objects.get_for_id(type_id).model_class()
        objects = targets.load_many(model=model, ids=[entry.object_id for entry in group])
        for entry in group:
            entry.target_object = objects.get(entry.object_id)


def entry_get_for_decision(*, pk: int) -> QueueEntry | None:
    entry = (
        QueueEntry.objects.select_related("content_type")
        .prefetch_related("reports", "decisions__moderator")
        .filter(pk=pk)
        .first()
    )
    if entry is not None:
        _attach_targets([entry])
    return entry


def contest_get_for_desk(*, pk: int) -> Contest | None:
    """A contest with what its page shows; the caller has checked the desk permission
    first, so outsiders learn nothing about which contests exist."""
    return (
        Contest.objects.select_related("decision__moderator", "decision__content_type", "author")
        .filter(pk=pk)
        .first()
    )


def contest_list_open() -> QuerySet[Contest]:
    return (
        Contest.objects.filter(outcome="")
        .select_related("decision__moderator", "decision__content_type", "author")
        .order_by("created_at")
    )


def decision_list_log() -> QuerySet[Decision]:
    return Decision.objects.select_related("moderator", "subject", "content_type").order_by(
        "-created_at", "-pk"
    )


def decision_get_for_display(*, pk: int, user) -> Decision | None:
    decision = (
        Decision.objects.select_related("moderator", "subject", "content_type")
        .filter(pk=pk)
        .first()
    )
    if decision is None or not user.has_perm("moderation.view_decision", decision):
        return None
    return decision


def latest_hiding_decision(*, target) -> Decision | None:
    content_type = ContentType.objects.get_for_model(target)
    return (
        Decision.objects.filter(content_type=content_type, object_id=target.pk)
        .order_by("-created_at", "-pk")
        .first()
    )


def queue_summary() -> dict:
    """Open entries, how many of them were reported, and when the oldest came in."""
    return QueueEntry.objects.filter(status=QueueEntry.Status.OPEN).aggregate(
        total=Count("pk"),
        reported=Count("pk", filter=Q(report_count__gt=0)),
        oldest_at=Min("created_at"),
    )
