from collections import Counter

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from praxisdialog.calls.models import Call
from praxisdialog.contributions.models import Contribution
from praxisdialog.core.texts import clean_text

from . import pipeline
from .models import Concept, ConceptTag, Theme, ThemeAssignment, ThemeRun
from .selectors import contribution_text, lexicon_matcher

MAX_PINS_PER_THEME = 3
MIN_TO_SPLIT = 4
MAX_WORDS_KEPT = 12


def _german(contributions: list[Contribution]) -> dict[int, str]:
    """The stored German machine translations of those written in another language."""
    from praxisdialog.translation.selectors import translated_segments

    found = translated_segments(objects=contributions, target="de")
    return {pk: "\n".join(segments.values()) for pk, segments in found.items()}


def _tags_for(
    contribution: Contribution, matcher, concept_ids: dict[str, int], german: str = ""
) -> list[ConceptTag]:
    # The lexicon's terms are mostly German: a German translation finds them in a text
    # written in another language.
    found = matcher.match("\n".join(t for t in (contribution_text(contribution), german) if t))
    return [
        ConceptTag(
            contribution=contribution,
            concept_id=concept_ids[slug],
            words=[w for w, _ in words.most_common(MAX_WORDS_KEPT)],
            count=sum(words.values()),
        )
        for slug, words in found.items()
        if slug in concept_ids
    ]


@transaction.atomic
def contribution_tag(*, contribution: Contribution) -> list[ConceptTag]:
    """Replaces the concept tags of a contribution with what its text mentions now.
    A contribution that is not published keeps no tags."""
    ConceptTag.objects.filter(contribution=contribution).delete()
    if contribution.status != Contribution.Status.PUBLISHED:
        return []
    matcher = lexicon_matcher()
    concept_ids = dict(Concept.objects.filter(active=True).values_list("slug", "pk"))
    german = _german([contribution]).get(contribution.pk, "")
    return ConceptTag.objects.bulk_create(_tags_for(contribution, matcher, concept_ids, german))


@transaction.atomic
def contributions_tag_all(*, call: Call | None = None) -> int:
    """Tags every published contribution again, e.g. after the lexicon was edited."""
    matcher = lexicon_matcher()
    concept_ids = dict(Concept.objects.filter(active=True).values_list("slug", "pk"))
    contributions = Contribution.objects.filter(status=Contribution.Status.PUBLISHED)
    if call is not None:
        contributions = contributions.filter(call=call)
    contributions = list(contributions.prefetch_related("answers"))
    ConceptTag.objects.filter(contribution__in=contributions).delete()
    german = _german(contributions)
    tags = [
        t for c in contributions for t in _tags_for(c, matcher, concept_ids, german.get(c.pk, ""))
    ]
    ConceptTag.objects.bulk_create(tags, batch_size=1000)
    return len(tags)


def theme_run_start(*, call: Call, user, based_on: ThemeRun | None = None) -> ThemeRun:
    """Queues a clustering of the call's published contributions. With `based_on`, the
    pinned examples of that run's themes seed the new one (semi-supervised)."""
    from .tasks import compute_theme_run

    if based_on is not None:
        if based_on.call_id != call.pk:
            raise ValidationError(_("This run belongs to another call."))
        if not ThemeAssignment.objects.filter(theme__run=based_on, pinned=True).exists():
            raise ValidationError(
                _("Pin two or three examples in a theme first; the new run is built on them.")
            )
    with transaction.atomic():
        run = ThemeRun.objects.create(
            call=call,
            created_by=user,
            based_on=based_on,
            settings=pipeline.PipelineSettings().as_dict(),
        )
        transaction.on_commit(lambda: compute_theme_run.enqueue(run_id=run.pk))
    return run


def _documents(contributions: list[Contribution]) -> list[pipeline.Document]:
    """The pipeline's input: each contribution's text, in German where it was written in
    another language and its German machine translation exists, so an Arabic and a
    German story about the same practice share words (and the labels' words are German
    ones). Missing German translations are asked for, for the next run."""
    from praxisdialog.translation.selectors import translated_segments

    translated_segments(objects=contributions, target="de", ask=True)
    german = _german(contributions)
    return [
        pipeline.Document(
            text=german.get(c.pk) or contribution_text(c),
            concepts={tag.concept.slug: Counter({"*": tag.count}) for tag in c.concept_tags.all()},
        )
        for c in contributions
    ]


