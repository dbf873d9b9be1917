from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet

from praxisdialog.calls.models import Call

from .models import (
    FACT_KINDS,
    Answer,
    Contribution,
    ContributionFact,
    EvidenceLevel,
    HelpfulMark,
    PracticeState,
    Reach,
    Region,
    TextLanguage,
    state_unknown_cutoff,
)

SORTS = {
    "newest": ("-published_at", "-pk"),
    "helpful": ("-helpful_count", "-published_at", "-pk"),
    "adopted": ("-adoption_count", "-published_at", "-pk"),
}
# The state filter also knows the practices nobody has confirmed for 18 months.
STATE_UNKNOWN = "unknown"
STATE_FILTER_VALUES = [*PracticeState.values, STATE_UNKNOWN]
# Filters on the facts of a practice: query parameter -> allowed values.
FACT_FILTERS = {
    "evidence_level": EvidenceLevel.values,
    "reach": Reach.values,
    "state": STATE_FILTER_VALUES,
    **{kind: choices.values for kind, choices in FACT_KINDS.items()},
}


@dataclass
class ContributionFilters:
    """Filters from a query string; values that do not exist are dropped and named
    in `ignored`, so the page can say so instead of failing."""

    role: str = ""
    setting: str = ""
    region: str = ""
    language: str = ""
    question: int | None = None
    concept: str = ""
    evidence_level: str = ""
    reach: str = ""
    state: str = ""
    partner: str = ""
    funding: str = ""
    innovation_type: str = ""
    integration_field: str = ""
    sort: str = "newest"
    # Words searched for (search app); the list is then ordered by relevance.
    q: str = ""
    ignored: list[str] = field(default_factory=list)

    @classmethod
    def from_query(cls, query, *, call: Call) -> "ContributionFilters":
        filters = cls()
        role = query.get("role", "").strip()
        if role:
            if role in {r.slug for r in call_roles(call)}:
                filters.role = role
            else:
                filters.ignored.append("role")
        setting = query.get("setting", "").strip()
        if setting:
            if setting in {s.slug for s in call_settings(call)}:
                filters.setting = setting
            else:
                filters.ignored.append("setting")
        choices = (("region", Region.values), ("language", TextLanguage.values))
        for name, allowed in (*choices, *FACT_FILTERS.items()):
            value = query.get(name, "").strip()
            if value:
                if value in allowed:
                    setattr(filters, name, value)
                else:
                    filters.ignored.append(name)
        question = query.get("question", "").strip()
        if question:
            ids = {q.pk for q in call.questions.all()}
            if question.isdigit() and int(question) in ids:
                filters.question = int(question)
            else:
                filters.ignored.append("question")
        concept = query.get("concept", "").strip()
        if concept:
            from praxisdialog.insights.models import Concept

            if Concept.objects.filter(active=True, slug=concept).exists():
                filters.concept = concept
            else:
                filters.ignored.append("concept")
        filters.q = query.get("q", "").strip()
        sort = query.get("sort", "").strip()
        if sort:
            if sort in SORTS:
                filters.sort = sort
            else:
                filters.ignored.append("sort")
        return filters

    @property
    def active(self) -> bool:
        return bool(
            self.role or self.setting or self.region or self.language or self.question
        ) or bool(self.concept or self.facts_active or self.q)

    @property
    def active_count(self) -> int:
        """How many filters are set (the order is not one)."""
        names = ["role", "setting", "region", "language", "question", "concept", *FACT_FILTERS]
        return sum(1 for name in names if getattr(self, name))

    @property
    def facts_active(self) -> bool:
        return any(getattr(self, name) for name in FACT_FILTERS)

    def query(self, **changes) -> dict[str, str]:
        """The filters as query parameters (for links such as a Land on the map)."""
        names = ["role", "setting", "region", "language", "concept", *FACT_FILTERS]
        values = {name: getattr(self, name) for name in names}
        values.update(changes)
        return {name: str(value) for name, value in values.items() if value}


