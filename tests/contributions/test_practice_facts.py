"""The facts of a practice: asked after the story, checked in the service, shown as a fact
box, filterable on the list and in the API; the evidence level confirmed by staff."""

from datetime import UTC, datetime

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from praxisdialog.accounts.services import api_token_create
from praxisdialog.contributions.models import Contribution, ContributionFact
from praxisdialog.contributions.services import (
    PracticeFacts,
    contribution_evidence_review,
    contribution_facts_save,
)
from praxisdialog.moderation.models import AccountStanding
from praxisdialog.privacy.models import AuditEntry
from tests.contributions.factories import ContributionFactory


def _facts(**changes) -> PracticeFacts:
    values = {
        "started_month": 3,
        "started_year": 2021,
        "continuation": "regular_service",
        "ended_month": 6,
        "ended_year": 2023,
        "reach": "50_249",
        "effort": "1_6",
        "cost": "under_5k",
        "partner": ["job_centre", "chamber"],
        "funding": ["esf", "own_means"],
        "innovation_type": ["process"],
        "integration_field": ["training", "language"],
        "evidence_level": "documented_results",
        "evidence_url": "https://example.org/bericht.pdf",
    }
    values.update(changes)
    return PracticeFacts(**values)


def test_the_author_saves_the_facts_and_the_fact_box_shows_them(client, call):
    contribution = ContributionFactory(call=call)
    client.force_login(contribution.author)
    page = client.get(contribution.get_absolute_url()).content.decode()
    assert "Ein Schritt noch, wenn Sie mögen" in page
    url = reverse("contributions:contribution-facts", args=[contribution.pk])
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "started_month": "3",
            "started_year": "2021",
            "continuation": "ongoing",
            "reach": "10_49",
            "integration_field": ["training", "mentoring"],
            "partner": ["school"],
            "funding": ["amif"],
            "innovation_type": ["social"],
            "effort": "under_1",
            "cost": "none",
            "evidence_level": "own_monitoring",
            "evidence_url": "https://example.org/zahlen",
        },
    )
    assert response.status_code == 302
    contribution.refresh_from_db()
    assert (contribution.started_year, contribution.started_month) == (2021, 3)
    assert contribution.evidence_level == "own_monitoring"
    assert sorted(contribution.fact_values("integration_field")) == ["mentoring", "training"]
    page = client.get(contribution.get_absolute_url()).content.decode()
    assert "Die Praxis in Kürze" in page
    assert "03/2021" in page and "Ausbildung, Mentoring" in page
    assert "Eigenes Monitoring" in page and 'rel="nofollow ugc noopener noreferrer"' in page
    assert "Ein Schritt noch, wenn Sie mögen" not in page


def test_bad_facts_get_clear_messages_and_change_nothing(client, call):
    contribution = ContributionFactory(call=call)
    client.force_login(contribution.author)
    url = reverse("contributions:contribution-facts", args=[contribution.pk])
    response = client.post(
        url,
        {
            "started_year": "2023",
            "started_month": "5",
            "continuation": "ended",
            "ended_year": "2022",
            "evidence_url": "javascript:alert(1)",
        },
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Das Ende kann nicht vor dem Anfang liegen." in page
    assert "die mit https:// beginnt" in page
    response = client.post(url, {"partner": ["unknown"], "started_year": "2020"})
    assert response.status_code == 400
    assert "keine gültige Auswahl" in response.content.decode()
    contribution.refresh_from_db()
    assert contribution.started_year is None and not contribution.facts.exists()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"ended_year": 2020, "started_year": 2021, "ended_month": None}, "ended_year"),
        ({"continuation": "ongoing"}, "continuation"),
        ({"started_month": 13}, "started_month"),
        ({"started_month": 4, "started_year": None}, "started_year"),
        ({"started_year": 1800}, "started_year"),
        ({"evidence_level": "hearsay"}, "evidence_level"),
        ({"funding": ["lottery"]}, "funding"),
        ({"evidence_url": "https://user:secret@example.org/"}, "evidence_url"),
        ({"evidence_url": "ftp://example.org/"}, "evidence_url"),
    ],
)
def test_the_service_refuses_impossible_facts(call, changes, field):
    contribution = ContributionFactory(call=call)
    with pytest.raises(ValidationError) as error:
        contribution_facts_save(
            contribution=contribution, author=contribution.author, facts=_facts(**changes)
        )
    assert field in error.value.message_dict


def test_the_database_refuses_what_the_service_would(call):
    contribution = ContributionFactory(call=call)
    with pytest.raises(IntegrityError), transaction.atomic():
        ContributionFact.objects.create(contribution=contribution, kind="partner", value="esf")
    with pytest.raises(IntegrityError), transaction.atomic():
        Contribution.objects.filter(pk=contribution.pk).update(ended_year=2020)
    with pytest.raises(IntegrityError), transaction.atomic():
        Contribution.objects.filter(pk=contribution.pk).update(evidence_confirmed=True)


