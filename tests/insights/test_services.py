import pytest
from django.core.exceptions import ValidationError

from praxisdialog.contributions import services as contribution_services
from praxisdialog.contributions.models import Contribution
from praxisdialog.insights import services
from praxisdialog.insights.models import ConceptTag, Theme, ThemeAssignment, ThemeRun
from tests.insights.factories import (
    ThemeAssignmentFactory,
    ThemeFactory,
    contribution_with_text,
    contributions_from_corpus,
    load_corpus,
)

pytestmark = pytest.mark.django_db


def _corpus_call(call, per_topic: int = 6):
    items, seen = [], {}
    for item in load_corpus():
        if seen.get(item["topic"], 0) < per_topic:
            items.append(item)
            seen[item["topic"]] = seen.get(item["topic"], 0) + 1
    return contributions_from_corpus(call, items), [i["topic"] for i in items]


def _run(call, staff, capture, based_on=None) -> ThemeRun:
    with capture(execute=True):
        run = services.theme_run_start(call=call, user=staff, based_on=based_on)
    run.refresh_from_db()
    return run


def test_publishing_a_contribution_tags_it_with_the_matching_words(
    call, user, staff, django_capture_on_commit_callbacks
):
    contribution = contribution_with_text(
        call=call,
        title="Sprachkurs im Betrieb",
        answers=["Der Berufssprachkurs und die IHK halfen bei der Ausbildung."],
        status=Contribution.Status.SUBMITTED,
        published_at=None,
    )
    with django_capture_on_commit_callbacks(execute=True):
        contribution_services.contribution_review(
            contribution=contribution, reviewer=staff, decision="publish", notify_author=False
        )
    tags = {t.concept.slug: t for t in ConceptTag.objects.filter(contribution=contribution)}
    assert {"language-at-work", "employer-networks", "apprenticeships"} <= set(tags)
    assert "Berufssprachkurs" in tags["language-at-work"].words
    assert tags["employer-networks"].words == ["IHK"]


def test_a_contribution_that_is_not_published_keeps_no_tags(call):
    contribution = contribution_with_text(call=call, title="Sprachkurs", answers=["Deutschkurs"])
    services.contribution_tag(contribution=contribution)
    assert contribution.concept_tags.filter(concept__slug="language-at-work").exists()
    contribution.status = Contribution.Status.WITHDRAWN
    contribution.save()
    services.contribution_tag(contribution=contribution)
    assert not contribution.concept_tags.exists()


def test_a_run_groups_the_published_contributions_and_stores_its_settings(
    call, staff, django_capture_on_commit_callbacks
):
    contributions, _ = _corpus_call(call)
    draft = contribution_with_text(
        call=call, title="Entwurf", answers=["Kita"], status=Contribution.Status.DRAFT
    )
    run = _run(call, staff, django_capture_on_commit_callbacks)
    assert run.status == ThemeRun.Status.DONE
    assert run.contribution_count == len(contributions)
    assert run.settings["ngram_min"] == 3 and run.settings["k_max"] == 12
    assert run.finished_at is not None and run.quality is not None
    assigned = ThemeAssignment.objects.filter(theme__run=run)
    assert assigned.count() == len(contributions)
    assert not assigned.filter(contribution=draft).exists()
    assert 3 <= run.themes.count() <= 6
    theme = run.themes.first()
    assert theme.label and theme.dominant_concepts and theme.top_terms


def test_pins_seed_a_new_run_which_keeps_names_and_examples(
    call, staff, django_capture_on_commit_callbacks
):
    contributions, topics = _corpus_call(call)
    run = _run(call, staff, django_capture_on_commit_callbacks)
    examples = {}
    for contribution, topic in zip(contributions, topics, strict=True):
        if len(examples.setdefault(topic, [])) < 2:
            examples[topic].append(contribution)
    # Staff gather each topic's two examples into one theme, named after the topic.
    themes = list(run.themes.all())
    for theme, (topic, pair) in zip(themes, examples.items(), strict=False):
        services.theme_rename(theme=theme, label=f"Thema {topic}")
        for contribution in pair:
            assignment = ThemeAssignment.objects.get(theme__run=run, contribution=contribution)
            services.assignment_move(assignment=assignment, theme=theme)
            services.assignment_pin(assignment=assignment, pinned=True)
    pinned_topics = min(len(themes), len(examples))
    new = _run(call, staff, django_capture_on_commit_callbacks, based_on=run)
    assert new.based_on == run
    assert new.themes.count() == pinned_topics
    for theme in new.themes.all():
        pinned = list(theme.assignments.filter(pinned=True))
        assert len(pinned) == 2
        assert theme.label == f"Thema {topics[contributions.index(pinned[0].contribution)]}"
    # Most others follow the examples of their topic.
    right = 0
    for theme in new.themes.all():
        topic = theme.label.removeprefix("Thema ")
        right += sum(
            topics[contributions.index(a.contribution)] == topic for a in theme.assignments.all()
        )
    assert right >= 0.7 * len(contributions)


