from django.db.models import (
    Avg,
    Case,
    CharField,
    Count,
    F,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext

from praxisdialog.contributions.models import Contribution

from .models import ACTIVE_STATUSES, AgendaSlot, Event, Feedback, Registration


def _with_seats(queryset: QuerySet[Event]) -> QuerySet[Event]:
    """Annotates `seats_taken`: confirmed seats and guest holds that still run."""
    now = timezone.now()
    # A correlated count per event reads that event's rows from the (event, status) index;
    # a join with GROUP BY made the database walk every registration of every event.
    taken = (
        Registration.objects.filter(event=OuterRef("pk"))
        .filter(
            Q(status=Registration.Status.CONFIRMED)
            | Q(status=Registration.Status.PENDING, hold_expires_at__gt=now)
        )
        .order_by()
        .values("event")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return queryset.annotate(seats_taken=Coalesce(Subquery(taken), 0))


def seats_left(event: Event) -> int:
    taken = getattr(event, "seats_taken", None)
    if taken is None:
        taken = (
            Registration.objects.filter(event=event)
            .filter(
                Q(status=Registration.Status.CONFIRMED)
                | Q(status=Registration.Status.PENDING, hold_expires_at__gt=timezone.now())
            )
            .count()
        )
    return max(event.capacity - taken, 0)


def _visible(*, user) -> QuerySet[Event]:
    if user.is_authenticated and user.has_perm("events.manage_event"):
        queryset = Event.objects.all()
    else:
        queryset = Event.objects.filter(status__in=[Event.Status.PUBLISHED, Event.Status.CANCELLED])
    return _with_seats(queryset.select_related("call").prefetch_related("call__phases"))


def event_list_upcoming(*, user) -> QuerySet[Event]:
    return _visible(user=user).filter(ends_at__gt=timezone.now()).order_by("starts_at", "pk")


def event_list_past(*, user) -> QuerySet[Event]:
    return _visible(user=user).filter(ends_at__lte=timezone.now()).order_by("-starts_at", "-pk")


def event_next_for_call(*, call, user) -> Event | None:
    """The call's next published event (its workshop), or None."""
    return (
        _visible(user=user)
        .filter(call=call, status=Event.Status.PUBLISHED, ends_at__gt=timezone.now())
        .order_by("starts_at", "pk")
        .first()
    )


def event_get_for_display(*, pk: int, user) -> Event | None:
    """An event with its agenda, or None when the user may not see it (a draft
    looks like a missing event)."""
    return (
        _visible(user=user)
        .prefetch_related(
            Prefetch(
                "agenda_slots",
                queryset=AgendaSlot.objects.prefetch_related(
                    Prefetch(
                        "contributions",
                        queryset=Contribution.objects.public().select_related("author"),
                    )
                ).order_by("starts_at", "pk"),
            ),
            Prefetch(
                "documented_contributions",
                queryset=Contribution.objects.public(),
            ),
            "files",
        )
        .filter(pk=pk)
        .first()
    )


def event_get_or_404(*, pk: int, user) -> Event:
    """`event_get_for_display` for pages and the API: an event the user may not see is
    missing (404)."""
    event = event_get_for_display(pk=pk, user=user)
    if event is None:
        raise Http404
    return event


def event_get_for_registration(*, pk: int, user) -> Event | None:
    """An event as a registration needs it: visible to the user, with its call's phases,
    without the agenda, contributions and files that only its page shows."""
    return _visible(user=user).filter(pk=pk).first()


def registration_for_user(*, event: Event, user) -> Registration | None:
    if not user.is_authenticated:
        return None
    return (
        Registration.objects.filter(
            event=event, user=user, status__in=["pending", "confirmed", "waitlisted"]
        )
        .select_related("event")
        .first()
    )


def registration_list_consented(*, user) -> QuerySet[Registration]:
    """The person's active registrations whose name may appear on the participant list,
    the soonest event first."""
    return (
        Registration.objects.filter(user=user, list_consent=True, status__in=ACTIVE_STATUSES)
        .select_related("event")
        .order_by("event__starts_at", "pk")
    )


def registration_get_for_consent(*, pk: int) -> Registration | None:
    """A registration as a withdrawal of consent names it; whose it is, the rule says."""
    return Registration.objects.filter(pk=pk).select_related("event").first()


def registration_get_by_token(*, token: str) -> Registration | None:
    if not token or len(token) > 64:
        return None
    return Registration.objects.select_related("event").filter(token=token).first()


def waitlist_position(*, registration: Registration) -> int | None:
    """1 for the next in line; None when not on the waiting list."""
    if registration.status != Registration.Status.WAITLISTED:
        return None
    return Registration.objects.filter(
        event_id=registration.event_id,
        status=Registration.Status.WAITLISTED,
        queue_number__lte=registration.queue_number,
    ).count()


def event_list_for_organisers() -> QuerySet[Event]:
    """Every event, newest first, for choices on staff pages."""
    return Event.objects.order_by("-starts_at")


def participant_user_ids(*, event: Event) -> set[int]:
    """The accounts with a confirmed seat at the event (guests have none)."""
    return set(
        Registration.objects.filter(
            event=event, status=Registration.Status.CONFIRMED, user__isnull=False
        ).values_list("user_id", flat=True)
    )


def _shown_name():
    """The name a person chose to be shown: a participant's display name (never the real
    name they may have given their account, which they show only where they choose to),
    computed from the account at the time of reading, so a changed display name counts
    at once; a guest's, or what organisers entered, as typed."""
    return Case(
        When(user__isnull=True, then=F("name")),
        When(user__display_name="", then=Value(gettext("Participant"))),
        default=F("user__display_name"),
        output_field=CharField(),
    )


def participant_list(*, event: Event, query: str = "") -> QuerySet[Registration]:
    """Everyone active, seats first, then the waiting list in order; each with
    `shown_name`, the name to show organisers."""
    queryset = Registration.objects.filter(
        event=event, status__in=["pending", "confirmed", "waitlisted"]
    ).annotate(shown_name=_shown_name())
    query = query.strip()
    if query:
        queryset = queryset.filter(Q(shown_name__icontains=query) | Q(email__icontains=query))
    return queryset.order_by("status", "queue_number")


def participant_names_public(*, event: Event) -> list[str]:
    """Names of confirmed participants who agreed to appear on the list, as each chose
    to be shown."""
    return list(
        Registration.objects.filter(
            event=event, status=Registration.Status.CONFIRMED, list_consent=True
        )
        .annotate(shown_name=_shown_name())
        .order_by("shown_name")
        .values_list("shown_name", flat=True)
    )


def attendance_figures(*, event: Event) -> dict[str, int]:
    counts = Registration.objects.filter(event=event).aggregate(
        confirmed=Count("pk", filter=Q(status=Registration.Status.CONFIRMED)),
        pending=Count("pk", filter=Q(status=Registration.Status.PENDING)),
        waitlisted=Count("pk", filter=Q(status=Registration.Status.WAITLISTED)),
        cancelled=Count("pk", filter=Q(status=Registration.Status.CANCELLED)),
        attended=Count(
            "pk", filter=Q(status=Registration.Status.CONFIRMED, attended_at__isnull=False)
        ),
    )
    counts["capacity"] = event.capacity
    return counts


def feedback_results(*, event: Event) -> dict:
    feedback = Feedback.objects.filter(registration__event=event)
    summary = feedback.aggregate(count=Count("pk"), average=Avg("rating"))
    distribution = {
        row["rating"]: row["n"]
        for row in feedback.values("rating").annotate(n=Count("pk")).order_by()
    }
    return {
        **summary,
        "distribution": [(rating, distribution.get(rating, 0)) for rating in range(5, 0, -1)],
        "answers": list(feedback.order_by("-created_at").values("rating", "liked", "improve")),
    }


def event_list_upcoming_for_organisers(*, limit: int = 5) -> list[Event]:
    """The next events that have not ended, with `seats_taken`, for the staff console."""
    return list(
        _with_seats(Event.objects.filter(ends_at__gte=timezone.now())).order_by("starts_at")[:limit]
    )
