"""Answers to follow-ups appear as dated updates on the page and in the API, the list
filters by state, and a practice nobody confirmed for 18 months says its state is
unknown until someone does."""

import re
from datetime import UTC, datetime

import pytest
import time_machine
from django.core import mail
from django.urls import reverse

from praxisdialog.practices.services import follow_ups_send
from tests.contributions.factories import ContributionFactory

pytestmark = pytest.mark.django_db
NOTICE = "Stand unbekannt"


def _answer(client, when: datetime, state: str, text: str) -> None:
    with time_machine.travel(when, tick=False):
        follow_ups_send()
        link = re.search(r"https?://\S+?(/practices/follow-up/[^/\s]+/)", mail.outbox[-1].body)
        response = client.post(link.group(1), {"state": state, "text": text})
    assert response.status_code == 200


def _api(client, contribution) -> dict:
    return client.get(f"/api/v1/contributions/{contribution.pk}").json()


def test_updates_appear_in_the_api_newest_first(client, call):
    contribution = ContributionFactory(call=call, published_at=datetime(2025, 1, 10, tzinfo=UTC))
    _answer(client, datetime(2025, 7, 11, 8, tzinfo=UTC), "running", "Läuft wie geplant.")
    _answer(client, datetime(2026, 1, 12, 8, tzinfo=UTC), "changed", "Jetzt **digital**.")
    with time_machine.travel(datetime(2026, 2, 1, tzinfo=UTC), tick=False):
        data = _api(client, contribution)
        listed = client.get(f"/api/v1/calls/{call.slug}/contributions").json()["items"]
    assert data["updates"] == [
        {"date": "2026-01-12", "state": "changed", "text": "Jetzt **digital**."},
        {"date": "2025-07-11", "state": "running", "text": "Läuft wie geplant."},
    ]
    assert data["state"] == "changed"
    assert data["last_confirmed_at"].startswith("2026-01-12")
    assert listed[0]["updates"] == data["updates"]


def test_a_held_update_is_not_shown(client, call):
    contribution = ContributionFactory(call=call, published_at=datetime(2025, 1, 10, tzinfo=UTC))
    _answer(client, datetime(2025, 7, 11, tzinfo=UTC), "running", "Mail an info@beispiel.de")
    assert _api(client, contribution)["updates"] == []


def test_the_list_and_the_api_filter_by_state(client, call):
    running = ContributionFactory(call=call, published_at=datetime(2025, 1, 10, tzinfo=UTC))
    stopped = ContributionFactory(call=call, published_at=datetime(2025, 1, 10, tzinfo=UTC))
    # The first follow-up run asks both; each author answers through their own link.
    with time_machine.travel(datetime(2025, 7, 11, tzinfo=UTC), tick=False):
        follow_ups_send()
        for message in mail.outbox:
            path = re.search(r"(/practices/follow-up/[^/\s]+/)", message.body).group(1)
            state = "running" if message.to == [running.author.email] else "stopped"
            client.post(path, {"state": state, "text": "So ist es."})
        url = reverse("contributions:contribution-list", args=[call.slug])
        page = client.get(url, {"state": "stopped"}).content.decode()
        api = client.get(f"/api/v1/calls/{call.slug}/contributions", {"state": "running"}).json()
    assert stopped.title in page and running.title not in page
    assert [item["id"] for item in api["items"]] == [running.pk]


def test_the_unknown_state_notice_appears_and_disappears(client, call):
    contribution = ContributionFactory(call=call, published_at=datetime(2024, 1, 10, tzinfo=UTC))
    url = contribution.get_absolute_url()
    list_url = reverse("contributions:contribution-list", args=[call.slug])
    with time_machine.travel(datetime(2025, 7, 9, tzinfo=UTC), tick=False):
        assert NOTICE not in client.get(url).content.decode()
        assert _api(client, contribution)["state_unknown"] is False
    with time_machine.travel(datetime(2025, 7, 11, tzinfo=UTC), tick=False):
        assert NOTICE in client.get(url).content.decode()
        assert _api(client, contribution)["state_unknown"] is True
        unknown = client.get(list_url, {"state": "unknown"}).content.decode()
        assert contribution.title in unknown
    _answer(client, datetime(2025, 7, 12, tzinfo=UTC), "running", "Läuft noch.")
    with time_machine.travel(datetime(2025, 7, 13, tzinfo=UTC), tick=False):
        page = client.get(url).content.decode()
        assert NOTICE not in page
        assert "Zuletzt bestätigt" in page and "12. Juli 2025" in page
        assert _api(client, contribution)["state_unknown"] is False
        assert contribution.title not in client.get(list_url, {"state": "unknown"}).content.decode()
    with time_machine.travel(datetime(2027, 1, 13, tzinfo=UTC), tick=False):
        assert NOTICE in client.get(url).content.decode()


@pytest.mark.parametrize("count", [2, 20])
def test_filters_on_the_new_fields_keep_the_query_budget(
    client, call, count, django_assert_num_queries
):
    """State, evidence, field of integration and the most-adopted order cost the same
    number of queries for 2 and for 20 rows, with updates shown in the API."""
    from praxisdialog.contributions.models import Contribution, ContributionFact
    from praxisdialog.practices.models import PracticeUpdate

    for index in range(count):
        contribution = ContributionFactory(
            call=call, evidence_level="own_monitoring", practice_state="changed"
        )
        Contribution.objects.filter(pk=contribution.pk).update(adoption_count=index)
        ContributionFact.objects.create(
            contribution=contribution, kind="integration_field", value="training"
        )
        PracticeUpdate.objects.create(
            contribution=contribution, author=contribution.author, state="changed", text="Neu."
        )
    query = {
        "state": "changed",
        "evidence_level": "own_monitoring",
        "integration_field": "training",
        "sort": "adopted",
    }
    url = reverse("contributions:contribution-list", args=[call.slug])
    client.get(url, query)  # warm caches
    with django_assert_num_queries(BUDGET["list"]):
        assert client.get(url, query).status_code == 200
    with django_assert_num_queries(BUDGET["api"]):
        data = client.get(f"/api/v1/calls/{call.slug}/contributions", query).json()
    assert data["count"] == count
    assert all(item["updates"][0]["state"] == "changed" for item in data["items"])


# The list reads its page keys first, then the rows by key (core.pagination.KeyFirstPaginator).
BUDGET = {"list": 12, "api": 11}
