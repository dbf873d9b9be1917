"""What each phase allows, asked everywhere: the call page, the form posts and the API."""

import pytest
from django.urls import reverse

from praxisdialog.calls.models import PhaseKind
from praxisdialog.calls.phases import CONTRIBUTE, FEATURES, REGISTER
from praxisdialog.contributions.models import Contribution
from praxisdialog.discussion.models import Comment
from praxisdialog.events.models import Registration
from tests.calls.factories import CallFactory
from tests.contributions.factories import ContributionFactory
from tests.events.factories import EventFactory

pytestmark = pytest.mark.django_db

KINDS = list(PhaseKind)


def _allowed(kind, feature) -> bool:
    return feature in FEATURES[kind]


@pytest.fixture(params=KINDS, ids=[kind.value for kind in KINDS])
def phase_call(request):
    call = CallFactory(phases__current=request.param)
    return request.param, call


def test_contribute(client, user, phase_call):
    kind, call = phase_call
    allowed = _allowed(kind, CONTRIBUTE)
    client.force_login(user)
    page = client.get(call.get_absolute_url()).content.decode()
    assert ("Teilen Sie Ihre Erfahrung" in page) is allowed
    assert client.get(
        reverse("contributions:contribution-create", args=[call.slug])
    ).status_code == (200 if allowed else 403)
    posted = client.post(
        reverse("contributions:contribution-create", args=[call.slug]), {"title": "Form"}
    )
    assert (posted.status_code == 403) is not allowed
    questions = list(call.questions.all())
    api = client.post(
        f"/api/v1/calls/{call.slug}/contributions",
        {
            "title": "Über die API erzählt",
            "role": "employer",
            "setting": "sme",
            "answers": [{"question": q.pk, "text": "Eine Antwort."} for q in questions],
        },
        content_type="application/json",
    )
    assert api.status_code == (201 if allowed else 403), api.content
    assert Contribution.objects.filter(call=call).exists() is allowed


def test_comment(client, user, phase_call):
    kind, call = phase_call
    allowed = _allowed(kind, "comment")
    contribution = ContributionFactory(call=call)
    client.force_login(user)
    page = client.get(call.get_absolute_url()).content.decode()
    assert ('class="comment-form"' in page) is allowed
    posted = client.post(
        reverse("discussion:call-comment-create", args=[call.slug]), {"text": "Ein Gedanke."}
    )
    assert (posted.status_code == 403) is not allowed
    api = client.post(
        f"/api/v1/contributions/{contribution.pk}/comments",
        {"text": "Noch ein Gedanke."},
        content_type="application/json",
    )
    assert api.status_code == (201 if allowed else 403), api.content
    assert Comment.objects.filter(author=user).count() == (2 if allowed else 0)


def test_register(client, user, phase_call):
    kind, call = phase_call
    allowed = _allowed(kind, REGISTER)
    event = EventFactory(call=call)
    client.force_login(user)
    client.post(reverse("events:event-register", args=[event.pk]), {})
    api = client.post(
        f"/api/v1/events/{event.pk}/registrations", {}, content_type="application/json"
    )
    assert (api.status_code in {200, 201}) is allowed
    assert Registration.objects.filter(event=event, user=user).exists() is allowed
