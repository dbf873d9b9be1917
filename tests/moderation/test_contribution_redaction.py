"""Moderators edit personal data out of a contribution: the passages go, a note says
so, the text as it was is kept, and a successful contest puts it back."""

import pytest
from django.urls import reverse

from praxisdialog.contributions.models import Answer, Contribution
from praxisdialog.moderation import services
from praxisdialog.moderation.models import Action, Decision, QueueEntry
from tests.accounts.factories import StaffFactory
from tests.contributions.factories import ContributionFactory

pytestmark = pytest.mark.django_db

STORY = "Frau Amina K. aus der Lindenstraße 12 in Gera hat bei uns angefangen."


def _contribution() -> Contribution:
    contribution = ContributionFactory(title="Amina K. in Gera")
    Answer.objects.filter(contribution=contribution).update(text=STORY)
    return contribution


def test_the_desk_cuts_passages_out_of_a_contribution_with_a_visible_note(client):
    contribution = _contribution()
    entry = services.queue_hold(target=contribution, premoderation=False, flags=[])
    client.force_login(StaffFactory())
    response = client.post(
        reverse("moderation:entry-detail", args=[entry.pk]),
        {
            "action": "redact",
            "ground": "personal_data",
            "explanation": "Name und Adresse entfernt.",
            "passages": "Amina K.\nLindenstraße 12",
        },
    )
    assert response.status_code == 302
    contribution.refresh_from_db()
    assert contribution.title == "[…] in Gera"
    texts = list(contribution.answers.values_list("text", flat=True))
    assert all("Lindenstraße" not in text and "Amina" not in text for text in texts)
    assert "Frau […] aus der […] in Gera" in texts[0]
    client.logout()
    page = client.get(contribution.get_absolute_url()).content.decode()
    assert "Amina" not in page and "Lindenstraße" not in page
    assert "Personenbezogene Daten wurden von der Moderation entfernt." in page
    # The earlier text is kept as a version and in the log, not on the page.
    assert contribution.versions.filter(snapshot__title="Amina K. in Gera").exists()
    assert "Lindenstraße 12" in Decision.objects.get(action=Action.REDACT).previous_text


def test_passages_that_do_not_occur_are_refused_and_nothing_changes(client):
    contribution = _contribution()
    entry = services.queue_hold(target=contribution, premoderation=False, flags=[])
    client.force_login(StaffFactory())
    response = client.post(
        reverse("moderation:entry-detail", args=[entry.pk]),
        {
            "action": "redact",
            "ground": "personal_data",
            "explanation": "Entfernt.",
            "passages": "Hauptstraße 99",
        },
    )
    assert response.status_code == 200
    assert "Keine dieser Stellen kommt im Beitrag vor." in response.content.decode()
    contribution.refresh_from_db()
    assert contribution.title == "Amina K. in Gera"
    assert QueueEntry.objects.get().status == QueueEntry.Status.OPEN


def test_a_reversed_contest_puts_the_text_back():
    contribution = _contribution()
    entry = services.queue_hold(target=contribution, premoderation=False, flags=[])
    first, second = StaffFactory(), StaffFactory()
    decision = services.decision_make(
        entry=entry,
        moderator=first,
        action="redact",
        ground="personal_data",
        explanation="Name entfernt.",
        redacted_text="Amina K.",
    )
    contest = services.contest_create(
        decision=decision, author=contribution.author, text="Sie hat zugestimmt."
    )
    services.contest_decide(
        contest=contest, moderator=second, outcome="reversed", explanation="Einwilligung liegt vor."
    )
    contribution.refresh_from_db()
    assert contribution.title == "Amina K. in Gera"
    assert contribution.redaction_note == ""
    assert contribution.answers.first().text == STORY
