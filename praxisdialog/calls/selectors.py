from django.db.models import Count, OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404

from praxisdialog.core.i18n import machine_translations_prefetch

from .models import Call, Phase, Question, Role, Setting


def call_list_current() -> QuerySet[Call]:
    """Published calls for the home page, with their phases, questions and contribution
    counts."""
    from praxisdialog.contributions.models import Contribution

    published = (
        Contribution.objects.filter(call=OuterRef("pk"), status=Contribution.Status.PUBLISHED)
        .order_by()
        .values("call")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return (
        Call.objects.filter(status=Call.Status.PUBLISHED)
        .prefetch_related(
            Prefetch("phases", queryset=Phase.objects.order_by("starts_at")),
            Prefetch("questions", queryset=Question.objects.order_by("position", "pk")),
        )
        # A correlated count per call walks the (call, status) listing index; a join with
        # GROUP BY over every contribution took half a second at 100,000.
        .annotate(published_count=Coalesce(Subquery(published), 0))
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
    if call is not None:
        # Their machine translations in two queries, not one per phase and question.
        machine_translations_prefetch(call.phases.all())
        machine_translations_prefetch(call.questions.all())
    return call


def call_get_or_404(*, slug: str, user) -> Call:
    """`call_get_for_display` for pages and the API: a call the user may not see is
    missing (404)."""
    call = call_get_for_display(slug=slug, user=user)
    if call is None:
        raise Http404
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
