import pytest
from django.test import Client

from praxisdialog.moderation.models import Report
from tests.contributions.factories import ContributionFactory

pytestmark = pytest.mark.django_db


def _payload(contribution):
    return {
        "target_type": "contribution",
        "target_id": contribution.pk,
        "reason": "spam",
        "explanation": "Werbung",
        "good_faith": True,
    }


def test_a_signed_in_browser_needs_the_csrf_token_to_report(user):
    contribution = ContributionFactory()
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(user)
    response = browser.post(
        "/api/v1/reports", _payload(contribution), content_type="application/json"
    )
    assert response.status_code == 403
    assert not Report.objects.exists()


def test_a_visitor_reports_with_an_email_address(client):
    contribution = ContributionFactory()
    payload = {**_payload(contribution), "email": "besucher@example.org"}
    response = client.post("/api/v1/reports", payload, content_type="application/json")
    assert response.status_code == 201
    assert Report.objects.count() == 1
