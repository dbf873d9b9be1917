"""A change to published text passes the checks of a new text, through every door.

The attack: an author edits a published contribution by posting the edit form without
its submit button, with a phone number, an e-mail address and a watched word; the new
text must not become public before a moderator has looked, and a redaction by the
moderators must not be undone silently."""

import pytest
from django.urls import reverse

from praxisdialog.calls.models import Role, Setting
from praxisdialog.contributions.models import Contribution
from praxisdialog.contributions.services import contribution_redact
from tests.contributions.factories import ContributionFactory
from tests.moderation.factories import moderator, trusted

pytestmark = pytest.mark.django_db

HARMFUL = "Ruft mich an: 0171 2345678 oder schreibt an opfer@example.org, ihr Abschaum."


def _edit_data(contribution, first_answer: str, **changes) -> dict:
    """The edit form as a browser sends it, without the submit button."""
    data = {
        "title": contribution.title,
        "role": Role.objects.get(slug="employer").pk,
        "setting": Setting.objects.get(slug="sme").pk,
        "region": "DE-SN",
        "language": "de",
        "attribution": "pseudonym",
        "consent": "on",
    }
    for question in contribution.call.questions.all():
        data[f"answer_{question.pk}"] = f"Antwort auf {question.text}"
    first = contribution.call.questions.order_by("position").first()
    data[f"answer_{first.pk}"] = first_answer
    data.update(changes)
    return data


def _public_text(client, contribution) -> str:
    client.logout()
    page = client.get(contribution.get_absolute_url())
    api = client.get(f"/api/v1/contributions/{contribution.pk}")
    return f"{page.status_code} {page.content.decode()} {api.status_code} {api.content.decode()}"


def test_an_edit_without_the_submit_button_does_not_publish_personal_data(client, call):
    author = trusted(ContributionFactory(call=call).author)
    contribution = Contribution.objects.get(author=author)
    client.force_login(author)
    url = reverse("contributions:contribution-edit", args=[contribution.pk])

    response = client.post(url, _edit_data(contribution, HARMFUL))
    # Unconfirmed personal data: the author is asked to look again, nothing changes.
    assert response.status_code == 200
    assert "0171 2345678" not in _public_text(client, contribution)
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.PUBLISHED

    client.force_login(author)
    client.post(url, _edit_data(contribution, HARMFUL, personal_data_confirmed="on"))
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.SUBMITTED
    kinds = {finding["kind"] for finding in contribution.privacy_findings}
    assert {"phone", "email", "watched_word"} <= kinds
    public = _public_text(client, contribution)
    assert "0171 2345678" not in public and "opfer@example.org" not in public
    # It waits on the review desk, marked as a change after publication.
    client.force_login(moderator())
    desk = client.get(reverse("contributions:review-queue")).content.decode()
    assert contribution.title in desk
    assert "Changed after publication" in desk or "Nach der Veröffentlichung" in desk


def test_a_harmless_edit_of_a_trusted_author_appears_at_once(client, call):
    author = trusted(ContributionFactory(call=call).author)
    contribution = Contribution.objects.get(author=author)
    client.force_login(author)
    url = reverse("contributions:contribution-edit", args=[contribution.pk])
    client.post(url, _edit_data(contribution, "Wir haben ein Patenprogramm begonnen."))
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.PUBLISHED
    assert "Patenprogramm" in _public_text(client, contribution)
    assert contribution.versions.exists()  # the text before stays as a version


def test_an_edit_of_a_new_account_waits_for_a_moderator(client, call):
    contribution = ContributionFactory(call=call)  # its author's first and only one
    client.force_login(contribution.author)
    url = reverse("contributions:contribution-edit", args=[contribution.pk])
    client.post(url, _edit_data(contribution, "Ganz neue Geschichte über Ausbildung."))
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.SUBMITTED
    assert "Ganz neue Geschichte" not in _public_text(client, contribution)


def test_edits_count_against_the_rate_limit(client, call, settings):
    settings.RATE_LIMITS = {"contribution": (1, 30, 3600)}
    author = trusted(ContributionFactory(call=call).author)
    contribution = Contribution.objects.get(author=author)
    client.force_login(author)
    url = reverse("contributions:contribution-edit", args=[contribution.pk])
    client.post(url, _edit_data(contribution, "Erste Änderung."))
    response = client.post(url, _edit_data(contribution, "Zweite Änderung."))
    assert response.status_code == 429
    assert "Zweite Änderung" not in _public_text(client, contribution)


def test_an_edit_cannot_silently_undo_a_redaction(client, call):
    author = trusted(ContributionFactory(call=call).author)
    contribution = Contribution.objects.get(author=author)
    first = call.questions.order_by("position").first()
    contribution.answers.filter(question=first).update(text="Frau Mustermann half uns.")
    contribution_redact(contribution=contribution, passages=["Mustermann"], note="Bearbeitet.")
    client.force_login(author)
    url = reverse("contributions:contribution-edit", args=[contribution.pk])
    # A family name is no pattern the automatic checks know: only the redaction catches it.
    client.post(url, _edit_data(contribution, "Frau Mustermann half uns."))
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.SUBMITTED
    assert "after_redaction" in {finding["kind"] for finding in contribution.privacy_findings}
    assert contribution.redaction_note == "Bearbeitet."
    assert "Elvira Mustermann" not in _public_text(client, contribution)