def _label(result: pipeline.ThemeResult, concepts: dict[str, Concept], number: int) -> str:
    names = [concepts[s].label for s in result.concepts[:2] if s in concepts]
    if names:
        return " · ".join(names)
    if result.terms:
        return ", ".join(result.terms[:3])
    return _("Theme %(number)s") % {"number": number}


def theme_run_compute(*, run: ThemeRun) -> ThemeRun:
    """Tags the call's published contributions, clusters them and stores the themes.
    Failures are stored on the run, so the staff page can say what went wrong."""
    try:
        _compute(run)
    except Exception as error:
        ThemeRun.objects.filter(pk=run.pk).update(
            status=ThemeRun.Status.FAILED, error=str(error)[:2000], finished_at=timezone.now()
        )
        raise
    run.refresh_from_db()
    return run


@transaction.atomic
def _compute(run: ThemeRun) -> None:
    contributions_tag_all(call=run.call)
    contributions = list(
        Contribution.objects.filter(call=run.call, status=Contribution.Status.PUBLISHED)
        .order_by("pk")
        .prefetch_related("answers", "concept_tags__concept")
    )
    concepts = {c.slug: c for c in Concept.objects.filter(active=True)}
    settings = pipeline.PipelineSettings.from_dict(run.settings)
    run.themes.all().delete()
    pins: dict[int, int] = {}
    seed_themes: dict[str, Theme] = {}
    if run.based_on_id:
        index = {c.pk: i for i, c in enumerate(contributions)}
        for assignment in ThemeAssignment.objects.filter(
            theme__run_id=run.based_on_id, pinned=True
        ).select_related("theme"):
            if assignment.contribution_id in index:
                pins[index[assignment.contribution_id]] = assignment.theme_id
                seed_themes[str(assignment.theme_id)] = assignment.theme
    if contributions:
        result = pipeline.run(_documents(contributions), sorted(concepts), settings, pins=pins)
        for number, theme_result in enumerate(result.themes, start=1):
            if not theme_result.members:
                continue
            seed = seed_themes.get(str(theme_result.seed))
            theme = Theme.objects.create(
                run=run,
                label=seed.label if seed else _label(theme_result, concepts, number),
                top_terms=theme_result.terms,
                dominant_concepts=theme_result.concepts,
                hidden=seed.hidden if seed else False,
                position=number,
            )
            pinned_ids = {
                contributions[i].pk for i, s in pins.items() if str(s) == str(theme_result.seed)
            }
            ThemeAssignment.objects.bulk_create(
                [
                    ThemeAssignment(
                        theme=theme,
                        contribution=contributions[i],
                        weight=weight,
                        pinned=contributions[i].pk in pinned_ids,
                    )
                    for i, weight in zip(theme_result.members, theme_result.weights, strict=True)
                ]
            )
        run.quality = result.score
    run.contribution_count = len(contributions)
    run.status = ThemeRun.Status.DONE
    run.finished_at = timezone.now()
    run.error = ""
    run.save()


def _editable(theme: Theme) -> None:
    if theme.run.status != ThemeRun.Status.DONE:
        raise ValidationError(_("This run is not finished yet."))


@transaction.atomic
def theme_rename(*, theme: Theme, label: str) -> Theme:
    theme.label = clean_text(
        label,
        field="label",
        required=_("Please give the theme a name."),
        max_length=Theme._meta.get_field("label").max_length,
        too_long=_("Please keep the name shorter."),
    )
    theme.save(update_fields=["label"])
    return theme


@transaction.atomic
def theme_hide(*, theme: Theme, hidden: bool) -> Theme:
    theme.hidden = hidden
    theme.save(update_fields=["hidden"])
    return theme


