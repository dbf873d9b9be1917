from django.db.models import Count, Prefetch, Q, QuerySet

from praxisdialog.calls.models import Call
from praxisdialog.contributions.models import Answer, Contribution
from praxisdialog.core.i18n import machine_translations_prefetch

from .matching import Matcher, TermSpec
from .models import Concept, ConceptTag, Term, Theme, ThemeAssignment, ThemeRun

SIMILAR_LIMIT = 5


def contribution_text(contribution: Contribution) -> str:
    """Title, answers and the optional deeper fields: everything its author wrote."""
    parts = [contribution.title]
    parts += [a.text for a in contribution.answers.all()]
    parts += [getattr(contribution, name) for name in Contribution.DEEPER_FIELDS]
    return "\n".join(p for p in parts if p)


def lexicon_matcher() -> Matcher:
    terms = Term.objects.filter(concept__active=True).values_list(
        "concept__slug", "text", "kind", "language"
    )
    return Matcher([TermSpec(*row) for row in terms])


def concept_list_active() -> QuerySet[Concept]:
    return Concept.objects.filter(active=True)


def concept_list_for_call(*, call: Call) -> list[Concept]:
    """Concepts the call's published contributions mention, with how many do."""
    return list(
        Concept.objects.filter(
            active=True,
            tags__contribution__call=call,
            tags__contribution__status=Contribution.Status.PUBLISHED,
        )
        .annotate(contribution_count=Count("tags", distinct=True))
        .order_by("-contribution_count", "name")
    )


def concepts_by_slug(slugs) -> dict[str, Concept]:
    return {c.slug: c for c in Concept.objects.filter(slug__in=list(slugs))}


def tags_for_contributions(contribution_ids) -> dict[int, list[ConceptTag]]:
    result: dict[int, list[ConceptTag]] = {}
    for tag in ConceptTag.objects.filter(
        contribution_id__in=list(contribution_ids), concept__active=True
    ).select_related("concept"):
        result.setdefault(tag.contribution_id, []).append(tag)
    return result


def theme_run_list(*, call: Call) -> QuerySet[ThemeRun]:
    return (
        ThemeRun.objects.filter(call=call)
        .select_related("created_by")
        .annotate(theme_count=Count("themes"))
    )


def theme_run_get_for_staff(*, pk: int) -> ThemeRun | None:
    return ThemeRun.objects.select_related("call").filter(pk=pk).first()


def theme_list_for_run(*, run: ThemeRun) -> list[Theme]:
    """Every theme of a run with its contributions, in a fixed number of queries."""
    themes = list(
        run.themes.prefetch_related(
            Prefetch(
                "assignments",
                queryset=ThemeAssignment.objects.select_related("contribution"),
            )
        )
    )
    _attach_concepts(themes)
    return themes


def _attach_concepts(themes: list[Theme]) -> None:
    concepts = concepts_by_slug({s for t in themes for s in t.dominant_concepts})
    machine_translations_prefetch(concepts.values())
    for theme in themes:
        theme.concepts = [concepts[s] for s in theme.dominant_concepts if s in concepts]


def published_run(*, call: Call) -> ThemeRun | None:
    return ThemeRun.objects.filter(call=call, published_at__isnull=False).first()


def theme_list_published(*, call: Call) -> list[Theme]:
    """The visible themes of the call's published set, with their published contributions
    counted (a contribution withdrawn later no longer counts)."""
    run = published_run(call=call)
    if run is None:
        return []
    themes = list(
        run.themes.filter(hidden=False).annotate(
            contribution_count=Count(
                "assignments",
                filter=Q(assignments__contribution__status=Contribution.Status.PUBLISHED),
            )
        )
    )
    _attach_concepts(themes)
    return themes


def theme_get_for_display(*, pk: int, user) -> Theme | None:
    """A theme of a published set for everyone; any theme for those who curate them."""
    theme = Theme.objects.select_related("run__call").filter(pk=pk).first()
    if theme is None or not user.has_perm("insights.view_theme", theme):
        return None
    _attach_concepts([theme])
    return theme


def theme_contributions(*, theme: Theme) -> QuerySet[Contribution]:
    return (
        Contribution.objects.public()
        .filter(theme_assignments__theme=theme)
        .select_related("author", "role", "setting", "call")
        .prefetch_related(Prefetch("answers", queryset=Answer.objects.select_related("question")))
        .order_by("-theme_assignments__pinned", "-theme_assignments__weight", "pk")
    )


def similar_contributions(*, contribution: Contribution, limit: int = SIMILAR_LIMIT):
    """Published contributions of the same call in the same published theme first, then
    those sharing the most concepts.

    Starts from the contribution's own tags and themes (indexed lookups) rather than from
    all contributions of the call, so it stays fast with 100,000 of them: four queries,
    none for an untagged contribution beyond the first two."""
    concept_ids = list(
        ConceptTag.objects.filter(contribution_id=contribution.pk).values_list(
            "concept_id", flat=True
        )
    )
    theme_ids = list(
        ThemeAssignment.objects.filter(
            contribution_id=contribution.pk,
            theme__hidden=False,
            theme__run__published_at__isnull=False,
        ).values_list("theme_id", flat=True)
    )
    if not concept_ids and not theme_ids:
        return []
    candidates = limit * 4  # room for those the final query drops (unpublished, other call)
    same_theme = set(
        ThemeAssignment.objects.filter(theme_id__in=theme_ids)
        .exclude(contribution_id=contribution.pk)
        .order_by("-weight")
        .values_list("contribution_id", flat=True)[:candidates]
    )
    shared = dict(
        ConceptTag.objects.filter(
            concept_id__in=concept_ids, contribution__call_id=contribution.call_id
        )
        .exclude(contribution_id=contribution.pk)
        .values("contribution_id")
        .annotate(count=Count("concept_id", distinct=True))
        .order_by("-count", "-contribution_id")
        .values_list("contribution_id", "count")[:candidates]
    )
    found = Contribution.objects.filter(
        pk__in=same_theme | set(shared),
        call_id=contribution.call_id,
        status=Contribution.Status.PUBLISHED,
    )
    ranked = sorted(
        found,
        key=lambda c: (
            c.pk in same_theme,
            shared.get(c.pk, 0),
            c.published_at.timestamp() if c.published_at else 0.0,
            c.pk,
        ),
        reverse=True,
    )
    return ranked[:limit]


def theme_run_latest_by_call(*, call_ids) -> dict[int, ThemeRun]:
    """The newest theme run of each of these calls (one query)."""
    latest: dict[int, ThemeRun] = {}
    for run in ThemeRun.objects.filter(call_id__in=call_ids).order_by("call_id", "-created_at"):
        latest.setdefault(run.call_id, run)
    return latest
