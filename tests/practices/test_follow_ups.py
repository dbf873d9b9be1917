"""Follow-ups: 6 and 12 months after publication the author is asked by mail what became
of the practice, once each, in their language, with a personal link that expires; the
answer becomes a dated update on the contribution."""

import re
import threading
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.template.loader import render_to_string

from praxisdialog.contributions.models import Contribution
from praxisdialog.moderation.models import QueueEntry
from praxisdialog.moderation.selectors import entry_get_for_decision
from praxisdialog.moderation.services import decision_make
from praxisdialog.practices.models import FollowUp, PracticeUpdate
from praxisdialog.practices.services import follow_up_send, follow_ups_send
from tests.accounts.factories import VerifiedUserFactory
from tests.contributions.factories import ContributionFactory
from tests.moderation.factories import moderator

PUBLISHED = datetime(2025, 1, 15, 10, 0, tzinfo=UTC)
LINK = re.compile(r"https?://\S+/practices/follow-up/[^/\s]+/")


@pytest.fixture
def contribution(db):
    return ContributionFactory(published_at=PUBLISHED)


def _link(message) -> str:
    return LINK.search(message.body).group(0)


def _path(link: str) -> str:
    return link.removeprefix(settings.SITE_URL)


def test_each_follow_up_is_sent_once_at_six_and_twelve_months(contribution):
    with time_machine.travel(datetime(2025, 7, 14, 12, 0, tzinfo=UTC), tick=False):
        assert follow_ups_send() == 0
    with time_machine.travel(datetime(2025, 7, 15, 11, 0, tzinfo=UTC), tick=False):
        assert follow_ups_send() == 1
        assert follow_ups_send() == 0
    assert [m.to for m in mail.outbox] == [[contribution.author.email]]
    assert "Was ist aus" in mail.outbox[0].subject
    assert "vor 6 Monaten" in mail.outbox[0].body
    with time_machine.travel(datetime(2025, 12, 1, tzinfo=UTC), tick=False):
        assert follow_ups_send() == 0
    with time_machine.travel(datetime(2026, 1, 15, 11, 0, tzinfo=UTC), tick=False):
        call_command("send_follow_ups", stdout=open("/dev/null", "w"))  # noqa: SIM115
        call_command("send_follow_ups", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(mail.outbox) == 2
    assert "vor 12 Monaten" in mail.outbox[1].body
    assert sorted(FollowUp.objects.values_list("months", flat=True)) == [6, 12]
    with time_machine.travel(datetime(2027, 6, 1, tzinfo=UTC), tick=False):
        assert follow_ups_send() == 0


def test_the_mail_speaks_the_authors_language(db):
    author = VerifiedUserFactory(preferred_language="en")
    ContributionFactory(author=author, published_at=PUBLISHED)
    with time_machine.travel(datetime(2025, 7, 16, tzinfo=UTC), tick=False):
        follow_ups_send()
    (message,) = mail.outbox
    assert message.subject.startswith("What became of")
    assert "6 months ago" in message.body
    assert message.alternatives and LINK.search(message.alternatives[0][0])


def test_a_contribution_overdue_for_twelve_months_is_asked_only_that(db):
    ContributionFactory(published_at=PUBLISHED)
    with time_machine.travel(datetime(2026, 2, 1, tzinfo=UTC), tick=False):
        assert follow_ups_send() == 1
    assert list(FollowUp.objects.values_list("months", flat=True)) == [12]
    assert "vor 12 Monaten" in mail.outbox[0].body


def test_withdrawn_and_unpublished_contributions_are_not_asked(db):
    ContributionFactory(published_at=PUBLISHED, status=Contribution.Status.WITHDRAWN)
    ContributionFactory(published_at=None, status=Contribution.Status.SUBMITTED)
    with time_machine.travel(datetime(2025, 8, 1, tzinfo=UTC), tick=False):
        assert follow_ups_send() == 0
    assert mail.outbox == []


def test_a_claimed_follow_up_is_not_sent_again(contribution):
    """A run that chose its contributions before another run claimed them sends nothing."""
    with time_machine.travel(datetime(2025, 7, 16, tzinfo=UTC), tick=False):
        assert follow_up_send(contribution=contribution, months=6) is not None
        assert follow_up_send(contribution=contribution, months=6) is None
    assert len(mail.outbox) == 1


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"),
    reason="threads need a database server (the SQLite test database lives in memory)",
)
def test_runs_at_the_same_time_send_each_follow_up_once():
    contributions = [ContributionFactory(published_at=PUBLISHED) for _ in range(5)]
    barrier = threading.Barrier(4)
    counts = []

    def run():
        barrier.wait()
        try:
            counts.append(follow_ups_send(now=datetime(2025, 7, 16, tzinfo=UTC)))
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(counts) == len(contributions)
    assert len(mail.outbox) == len(contributions)
    assert sorted(m.to[0] for m in mail.outbox) == sorted(c.author.email for c in contributions)


def _ask(contribution, when=datetime(2025, 7, 16, tzinfo=UTC)) -> str:
    with time_machine.travel(when):
        follow_ups_send()
    return _path(_link(mail.outbox[-1]))


