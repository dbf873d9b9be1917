"""Staff edit personal data out of a contribution on the review page, instead of only
returning it; the text as it was stays as an earlier version."""

import pytest
from django.urls import reverse

from praxisdialog.contributions.models import Answer, Contribution
from tests.contributions.factories import ContributionFactory

pytestmark = pytest.mark.django_db


def _submitted_with(text: str) -> Contribution:
    contribution = ContributionFactory(status=Contribution.Status.SUBMITTED, published_at=None)
    answer = contribution.answers.first()
    Answer.objects.filter(pk=answer.pk).update(text=text)
    return contribution


def test_staff_replace_a_phone_number_and_then_publish(client, staff):
    contribution = _submitted_with("Rufen Sie Amal unter 0171 2345678 an, sie hilft gern.")
    url = reverse("contributions:review-detail", args=[contribution.pk])
    client.force_login(staff)
    page = client.get(url).content.decode()
    assert "Personenbezogene Daten herausnehmen" in page

    response = client.post(url, {"passages": "0171 2345678\n"})
    assert response.status_code == 302
    answer = contribution.answers.first()
    answer.refresh_from_db()
    assert answer.text == "Rufen Sie Amal unter […] an, sie hilft gern."
    assert contribution.versions.count() == 1  # the text as it was
    assert "0171 2345678" in str(contribution.versions.first().snapshot)
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.SUBMITTED  # still for staff to decide
    assert contribution.redaction_note

    response = client.post(url, {"decision": "publish", "message": ""})
    assert response.status_code == 302
    public = client.get(contribution.get_absolute_url()).content.decode()
    assert "0171 2345678" not in public
    assert "[…]" in public


def test_a_passage_that_is_not_in_the_text_is_named_and_nothing_changes(client, staff):
    contribution = _submitted_with("Eine Geschichte ohne Namen.")
    url = reverse("contributions:review-detail", args=[contribution.pk])
    client.force_login(staff)
    response = client.post(url, {"passages": "Leipziger Straße 5"})
    assert response.status_code == 200
    assert "Keine dieser Stellen kommt im Beitrag vor." in response.content.decode()
    assert contribution.versions.count() == 0


def test_participants_cannot_edit_a_contribution_on_the_review_page(client, user):
    contribution = _submitted_with("Telefon 0171 2345678")
    client.force_login(user)
    response = client.post(
        reverse("contributions:review-detail", args=[contribution.pk]), {"passages": "0171"}
    )
    assert response.status_code == 403
    assert contribution.answers.first().text == "Telefon 0171 2345678"
