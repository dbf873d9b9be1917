from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from praxisdialog.calls import phases
from praxisdialog.calls.models import Call, Phase, PhaseKind, Question
from praxisdialog.calls.services import call_publish
from tests.accounts.factories import StaffFactory
from tests.calls.factories import CallFactory

pytestmark = pytest.mark.django_db


def test_current_phase_follows_the_dates(call):
    assert phases.current_phase(call).kind == PhaseKind.COLLECT
    later = timezone.now() + timedelta(days=25)
    assert phases.current_phase(call, now=later).kind == PhaseKind.DISCUSS
    assert phases.phase_allows(call, phases.CONTRIBUTE)
    assert not phases.phase_allows(call, phases.CONTRIBUTE, now=later)
    assert phases.phase_allows(call, phases.COMMENT, now=later)


def test_no_phase_allows_nothing():
    call = CallFactory(phases__current=PhaseKind.COLLECT)
    Phase.objects.filter(call=call).delete()
    assert phases.current_phase(call) is None
    assert not phases.phase_allows(call, phases.CONTRIBUTE)


def test_a_phase_must_end_after_it_starts(call):
    phase = call.phases.first()
    phase.ends_at = phase.starts_at - timedelta(days=1)
    with pytest.raises(ValidationError):
        phase.full_clean()


def test_publishing_needs_questions_and_phases():
    call = CallFactory(status=Call.Status.DRAFT, questions=0)
    with pytest.raises(ValidationError):
        call_publish(call=call)
    Question.objects.create(call=call, position=1, text="Was?")
    assert call_publish(call=call).status == Call.Status.PUBLISHED


def test_home_shows_current_calls_with_a_way_to_take_part(client, call):
    page = client.get("/").content.decode()
    assert call.title in page
    assert reverse("contributions:contribution-create", args=[call.slug]) in page


def test_call_page_shows_questions_timeline_contact_and_days_left(client, call):
    page = client.get(call.get_absolute_url()).content.decode()
    for question in call.questions.all():
        assert question.text in page
    assert 'aria-current="step"' in page
    assert "example . org" in page
    assert "dialog@example.org" not in page  # obfuscated for harvesters
    assert "<strong>Erfahrungen</strong>" in page  # Markdown body
    assert "20" in page  # days left in the collect phase


def test_admin_refuses_a_call_with_seven_questions(client):
    client.force_login(StaffFactory(is_superuser=True))
    data = {
        "title": "Neu",
        "slug": "neu",
        "status": "draft",
        "teaser": "t",
        "body": "b",
        "contact_name": "A",
        "contact_email": "a@example.org",
        "questions-TOTAL_FORMS": "7",
        "questions-INITIAL_FORMS": "0",
        "questions-MIN_NUM_FORMS": "1",
        "questions-MAX_NUM_FORMS": "6",
        "phases-TOTAL_FORMS": "0",
        "phases-INITIAL_FORMS": "0",
    }
    for index in range(7):
        data[f"questions-{index}-position"] = str(index + 1)
        data[f"questions-{index}-text"] = f"Frage {index}"
        data[f"questions-{index}-required"] = "on"
    response = client.post(reverse("admin:calls_call_add"), data)
    assert response.status_code == 200
    assert not Call.objects.filter(slug="neu").exists()