def test_the_author_answers_without_signing_in_and_the_update_appears(client, contribution):
    path = _ask(contribution)
    with time_machine.travel(datetime(2025, 7, 20, 9, 0, tzinfo=UTC), tick=False):
        page = client.get(path)
        assert page.status_code == 200
        assert "Was ist aus Ihrer Praxis geworden?" in page.content.decode()
        response = client.post(
            path, {"state": "changed", "text": "Wir machen es jetzt mit zwei Betrieben."}
        )
    assert response.status_code == 200
    assert "Vielen Dank" in response.content.decode()
    contribution.refresh_from_db()
    assert contribution.practice_state == "changed"
    assert contribution.last_confirmed_at == datetime(2025, 7, 20, 9, 0, tzinfo=UTC)
    detail = client.get(contribution.get_absolute_url()).content.decode()
    assert "Wir machen es jetzt mit zwei Betrieben." in detail
    assert "20. Juli 2025" in detail
    # One answer per follow-up: the link now thanks instead of asking again.
    with time_machine.travel(datetime(2025, 7, 21, tzinfo=UTC), tick=False):
        again = client.post(path, {"state": "stopped", "text": "Doch nicht."})
    assert "bereits beantwortet" in again.content.decode()
    assert PracticeUpdate.objects.count() == 1


def test_an_invalid_answer_gets_a_clear_message_and_changes_nothing(client, contribution):
    path = _ask(contribution)
    with time_machine.travel(datetime(2025, 7, 20, tzinfo=UTC), tick=False):
        response = client.post(path, {"state": "somehow", "text": ""})
    assert response.status_code == 200
    assert "Bitte" in response.content.decode()
    assert PracticeUpdate.objects.count() == 0
    assert FollowUp.objects.get().answered_at is None


def test_the_link_expires(client, contribution):
    path = _ask(contribution)
    with time_machine.travel(datetime(2025, 7, 16, tzinfo=UTC) + timedelta(days=61)):
        response = client.get(path)
        assert response.status_code == 410
        assert "abgelaufen" in response.content.decode()
        client.post(path, {"state": "running", "text": "Läuft."})
    assert PracticeUpdate.objects.count() == 0


def test_a_tampered_link_finds_nothing(client, contribution):
    path = _ask(contribution)
    token = path.rstrip("/").rsplit("/", 1)[1]
    tampered = path.replace(token, token[:-2] + ("AA" if not token.endswith("AA") else "BB"))
    assert client.get(tampered).status_code == 404
    assert client.get("/practices/follow-up/nonsense/").status_code == 404


def test_an_answer_with_personal_data_waits_for_a_moderator(client, contribution):
    path = _ask(contribution)
    text = "Rufen Sie Frau Yilmaz an: 0171 2345678."
    with time_machine.travel(datetime(2025, 7, 20, tzinfo=UTC), tick=False):
        client.post(path, {"state": "running", "text": text})
    update = PracticeUpdate.objects.get()
    assert update.status == "pending"
    contribution.refresh_from_db()
    assert contribution.practice_state == ""
    assert text not in client.get(contribution.get_absolute_url()).content.decode()
    entry = QueueEntry.objects.get(object_id=update.pk, content_type__model="practiceupdate")
    desk_item = render_to_string(
        "moderation/_target.html", {"entry": entry_get_for_decision(pk=entry.pk)}
    )
    assert "0171" in desk_item and contribution.title in desk_item
    decision_make(
        entry=entry,
        moderator=moderator(),
        action="redact",
        ground="personal_data",
        explanation="Telefonnummer entfernt.",
        redacted_text="Rufen Sie uns über die Plattform an.",
    )
    update.refresh_from_db()
    assert update.text == "Rufen Sie uns über die Plattform an."
    entry = QueueEntry.objects.create(
        content_type=entry.content_type, object_id=update.pk, premoderation=False
    )
    decision_make(entry=entry, moderator=moderator(), action="publish")
    contribution.refresh_from_db()
    assert contribution.practice_state == "running"
    assert (
        "Rufen Sie uns über die Plattform an."
        in client.get(contribution.get_absolute_url()).content.decode()
    )


def test_a_hidden_update_takes_its_state_with_it(client, contribution):
    first = _ask(contribution)
    with time_machine.travel(datetime(2025, 7, 20, tzinfo=UTC), tick=False):
        client.post(first, {"state": "running", "text": "Läuft weiter."})
    second = _ask(contribution, when=datetime(2026, 1, 16, tzinfo=UTC))
    with time_machine.travel(datetime(2026, 1, 20, tzinfo=UTC), tick=False):
        client.post(second, {"state": "stopped", "text": "Die Förderung ist ausgelaufen."})
    contribution.refresh_from_db()
    assert contribution.practice_state == "stopped"
    latest = PracticeUpdate.objects.get(state="stopped")
    entry = QueueEntry.objects.create(
        content_type=ContentType.objects.get_for_model(PracticeUpdate),
        object_id=latest.pk,
    )
    decision_make(
        entry=entry,
        moderator=moderator(),
        action="hide",
        ground="rules",
        explanation="Nicht zutreffend.",
    )
    contribution.refresh_from_db()
    assert contribution.practice_state == "running"
    assert contribution.last_confirmed_at == datetime(2025, 7, 20, tzinfo=UTC)
