from django.db.models import Count, Prefetch, Q, QuerySet

from .models import Call, Phase, Question, Role, Setting


def call_list_current() -> QuerySet[Call]:
    """Published calls for the home page, with their phases and contribution counts."""
    return (
        Call.objects.filter(status=Call.Status.PUBLISHED)
        .prefetch_related(Prefetch("phases", queryset=Phase.objects.order_by("starts_at")))
        .annotate(
            published_count=Count(
                "contributions", filter=Q(contributions__status="published"), distinct=True
            )
        )
        .order_by("-published_at", "-created_at")
    )


def call_list_visible(*, user) -> QuerySet[Call]:
    queryset = (
        Call.objects.all()
        if user.is_staff
        else Call.objects.filter(status__in=Call.PUBLIC_STATUSES)
    )
    return queryset.prefetch_related(
        Prefetch("phases", queryset=Phase.objects.order_by("starts_at"))
    ).order_by("-published_at", "-created_at")


def call_get_for_display(*, slug: str, user) -> Call | None:
    """A call with everything its page shows, or None when the user may not see it
    (a draft looks exactly like a missing call)."""
    call = (
        call_list_visible(user=user)
        .prefetch_related(
            Prefetch("questions", queryset=Question.objects.order_by("position", "pk")),
            Prefetch("roles", queryset=Role.objects.order_by("position", "name")),
            Prefetch("settings", queryset=Setting.objects.order_by("position", "name")),
        )
        .filter(slug=slug)
        .first()
    )
    return call


def role_list() -> QuerySet[Role]:
    return Role.objects.order_by("position", "name")


def setting_list() -> QuerySet[Setting]:
    return Setting.objects.order_by("position", "name")


def call_list_for_staff() -> QuerySet[Call]:
    """Calls staff still work on (drafts and published ones), newest first, with phases."""
    return (
        Call.objects.exclude(status=Call.Status.ARCHIVED)
        .prefetch_related(Prefetch("phases", queryset=Phase.objects.order_by("starts_at")))
        .order_by("-published_at", "-created_at")
    )
