import time

import pytest
from django.core.exceptions import ValidationError
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from praxisdialog.calls.models import PhaseKind
from praxisdialog.calls.phases import COMMENT, CONTRIBUTE, current_phase, phase_allows
from praxisdialog.notifications.models import Kind, Notification
from praxisdialog.notifications.services import follow_add
from praxisdialog.notifications.texts import notification_text
from praxisdialog.resonance import services
from praxisdialog.resonance.models import PhaseClosing
from praxisdialog.resonance.tasks import send_phase_closing
from tests.accounts.factories import VerifiedUserFactory
from tests.contributions.factories import ContributionFactory
from tests.discussion.factories import CommentFactory

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("taxonomies")]

MESSAGE = "Danke! Ab dem 1. März diskutieren wir die Beiträge."
MESSAGE_EN = "Thank you! From 1 March we discuss the contributions."


def _participants(call):
    contributor = ContributionFactory(call=call).author
    submitted = ContributionFactory(call=call, status="submitted").author
    drafter = ContributionFactory(call=call, status="draft").author
    commenter = VerifiedUserFactory(preferred_language="en")
    CommentFactory(target=call, author=commenter)
    follower = VerifiedUserFactory()
    follow_add(user=follower, target=call)
    # One person in every role still hears it once.
    everything = ContributionFactory(call=call).author
    CommentFactory(target=call, author=everything)
    follow_add(user=everything, target=call)
    outsider = ContributionFactory().author
    return {
        "expected": {contributor, submitted, commenter, follower, everything},
        "not": {drafter, outsider},
        "english": commenter,
    }


def test_closing_the_collect_phase_tells_every_participant_once(client, staff, call, smtp_server):
    mailer, received = smtp_server.mailers, smtp_server.messages
    people = _participants(call)
    client.force_login(staff)
    with override_settings(MAILERS=mailer):
        response = client.post(
            reverse("resonance:phase-close", args=[call.slug]),
            {"message": MESSAGE, "message_en": MESSAGE_EN, "confirm": "on"},
        )
        assert response.status_code == 302
        expected = people["expected"]
        deadline = time.monotonic() + 10
        while len(received) < len(expected) and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)
    # The phase ended and the next one runs: contributing is over, comments go on.
    call.refresh_from_db()
    assert current_phase(call).kind == PhaseKind.DISCUSS
    assert not phase_allows(call, CONTRIBUTE) and phase_allows(call, COMMENT)

    notified = Notification.objects.filter(kind=Kind.PHASE_CLOSED)
    assert sorted(n.recipient_id for n in notified) == sorted(p.pk for p in expected)
    assert sorted(m["To"] for m in received) == sorted(p.email for p in expected)
    english = next(m for m in received if m["To"] == people["english"].email)
    german = next(m for m in received if m["To"] != people["english"].email)
    assert MESSAGE_EN in english.get_payload()[0].get_payload(decode=True).decode()
    assert MESSAGE in german.get_payload()[0].get_payload(decode=True).decode()

    # Running the task again sends nothing more.
    closing = PhaseClosing.objects.get()
    assert closing.recipient_count == len(expected)
    send_phase_closing.enqueue(closing_id=closing.pk)
    assert notified.count() == len(expected)

    # In the site, each recipient reads the message in their language.
    with translation.override("en"):
        assert MESSAGE_EN in notification_text(notified.first())
    closing = PhaseClosing.objects.get()
    assert closing.translations == {"en": {"message": MESSAGE_EN}}
    # No Arabic version was written: Arabic readers get the German.
    with translation.override("ar"):
        assert MESSAGE in notification_text(notified.first())
    client.force_login(next(iter(expected - {people["english"]})))
    assert MESSAGE in client.get(reverse("notifications:list")).content.decode()


def test_closing_needs_a_message_and_changes_nothing_without_one(client, staff, call):
    client.force_login(staff)
    url = reverse("resonance:phase-close", args=[call.slug])
    response = client.post(url, {"message": "  ", "confirm": "on"})
    assert response.status_code == 400
    assert "Dieses Feld ist zwingend erforderlich." in response.content.decode()
    assert not PhaseClosing.objects.exists()
    assert current_phase(call).kind == PhaseKind.COLLECT


def test_a_phase_is_closed_once(staff, call):
    phase = current_phase(call)
    services.phase_close(phase=phase, message=MESSAGE, actor=staff)
    with pytest.raises(ValidationError, match="bereits beendet"):
        services.phase_close(phase=phase, message=MESSAGE, actor=staff)
    assert PhaseClosing.objects.count() == 1


def test_only_staff_may_close_a_phase(client, user, call):
    client.force_login(user)
    url = reverse("resonance:phase-close", args=[call.slug])
    assert client.post(url, {"message": MESSAGE, "confirm": "on"}).status_code == 403
    assert current_phase(call).kind == PhaseKind.COLLECT
