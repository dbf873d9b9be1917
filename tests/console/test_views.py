"""The staff console at /staff/: where each call stands and every staff tool, for staff
and moderators only."""

from datetime import timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone

from praxisdialog.contributions.models import Contribution
from praxisdialog.moderation.models import QueueEntry
from praxisdialog.resonance.models import Dossier, ResonanceSnapshot
from tests.calls.factories import CallFactory
from tests.contributions.factories import ContributionFactory
from tests.events.factories import EventFactory
from tests.insights.factories import ThemeRunFactory
from tests.moderation.factories import moderator
from tests.newsletter.factories import NewsletterFactory
from tests.resonance.factories import resonance_settings

pytestmark = pytest.mark.django_db
URL = "/staff/"


def _page(client, user):
    client.force_login(user)
    response = client.get(URL)
    assert response.status_code == 200
    return response.content.decode()


def test_visitors_are_sent_to_log_in_and_participants_are_refused(client, user):
    response = client.get(URL)
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]
    client.force_login(user)
    assert client.get(URL).status_code == 403
    assert "Staff console" not in client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()


def test_the_header_links_the_console_for_staff_and_moderators(client, staff):
    for person in (staff, moderator()):
        client.force_login(person)
        page = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
        assert f'href="{URL}"' in page


def test_staff_see_each_call_with_phase_reviews_resonance_themes_and_dossier(client, staff):
    call = CallFactory(title="Aufruf Eins", translations={"en": {"title": "Call one"}})
    ContributionFactory.create_batch(2, call=call, status=Contribution.Status.SUBMITTED)
    ContributionFactory(call=call, status=Contribution.Status.PUBLISHED)
    resonance_settings(
        call, min_contributions=5, min_contributors=1, min_roles=1, min_settings=1, min_comments=0
    )
    ResonanceSnapshot.objects.create(
        call=call,
        data={
            "totals": {
                "contributions": 3,
                "contributors": 3,
                "roles": 1,
                "settings": 1,
                "comments": 0,
            }
        },
        computed_at=timezone.now(),
    )
    ThemeRunFactory(call=call)
    Dossier.objects.create(
        call=call,
        status=Dossier.Status.READY,
        requested_at=timezone.now(),
        generated_at=timezone.now(),
    )
    draft = CallFactory(
        title="Entwurf",
        translations={"en": {"title": "Draft call"}},
        status="draft",
        published_at=None,
    )

    page = _page(client, staff)
    assert "Aufruf Eins" in page and "Entwurf" in page
    assert "Phase" in page and "Erfahrungen sammeln" in page
    assert ">2</a>" in page  # two contributions wait for review, linked to the desk
    assert "Resonanz noch nicht erreicht" in page
    assert "Beiträge: 2 fehlen noch." in page
    assert reverse("resonance:dossier-download", args=[call.slug]) in page
    assert reverse("insights:staff-runs", args=[call.slug]) in page
    assert reverse("resonance:dashboard", args=[draft.slug]) in page
    assert reverse("admin:core_sitesettings_changelist") in page
    assert reverse("newsletter:manage-list") in page


def test_the_moderation_queue_shows_its_size_and_the_age_of_its_oldest_entry(client, staff):
    contribution = ContributionFactory()
    entry = QueueEntry.objects.create(
        content_type=ContentType.objects.get_for_model(contribution),
        object_id=contribution.pk,
        report_count=1,
    )
    QueueEntry.objects.filter(pk=entry.pk).update(created_at=timezone.now() - timedelta(days=2))
    page = _page(client, staff)
    assert "1 offener Eintrag" in page
    assert "1 gemeldet" in page
    assert "Der älteste wartet seit 2" in page
    assert "console-attention" in page


def test_events_show_seats_taken_and_the_newsletter_its_state(client, staff):
    EventFactory(title="Werkstatt Leipzig", capacity=20)
    NewsletterFactory(subject="Neuigkeiten im Dezember")
    page = _page(client, staff)
    assert "Werkstatt Leipzig" in page
    assert "0 von 20" in page
    assert "Neuigkeiten im Dezember" in page


def test_moderators_see_their_tools_but_not_the_staff_only_ones(client):
    CallFactory(title="Aufruf Zwei")
    page = _page(client, moderator())
    assert reverse("moderation:desk") in page
    assert reverse("contributions:review-queue") in page
    assert "Aufruf Zwei" not in page  # call states are for staff
    assert reverse("admin:index") not in page
    assert reverse("newsletter:manage-list") not in page


def test_the_console_keeps_its_query_count_whatever_the_number_of_calls(
    client, staff, django_assert_max_num_queries
):
    client.force_login(staff)
    CallFactory()
    client.get(URL)
    with django_assert_max_num_queries(30) as first:
        client.get(URL)
    CallFactory.create_batch(4)
    with django_assert_max_num_queries(len(first.captured_queries)):
        assert client.get(URL).status_code == 200
