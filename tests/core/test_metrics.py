"""/metrics for Prometheus: who may read it, what a request adds to it, the task queue and
the mails as the database holds them, and several gunicorn workers adding up their
counts in production."""

from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
import time_machine
from django.tasks import TaskResultStatus
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from prometheus_client.parser import text_string_to_metric_families

from praxisdialog.core.models import SentMail
from tests.production import production_server

TOKEN = "scrape-token-for-tests-0123456789"
AUTH = {"HTTP_AUTHORIZATION": f"Bearer {TOKEN}"}
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def samples(text: str) -> dict:
    """{(sample name, sorted labels): value} of an exposition."""
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def value(text: str, name: str, **labels) -> float:
    return samples(text).get((name, tuple(sorted(labels.items()))), 0.0)


def scrape(client) -> str:
    response = client.get("/metrics", **AUTH)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain; version=0.0.4")
    return response.content.decode()


# Who may read it ------------------------------------------------------------------------


@pytest.mark.django_db
def test_without_token_or_allow_list_nobody_reads_the_metrics(client):
    assert client.get("/metrics").status_code == 404
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer ").status_code == 404
    assert client.get("/metrics", REMOTE_ADDR="127.0.0.1").status_code == 404


@pytest.mark.django_db
@override_settings(METRICS_TOKEN=TOKEN)
def test_the_token_opens_the_metrics_and_a_wrong_one_gets_the_not_found_page(client):
    for headers in [
        {},
        {"HTTP_AUTHORIZATION": "Bearer wrong"},
        {"HTTP_AUTHORIZATION": f"Basic {TOKEN}"},
        {"HTTP_AUTHORIZATION": f"Bearer {TOKEN}x"},
        {"HTTP_X_METRICS_TOKEN": TOKEN},
    ]:
        refused = client.get("/metrics", **headers)
        assert refused.status_code == 404
        assert b"praxisdialog_http" not in refused.content
    assert client.get("/metrics", **AUTH).status_code == 200
    assert client.get("/metrics", HTTP_AUTHORIZATION=f"bearer {TOKEN}").status_code == 200


@pytest.mark.django_db
@override_settings(METRICS_ALLOWED_IPS=["192.0.2.10", "10.20.0.0/16"])
def test_the_allow_list_takes_addresses_and_networks(client):
    assert client.get("/metrics", REMOTE_ADDR="192.0.2.10").status_code == 200
    assert client.get("/metrics", REMOTE_ADDR="10.20.3.4").status_code == 200
    assert client.get("/metrics", REMOTE_ADDR="192.0.2.11").status_code == 404
    assert client.get("/metrics", REMOTE_ADDR="10.21.0.1").status_code == 404
    # A forged header changes nothing without trusted proxies.
    forged = client.get("/metrics", REMOTE_ADDR="203.0.113.5", HTTP_X_FORWARDED_FOR="192.0.2.10")
    assert forged.status_code == 404


@pytest.mark.django_db
@override_settings(METRICS_ALLOWED_IPS=["127.0.0.1"], TRUSTED_PROXY_COUNT=1)
def test_behind_a_proxy_the_proxys_own_address_opens_nothing(client):
    # Every request through the proxy comes from 127.0.0.1; the client is what it saw.
    through_proxy = client.get(
        "/metrics", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.5"
    )
    assert through_proxy.status_code == 404
    local = client.get("/metrics", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="127.0.0.1")
    assert local.status_code == 200


# What a request adds ----------------------------------------------------------------------


@pytest.mark.django_db
@override_settings(METRICS_TOKEN=TOKEN)
def test_a_request_is_counted_under_its_route_name(client):
    before = scrape(client)
    for _ in range(3):
        assert client.get("/healthz").status_code == 200
    after = scrape(client)
    labels = {"route": "core:healthz", "method": "GET", "status": "200"}
    counted = "praxisdialog_http_requests_total"
    assert value(after, counted, **labels) - value(before, counted, **labels) == 3
    timed = "praxisdialog_http_request_duration_seconds_count"
    route = {"route": "core:healthz", "method": "GET"}
    assert value(after, timed, **route) - value(before, timed, **route) == 3


@pytest.mark.django_db
@override_settings(METRICS_TOKEN=TOKEN)
def test_paths_that_match_no_route_share_one_label(client):
    before = scrape(client)
    for number in range(5):
        assert client.get(f"/nothing-here-{number}/").status_code == 404
    after = scrape(client)
    labels = {"route": "<unmatched>", "method": "GET", "status": "404"}
    counted = "praxisdialog_http_requests_total"
    assert value(after, counted, **labels) - value(before, counted, **labels) == 5
    assert "nothing-here" not in after


