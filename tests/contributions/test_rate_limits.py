import pytest
from django.urls import reverse

from praxisdialog.calls.models import Role, Setting
from praxisdialog.contributions.models import Contribution

pytestmark = pytest.mark.django_db


def test_submitting_too_often_is_refused_with_a_clear_message(client, call, user, settings):
    settings.RATE_LIMITS = {"contribution": (2, 100, 3600)}
    client.force_login(user)
    url = reverse("contributions:contribution-create", args=[call.slug])
    statuses = []
    for number in range(3):
        data = {
            "title": f"Erfahrung {number}",
            "role": Role.objects.get(slug="founder").pk,
            "setting": Setting.objects.get(slug="start-up").pk,
            "language": "de",
            "attribution": "pseudonym",
            "consent": "on",
            "submit": "1",
        }
        for question in call.questions.all():
            data[f"answer_{question.pk}"] = f"Antwort {number} auf {question.text}"
        response = client.post(url, data)
        statuses.append(response.status_code)
    assert statuses == [302, 302, 429]
    assert "warten" in response.content.decode()
    assert Contribution.objects.count() == 2