def test_a_rerun_without_examples_is_refused(call, staff, django_capture_on_commit_callbacks):
    _corpus_call(call, per_topic=2)
    run = _run(call, staff, django_capture_on_commit_callbacks)
    with pytest.raises(ValidationError, match="zwei oder drei Beispiele"):
        services.theme_run_start(call=call, user=staff, based_on=run)
    assert ThemeRun.objects.count() == 1


def test_merge_moves_every_contribution_and_removes_the_theme(call):
    a = ThemeAssignmentFactory(theme__run__call=call)
    other = ThemeAssignmentFactory(theme=ThemeFactory(run=a.theme.run))
    services.theme_merge(theme=a.theme, into=other.theme)
    assert not Theme.objects.filter(pk=a.theme_id).exists()
    assert set(other.theme.assignments.values_list("contribution_id", flat=True)) == {
        a.contribution_id,
        other.contribution_id,
    }


def test_merge_into_a_theme_of_another_run_is_refused(call):
    a = ThemeAssignmentFactory(theme__run__call=call)
    foreign = ThemeFactory()
    with pytest.raises(ValidationError):
        services.theme_merge(theme=a.theme, into=foreign)
    assert Theme.objects.filter(pk=a.theme_id).exists()


def test_split_divides_a_theme_in_two(call):
    theme = ThemeFactory(run__call=call)
    items = [i for i in load_corpus() if i["topic"] in {"sprache", "gruendung"}][:3]
    items += [i for i in load_corpus() if i["topic"] == "gruendung"][:3]
    for contribution in contributions_from_corpus(call, items):
        ThemeAssignmentFactory(theme=theme, contribution=contribution)
    new = services.theme_split(theme=theme)
    assert new.run == theme.run
    assert theme.assignments.count() + new.assignments.count() == 6
    assert theme.assignments.exists() and new.assignments.exists()


def test_a_small_theme_cannot_be_split(call):
    assignment = ThemeAssignmentFactory(theme__run__call=call)
    with pytest.raises(ValidationError, match="mindestens 4 Beiträge"):
        services.theme_split(theme=assignment.theme)
    assert Theme.objects.count() == 1


def test_at_most_three_examples_per_theme(call):
    theme = ThemeFactory(run__call=call)
    assignments = ThemeAssignmentFactory.create_batch(4, theme=theme)
    for assignment in assignments[:3]:
        services.assignment_pin(assignment=assignment, pinned=True)
    with pytest.raises(ValidationError, match="höchstens 3 Beispiele"):
        services.assignment_pin(assignment=assignments[3], pinned=True)
    assignments[3].refresh_from_db()
    assert not assignments[3].pinned


def test_rename_needs_a_name(call):
    theme = ThemeFactory(run__call=call, label="Alt")
    with pytest.raises(ValidationError):
        services.theme_rename(theme=theme, label="   ")
    theme.refresh_from_db()
    assert theme.label == "Alt"


def test_publishing_withdraws_the_earlier_set_of_the_call(call):
    first = ThemeFactory(run__call=call).run
    second = ThemeFactory(run__call=call).run
    services.theme_run_publish(run=first)
    services.theme_run_publish(run=second)
    first.refresh_from_db()
    assert first.published_at is None
    assert second.published_at is not None


def test_a_set_with_only_hidden_themes_is_not_published(call):
    theme = ThemeFactory(run__call=call, hidden=True)
    with pytest.raises(ValidationError):
        services.theme_run_publish(run=theme.run)
    theme.run.refresh_from_db()
    assert theme.run.published_at is None