def test_only_the_author_changes_facts_and_never_while_suspended(client, call, other_user):
    contribution = ContributionFactory(call=call)
    url = reverse("contributions:contribution-facts", args=[contribution.pk])
    assert client.get(url).status_code == 302  # log in first
    client.force_login(other_user)
    assert client.post(url, {"reach": "10_49"}).status_code == 403
    AccountStanding.objects.create(user=contribution.author, suspended_at=datetime.now(UTC))
    client.force_login(contribution.author)
    assert client.post(url, {"reach": "10_49"}).status_code == 403
    with pytest.raises(PermissionDenied):
        contribution_facts_save(
            contribution=contribution, author=contribution.author, facts=_facts()
        )
    contribution.refresh_from_db()
    assert contribution.reach == ""


def test_facts_stay_editable_after_the_collect_phase(client, call):
    contribution = ContributionFactory(call=call)
    call.phases.all().delete()  # no phase allows contributing any more
    client.force_login(contribution.author)
    url = reverse("contributions:contribution-facts", args=[contribution.pk])
    assert client.post(url, {"continuation": "ongoing"}).status_code == 302


def test_staff_confirm_the_evidence_and_a_change_by_the_author_takes_it_back(
    client, call, staff, user
):
    contribution = ContributionFactory(call=call)
    contribution_facts_save(contribution=contribution, author=contribution.author, facts=_facts())
    url = reverse("contributions:evidence-review", args=[contribution.pk])
    client.force_login(user)
    assert client.get(url).status_code == 403
    client.force_login(staff)
    response = client.post(
        url, {"evidence_level": "own_monitoring", "confirmed": "on", "sustained": "on"}
    )
    assert response.status_code == 302
    contribution.refresh_from_db()
    assert contribution.evidence_level == "own_monitoring" and contribution.evidence_confirmed
    assert contribution.badges == ["checked", "sustained"]
    entry = AuditEntry.objects.get(action="contributions.evidence_review")
    assert entry.details["before"]["evidence_level"] == "documented_results"
    assert entry.details["after"]["evidence_level"] == "own_monitoring"

    page = client.get(contribution.get_absolute_url()).content.decode()
    assert 'aria-describedby="badge-' in page and 'role="tooltip"' in page
    assert "Von der Redaktion geprüft" in page

    contribution_facts_save(
        contribution=contribution,
        author=contribution.author,
        facts=_facts(evidence_level="research_study"),
    )
    contribution.refresh_from_db()
    assert not contribution.evidence_confirmed and contribution.badges == ["sustained"]


def test_confirming_needs_a_level(staff, call):
    contribution = ContributionFactory(call=call)
    with pytest.raises(ValidationError):
        contribution_evidence_review(
            contribution=contribution,
            reviewer=staff,
            evidence_level="",
            confirmed=True,
            long_running=False,
            sustained=False,
        )


def test_the_help_page_explains_every_badge_and_level(client, db):
    page = client.get(reverse("contributions:badge-help")).content.decode()
    for text in (
        'id="checked"',
        'id="long_running"',
        'id="sustained"',
        "Externe Evaluation",
        "Forschungsstudie",
    ):
        assert text in page


def _with_facts(call, **changes):
    contribution = ContributionFactory(call=call)
    contribution_facts_save(
        contribution=contribution, author=contribution.author, facts=_facts(**changes)
    )
    return contribution


def test_the_list_filters_on_the_facts(client, call):
    language = _with_facts(call, integration_field=["language"], evidence_level="anecdote")
    training = _with_facts(call, integration_field=["training"], partner=["school"])
    plain = ContributionFactory(call=call)
    url = reverse("contributions:contribution-list", args=[call.slug])

    def titles(**query):
        page = client.get(url, query).content.decode()
        return {c.title for c in (language, training, plain) if c.title in page}

    assert titles(integration_field="language") == {language.title}
    assert titles(integration_field="training", partner="school") == {training.title}
    assert titles(evidence_level="anecdote") == {language.title}
    assert titles(funding="esf") == {language.title, training.title}
    assert titles(reach="50_249", innovation_type="process") == {language.title, training.title}
    response = client.get(url, {"integration_field": "astrology"})
    assert "unbekannt" in response.content.decode()
    assert titles() == {language.title, training.title, plain.title}


def test_the_state_filter_knows_stale_practices(client, call):
    with time_machine.travel(datetime(2024, 1, 10, 12, tzinfo=UTC)):
        old = ContributionFactory(call=call)
    with time_machine.travel(datetime(2025, 6, 1, 12, tzinfo=UTC)):
        recent = ContributionFactory(call=call)
    Contribution.objects.filter(pk=recent.pk).update(practice_state="changed")
    url = reverse("contributions:contribution-list", args=[call.slug])
    with time_machine.travel(datetime(2025, 8, 1, 12, tzinfo=UTC)):
        page = client.get(url, {"state": "unknown"}).content.decode()
        assert old.title in page and recent.title not in page
        page = client.get(url, {"state": "changed"}).content.decode()
        assert recent.title in page and old.title not in page