def call_roles(call: Call):
    """The roles one can filter by: those the call addresses, or all when it names none."""
    from praxisdialog.calls.selectors import role_list

    roles = list(call.roles.all())
    return roles or list(role_list())


def call_settings(call: Call):
    from praxisdialog.calls.selectors import setting_list

    settings = list(call.settings.all())
    return settings or list(setting_list())


def _with_listing_relations(queryset: QuerySet[Contribution]) -> QuerySet[Contribution]:
    return queryset.select_related("author", "role", "setting", "call").prefetch_related(
        Prefetch(
            "answers",
            queryset=Answer.objects.select_related("question").order_by(
                "question__position", "question_id"
            ),
        ),
        "facts",
    )


def _filter_facts(
    queryset: QuerySet[Contribution], filters: "ContributionFilters"
) -> QuerySet[Contribution]:
    """The filters on the facts of a practice; each value of several is one EXISTS on the
    (kind, value, contribution) index, so no join multiplies the rows."""
    if filters.evidence_level:
        queryset = queryset.filter(evidence_level=filters.evidence_level)
    if filters.reach:
        queryset = queryset.filter(reach=filters.reach)
    if filters.state == STATE_UNKNOWN:
        cutoff = state_unknown_cutoff()
        queryset = queryset.filter(
            Q(last_confirmed_at__lt=cutoff)
            | Q(last_confirmed_at__isnull=True, published_at__lt=cutoff)
        )
    elif filters.state:
        queryset = queryset.filter(practice_state=filters.state)
    for kind in FACT_KINDS:
        value = getattr(filters, kind)
        if value:
            queryset = queryset.filter(
                Exists(
                    ContributionFact.objects.filter(
                        contribution=OuterRef("pk"), kind=kind, value=value
                    )
                )
            )
    return queryset


def contribution_list_published(
    *, call: Call, filters: ContributionFilters | None = None
) -> QuerySet[Contribution]:
    filters = filters or ContributionFilters()
    queryset = Contribution.objects.filter(call=call, status=Contribution.Status.PUBLISHED)
    if filters.role:
        queryset = queryset.filter(role__slug=filters.role)
    if filters.setting:
        queryset = queryset.filter(setting__slug=filters.setting)
    if filters.region:
        queryset = queryset.filter(region=filters.region)
    if filters.language:
        queryset = queryset.filter(language=filters.language)
    if filters.question:
        queryset = queryset.filter(
            Q(answers__question_id=filters.question) & ~Q(answers__text="")
        ).distinct()
    if filters.concept:
        # One tag per contribution and concept, so no duplicates.
        queryset = queryset.filter(concept_tags__concept__slug=filters.concept)
    queryset = _filter_facts(queryset, filters)
    return _with_listing_relations(queryset).order_by(*SORTS[filters.sort])


@dataclass(frozen=True)
class CallFigures:
    contributions: int
    people: int
    languages: int


# The figures at the top of a call are read on every visit to the home page and the
# call's page; counting distinct authors and languages reads every published row of the
# call, so the answer is kept for a minute.
FIGURES_CACHE_SECONDS = 60


def contribution_figures(*, call: Call) -> CallFigures:
    """How many contributions a call has published, from how many people, in how many
    languages: one query (or none, while the cached answer lasts)."""
    key = f"contributions:figures:{call.pk}"
    cached = cache.get(key)
    if cached is not None:
        return CallFigures(*cached)
    totals = Contribution.objects.filter(call=call, status=Contribution.Status.PUBLISHED).aggregate(
        contributions=Count("pk"),
        people=Count("author", distinct=True),
        languages=Count("language", distinct=True),
    )
    figures = CallFigures(totals["contributions"], totals["people"], totals["languages"])
    cached = [figures.contributions, figures.people, figures.languages]
    cache.set(key, cached, FIGURES_CACHE_SECONDS)
    return figures


def contribution_list_latest(*, call: Call, limit: int = 6) -> list[Contribution]:
    return list(contribution_list_published(call=call)[:limit])