@transaction.atomic
def theme_merge(*, theme: Theme, into: Theme) -> Theme:
    """Moves every contribution of `theme` into `into` and removes `theme`."""
    _editable(theme)
    if into.run_id != theme.run_id or into.pk == theme.pk:
        raise ValidationError({"into": [_("Choose another theme of the same run.")]})
    present = set(into.assignments.values_list("contribution_id", flat=True))
    theme.assignments.exclude(contribution_id__in=present).update(theme=into)
    into.top_terms = list(dict.fromkeys(into.top_terms + theme.top_terms))[:6]
    into.dominant_concepts = list(dict.fromkeys(into.dominant_concepts + theme.dominant_concepts))[
        :3
    ]
    into.save(update_fields=["top_terms", "dominant_concepts"])
    theme.delete()
    return into


@transaction.atomic
def theme_split(*, theme: Theme) -> Theme:
    """Clusters one theme's contributions into two; returns the new second theme."""
    _editable(theme)
    assignments = list(
        theme.assignments.order_by("pk")
        .select_related("contribution")
        .prefetch_related("contribution__answers", "contribution__concept_tags__concept")
    )
    if len(assignments) < MIN_TO_SPLIT:
        raise ValidationError(
            _("A theme needs at least %(number)s contributions to be split.")
            % {"number": MIN_TO_SPLIT}
        )
    concepts = {c.slug: c for c in Concept.objects.filter(active=True)}
    settings = pipeline.PipelineSettings.from_dict(theme.run.settings)
    settings.k_min = settings.k_max = 2
    settings.docs_per_theme = 1
    result = pipeline.run(
        _documents([a.contribution for a in assignments]), sorted(concepts), settings
    )
    second = result.themes[1]
    new = Theme.objects.create(
        run=theme.run,
        label=_label(second, concepts, theme.run.themes.count() + 1),
        top_terms=second.terms,
        dominant_concepts=second.concepts,
        position=theme.position,
    )
    for i, weight in zip(second.members, second.weights, strict=True):
        assignment = assignments[i]
        assignment.theme = new
        assignment.weight = weight
        assignment.pinned = False
        assignment.save(update_fields=["theme", "weight", "pinned"])
    first = result.themes[0]
    theme.top_terms = first.terms
    theme.dominant_concepts = first.concepts
    theme.save(update_fields=["top_terms", "dominant_concepts"])
    return new


@transaction.atomic
def assignment_move(*, assignment: ThemeAssignment, theme: Theme) -> ThemeAssignment:
    _editable(theme)
    if theme.run_id != assignment.theme.run_id:
        raise ValidationError({"theme": [_("Choose a theme of the same run.")]})
    if theme.pk != assignment.theme_id:
        assignment.theme = theme
        assignment.pinned = False
        assignment.save(update_fields=["theme", "pinned"])
    return assignment


@transaction.atomic
def assignment_pin(*, assignment: ThemeAssignment, pinned: bool) -> ThemeAssignment:
    """Marks a contribution as an example of its theme; a re-run groups the others
    around the examples. At most three per theme, so examples stay examples."""
    theme = Theme.objects.select_for_update().get(pk=assignment.theme_id)
    if pinned and theme.assignments.filter(pinned=True).exclude(pk=assignment.pk).count() >= (
        MAX_PINS_PER_THEME
    ):
        raise ValidationError(
            _("A theme can have at most %(number)s examples.") % {"number": MAX_PINS_PER_THEME}
        )
    assignment.pinned = pinned
    assignment.save(update_fields=["pinned"])
    return assignment


@transaction.atomic
def theme_run_publish(*, run: ThemeRun) -> ThemeRun:
    """Publishes the run's visible themes; the call's earlier published set is withdrawn."""
    locked = ThemeRun.objects.select_for_update().get(pk=run.pk)
    if locked.status != ThemeRun.Status.DONE:
        raise ValidationError(_("Only a finished run can be published."))
    if not locked.themes.filter(hidden=False).exists():
        raise ValidationError(_("There is no visible theme to publish."))
    ThemeRun.objects.filter(call_id=locked.call_id, published_at__isnull=False).exclude(
        pk=locked.pk
    ).update(published_at=None)
    locked.published_at = timezone.now()
    locked.save(update_fields=["published_at"])
    run.published_at = locked.published_at
    return locked
