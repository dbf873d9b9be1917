import pytest
from django.urls import reverse

from praxisdialog.calls.models import Role, Setting
from praxisdialog.contributions.models import Contribution
from praxisdialog.moderation.checks import blocked_terms

pytestmark = pytest.mark.django_db


def test_a_watched_word_holds_even_a_trusted_authors_text_and_says_why(client, call, user, staff):
    from praxisdialog.moderation.models import Action
    from praxisdialog.moderation.services import account_moderate

    account_moderate(user=user, moderator=staff, action=Action.TRUST)
    word = blocked_terms()[0]
    client.force_login(user)
    data = {
        "title": "Was wir gehört haben",
        "role": Role.objects.get(slug="colleague").pk,
        "setting": Setting.objects.get(slug="work-team").pk,
        "language": "de",
        "attribution": "pseudonym",
        "consent": "on",
        "submit": "1",
    }
    for question in call.questions.all():
        data[f"answer_{question.pk}"] = f"Ein Kunde sagte „{word}“ zu unserer Kollegin."
    response = client.post(
        reverse("contributions:contribution-create", args=[call.slug]), data, follow=True
    )
    contribution = Contribution.objects.get()
    assert contribution.status == Contribution.Status.SUBMITTED
    assert {"kind": "watched_word", "excerpt": word} in contribution.privacy_findings
    assert (
        "keine Anschuldigung" in response.content.decode()
        or "no accusation" in response.content.decode()
    )
    client.force_login(staff)
    queue = client.get(reverse("contributions:review-queue")).content.decode()
    assert "beobachteter Wörter" in queue