def test_most_adopted_first(client, call):
    first, second, third = ContributionFactory.create_batch(3, call=call)
    Contribution.objects.filter(pk=second.pk).update(adoption_count=5)
    Contribution.objects.filter(pk=first.pk).update(adoption_count=2)
    page = client.get(
        reverse("contributions:contribution-list", args=[call.slug]), {"sort": "adopted"}
    ).content.decode()
    assert page.index(second.title) < page.index(first.title) < page.index(third.title)
    answer = client.get(f"/api/v1/calls/{call.slug}/contributions?sort=adopted").json()
    assert [item["id"] for item in answer["items"]] == [second.pk, first.pk, third.pk]
    assert [item["adoptions"] for item in answer["items"]] == [5, 2, 0]


@pytest.mark.parametrize("count", [2, 20])
def test_fact_filters_keep_the_query_budget(client, call, count, django_assert_max_num_queries):
    for index in range(count):
        _with_facts(call, integration_field=["training"], funding=["esf"] if index % 2 else [])
    url = reverse("contributions:contribution-list", args=[call.slug])
    query = {"integration_field": "training", "evidence_level": "documented_results"}
    client.get(url, query)  # warm caches
    with django_assert_max_num_queries(13):
        response = client.get(url, {**query, "sort": "adopted"})
    assert response.status_code == 200
    with django_assert_max_num_queries(12):
        response = client.get(f"/api/v1/calls/{call.slug}/contributions", query)
    assert response.json()["count"] == count


def test_the_api_shows_and_filters_the_facts(client, call):
    contribution = _with_facts(call)
    ContributionFactory(call=call)
    answer = client.get(
        f"/api/v1/calls/{call.slug}/contributions",
        {"integration_field": "language", "evidence_level": "documented_results"},
    ).json()
    assert [item["id"] for item in answer["items"]] == [contribution.pk]
    item = answer["items"][0]
    assert item["evidence_level"] == "documented_results"
    assert item["evidence_url"] == "https://example.org/bericht.pdf"
    assert item["evidence_confirmed"] is False
    assert item["facts"]["partners"] == ["job_centre", "chamber"] or sorted(
        item["facts"]["partners"]
    ) == ["chamber", "job_centre"]
    assert item["facts"]["continuation"] == "regular_service"
    assert item["facts"]["started_year"] == 2021
    assert item["adoptions"] == 0 and item["state"] is None
    bad = client.get(f"/api/v1/calls/{call.slug}/contributions", {"state": "sleeping"}).json()
    assert bad["ignored_filters"] == ["state"]

    schema = client.get("/api/v1/openapi.json").json()
    levels = schema["components"]["schemas"]["EvidenceLevel"]["enum"]
    assert levels == [
        "anecdote",
        "own_monitoring",
        "documented_results",
        "external_evaluation",
        "research_study",
    ]


def test_the_api_takes_facts_with_the_story_and_names_allowed_values(client, call, user):
    _token, key = api_token_create(user=user, name="t")
    payload = {
        "title": "Sprachcafé im Betrieb",
        "role": "employer",
        "setting": "sme",
        "answers": [{"question": q.pk, "text": "Antwort"} for q in call.questions.all()],
        "evidence_level": "external_evaluation",
        "evidence_url": "https://example.org/evaluation",
        "integration_fields": ["language"],
        "started_year": 2022,
        "continuation": "ongoing",
    }
    headers = {"Authorization": f"Bearer {key}"}
    url = f"/api/v1/calls/{call.slug}/contributions"
    response = client.post(url, payload, content_type="application/json", headers=headers)
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["evidence_level"] == "external_evaluation"
    assert body["facts"]["integration_fields"] == ["language"]
    bad = client.post(
        url,
        {**payload, "title": "Noch eins", "evidence_level": "gossip"},
        content_type="application/json",
        headers=headers,
    )
    assert bad.status_code == 422
    assert bad.json()["detail"][0]["loc"][-1] == "evidence_level"
    impossible = client.post(
        url,
        {**payload, "title": "Und noch eins", "ended_year": 2023},
        content_type="application/json",
        headers=headers,
    )
    assert impossible.status_code == 422
    assert "continuation" in impossible.content.decode()


def test_open_data_carries_the_practice(client, call, staff):
    contribution = _with_facts(call)
    client.force_login(staff)
    document = client.get(reverse("resonance:open-data-json", args=[call.slug])).json()
    practice = document["contributions"][0]["practice"]
    assert practice["started"] == "2021-03" and practice["ended"] == "2023-06"
    assert practice["evidence_level"] == "documented_results"
    assert practice["integration_fields"] == ["training", "language"] or sorted(
        practice["integration_fields"]
    ) == ["language", "training"]
    response = client.get(reverse("resonance:open-data-csv", args=[call.slug]))
    body = b"".join(response.streaming_content).decode()
    assert "documented_results" in body and "esf|own_means" in body
    assert contribution.title in body