@pytest.mark.django_db
@override_settings(METRICS_TOKEN=TOKEN)
def test_a_page_with_an_object_in_its_path_counts_under_the_pattern(client, call):
    client.get(f"/calls/{call.slug}/")
    text = scrape(client)
    assert call.slug not in text
    assert (
        value(
            text,
            "praxisdialog_http_requests_total",
            route="calls:call-detail",
            method="GET",
            status="200",
        )
        >= 1
    )


# The queue and the mails, from the database ----------------------------------------------


@pytest.mark.django_db
@override_settings(METRICS_TOKEN=TOKEN, TASKS=DATABASE_TASKS)
def test_the_queue_shows_its_depth_and_the_age_of_the_oldest_waiting_task(client):
    from praxisdialog.network.tasks import send_message_mail

    empty = scrape(client)
    assert value(empty, "praxisdialog_task_queue_depth", queue="default") == 0
    assert value(empty, "praxisdialog_task_queue_oldest_age_seconds", queue="default") == 0
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        send_message_mail.enqueue(message_id=1)
    with time_machine.travel(start + timedelta(seconds=30), tick=False):
        send_message_mail.enqueue(message_id=2)
    with time_machine.travel(start + timedelta(seconds=90), tick=False):
        text = scrape(client)
    assert value(text, "praxisdialog_task_queue_depth", queue="default") == 2
    assert value(text, "praxisdialog_task_queue_oldest_age_seconds", queue="default") == 90
    assert value(text, "praxisdialog_tasks", queue="default", status="ready") == 2


@pytest.mark.django_db
@override_settings(METRICS_TOKEN=TOKEN)
def test_mails_sent_and_failed_come_from_the_records(client):
    from praxisdialog.newsletter.models import Delivery
    from tests.newsletter.factories import NewsletterFactory, SubscriberFactory

    SentMail.objects.create(key="network.message:1")
    SentMail.objects.create(key="network.message:2")
    newsletter = NewsletterFactory()
    for status in [Delivery.Status.SENT, Delivery.Status.FAILED, Delivery.Status.FAILED]:
        Delivery.objects.create(
            newsletter=newsletter, subscriber=SubscriberFactory(), status=status
        )
    DBTaskResult.objects.create(
        status=TaskResultStatus.FAILED,
        args_kwargs={"args": [], "kwargs": {"report_id": 1}},
        task_path="praxisdialog.moderation.tasks.send_report_receipt",
        backend_name="default",
        run_after=timezone.now(),
    )
    DBTaskResult.objects.create(  # not a mail: not counted as one
        status=TaskResultStatus.FAILED,
        args_kwargs={"args": [], "kwargs": {"run_id": 1}},
        task_path="praxisdialog.insights.tasks.compute_theme_run",
        backend_name="default",
        run_after=timezone.now(),
    )
    text = scrape(client)
    assert value(text, "praxisdialog_mails_sent", kind="once") == 2
    assert value(text, "praxisdialog_mails_sent", kind="newsletter") == 1
    assert value(text, "praxisdialog_mails_failed", kind="newsletter") == 2
    assert value(text, "praxisdialog_mails_failed", kind="task") == 1
    assert value(text, "praxisdialog_tasks", queue="default", status="failed") == 2


# Production: gunicorn with two workers ----------------------------------------------------


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("metrics")


@pytest.fixture(scope="module")
def server(folder):
    env = {"METRICS_TOKEN": TOKEN, "PROMETHEUS_MULTIPROC_DIR": str(folder / "metrics")}
    with production_server(folder, extra_env=env, workers=2) as running:
        yield running


def test_several_workers_add_up_their_counts(server, folder):
    def scraped() -> str:
        status, _headers, body = server.request(
            "GET", "/metrics", headers={"Authorization": f"Bearer {TOKEN}"}
        )
        assert status == 200
        return body.decode()

    labels = {"route": "core:healthz", "method": "GET", "status": "200"}
    before = value(scraped(), "praxisdialog_http_requests_total", **labels)
    # Rounds of 40 parallel requests until both workers have answered some (one file of
    # counts each); which worker takes a request is the kernel's choice, so a single round
    # may land on one worker alone.
    sent = 0
    with ThreadPoolExecutor(max_workers=8) as pool:
        for _round in range(10):
            statuses = list(pool.map(lambda _n: server.request("GET", "/healthz")[0], range(40)))
            assert statuses == [200] * 40
            sent += 40
            if len(list((folder / "metrics").glob("counter_*.db"))) == 2:
                break
    assert len(list((folder / "metrics").glob("counter_*.db"))) == 2
    # Whichever worker answers a scrape sees the requests of both.
    for _ in range(6):
        after = value(scraped(), "praxisdialog_http_requests_total", **labels)
        assert after - before == sent
    assert server.request("GET", "/metrics")[0] == 404


def test_production_refuses_a_wrong_token(server):
    status, _headers, _body = server.request(
        "GET", "/metrics", headers={"Authorization": "Bearer not-the-token"}
    )
    assert status == 404