def contribution_get_for_display(*, pk: int, user) -> Contribution | None:
    """A contribution someone may read: published ones for all, others only for their
    author and for reviewers. Anything else looks like a missing page."""
    contribution = (
        _with_listing_relations(Contribution.objects.filter(pk=pk))
        .prefetch_related("versions")
        .first()
    )
    if contribution is None:
        return None
    if user.has_perm("contributions.view_contribution", contribution):
        return contribution
    return None


def contribution_list_for_review() -> QuerySet[Contribution]:
    """Waiting for a decision, oldest first; those with possible personal data are marked."""
    return _with_listing_relations(
        Contribution.objects.filter(status=Contribution.Status.SUBMITTED)
    ).order_by("submitted_at", "pk")


def contribution_list_for_author(*, user) -> QuerySet[Contribution]:
    return (
        Contribution.objects.filter(author=user)
        .select_related("call", "role", "setting")
        .order_by("-updated_at")
    )


def contribution_list_consented(*, user) -> QuerySet[Contribution]:
    """The person's contributions whose publication they consented to and have not
    taken back, the latest consent first."""
    return (
        Contribution.objects.filter(author=user, consent_at__isnull=False)
        .exclude(status=Contribution.Status.WITHDRAWN)
        .select_related("call")
        .order_by("-consent_at", "-pk")
    )


def contribution_get_for_consent(*, pk: int) -> Contribution | None:
    """A contribution as a withdrawal of consent names it; whose it is, the rule says."""
    return Contribution.objects.filter(pk=pk).first()


def helpful_ids_for_user(*, user, contribution_ids: list[int]) -> set[int]:
    if not user.is_authenticated or not contribution_ids:
        return set()
    return set(
        HelpfulMark.objects.filter(user=user, contribution_id__in=contribution_ids).values_list(
            "contribution_id", flat=True
        )
    )


def review_counts_by_call() -> dict[int, int]:
    """How many contributions wait for a decision, per call id (one query)."""
    rows = (
        Contribution.objects.filter(status=Contribution.Status.SUBMITTED)
        .values("call_id")
        .annotate(waiting=Count("pk"))
    )
    return {row["call_id"]: row["waiting"] for row in rows}


def contribution_list_for_follow_up(*, published_before) -> QuerySet[Contribution]:
    """Published contributions in public calls, published before the given moment, whose
    author still has an active account: the practices app asks them what became of it."""
    return (
        Contribution.objects.public()
        .filter(published_at__lte=published_before, author__is_active=True)
        .select_related("author")
        .order_by("published_at", "pk")
    )


def contribution_get_published(*, pk: int) -> Contribution | None:
    """A published contribution in a public call, for those who write about it (follow-ups,
    adoption reports); None when it is not (or no longer) public."""
    return Contribution.objects.public().select_related("author", "call").filter(pk=pk).first()


def contribution_list_published_by(*, user, exclude_pk: int | None = None) -> list[Contribution]:
    """A person's own published contributions in public calls (to link an adoption report)."""
    if not user.is_authenticated:
        return []
    queryset = Contribution.objects.public().filter(author=user).order_by("-published_at")
    if exclude_pk is not None:
        queryset = queryset.exclude(pk=exclude_pk)
    return list(queryset.only("pk", "title"))


def contribution_counts_by_region(*, call: Call, filters: ContributionFilters) -> dict[str, int]:
    """Published contributions of a call per region (the map), under the list's filters
    but for the region itself: one grouped query."""
    queryset = Contribution.objects.filter(call=call, status=Contribution.Status.PUBLISHED)
    if filters.role:
        queryset = queryset.filter(role__slug=filters.role)
    if filters.setting:
        queryset = queryset.filter(setting__slug=filters.setting)
    queryset = _filter_facts(queryset, filters)
    rows = queryset.exclude(region="").order_by().values("region").annotate(n=Count("pk"))
    return {row["region"]: row["n"] for row in rows}
