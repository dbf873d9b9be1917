"""Metrics for Prometheus at /metrics: requests and their latencies per route, the task
queue, and the mails sent and failed.

Requests are counted in the process that answers them, by prometheus-client. Under
gunicorn every worker is a process of its own, so a scrape that reached one worker would
see only its share: with PROMETHEUS_MULTIPROC_DIR set in the environment of the server
(an empty folder, emptied at each start; the systemd unit in deploy/ does that),
prometheus-client keeps each worker's values in a file there and the scrape adds them up.
Without it (runserver, tests) the values of the one process are shown.

The queue and the mails are rows in the database, read at scrape time: every instance
shows the same figures, whichever worker answers and however many there are. Mails an
app records itself (notifications, newsletter deliveries) are counted by that app,
registered with `register_mail_count` when Django starts, so core names no app.

The route is the resolved URL pattern's name ("contributions:contribution-detail"), never
the path, so the number of series stays bounded whatever is requested; a request that
matched no pattern counts under "<unmatched>"."""

import hmac
import ipaddress
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from django.conf import settings
from django.db.models import Count, Min
from django.utils import timezone

from .ratelimit import client_ip

# prometheus-client decides at import whether it works across processes: only for a
# folder that is named (an empty variable would put its files into the working folder).
MULTIPROCESS_DIR = os.environ.get("PROMETHEUS_MULTIPROC_DIR", "")
if MULTIPROCESS_DIR:
    os.makedirs(MULTIPROCESS_DIR, exist_ok=True)
else:
    os.environ.pop("PROMETHEUS_MULTIPROC_DIR", None)

# ruff: noqa: E402 - prometheus-client is imported after the lines above on purpose
from prometheus_client import REGISTRY, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.multiprocess import MultiProcessCollector

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
UNMATCHED = "<unmatched>"
METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})

REQUESTS = Counter(
    "praxisdialog_http_requests",
    "Requests answered, by route (URL pattern name), method and status code.",
    ["route", "method", "status"],
)
LATENCY = Histogram(
    "praxisdialog_http_request_duration_seconds",
    "Time from the request reaching Django to its response, by route and method.",
    ["route", "method"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)


class MetricsMiddleware:
    """Counts every request and observes its time, outermost in MIDDLEWARE so that the
    whole stack is timed. The labelled series are looked up once per route and kept:
    prometheus-client's own look-up costs more than the counting (about 12 of 18
    microseconds a request)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.counters: dict[tuple[str, str, int], object] = {}
        self.timers: dict[tuple[str, str], object] = {}

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        elapsed = time.perf_counter() - started
        match = getattr(request, "resolver_match", None)
        route = match.view_name if match is not None else UNMATCHED
        method = request.method if request.method in METHODS else "OTHER"
        key = (route, method, response.status_code)
        counter = self.counters.get(key)
        if counter is None:
            counter = self.counters[key] = REQUESTS.labels(route, method, str(key[2]))
        timer = self.timers.get(key[:2])
        if timer is None:
            timer = self.timers[key[:2]] = LATENCY.labels(route, method)
        counter.inc()
        timer.observe(elapsed)
        return response


# Who may read the metrics --------------------------------------------------------------


@lru_cache(maxsize=8)
def _networks(allowed: tuple[str, ...]) -> tuple:
    return tuple(ipaddress.ip_network(item, strict=False) for item in allowed)


def metrics_access_allowed(request) -> bool:
    """A request may read /metrics when it carries `Authorization: Bearer <METRICS_TOKEN>`
    or comes from an address in METRICS_ALLOWED_IPS (addresses or networks; the client's
    address as core.ratelimit.client_ip sees it, so behind a proxy it is the proxy's
    client, never the proxy itself). With neither setting, nobody may."""
    token = settings.METRICS_TOKEN
    if token:
        scheme, _space, given = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() == "bearer" and hmac.compare_digest(
            given.strip().encode(), token.encode()
        ):
            return True
    allowed = tuple(settings.METRICS_ALLOWED_IPS)
    if allowed:
        try:
            address = ipaddress.ip_address(client_ip(request))
        except ValueError:
            return False
        return any(address in network for network in _networks(allowed))
    return False


# What is read from the database at scrape time -------------------------------------------


@dataclass(frozen=True)
class MailCount:
    """How an app counts the mails it records itself: `sent()`, and `failed()` where it
    records mails it gave up on."""

    sent: Callable[[], int]
    failed: Callable[[], int] | None = None


_MAIL_COUNTS: dict[str, MailCount] = {}


def register_mail_count(kind: str, count: MailCount) -> None:
    """Called by an app that sends mail of its own, in its AppConfig.ready()."""
    _MAIL_COUNTS[kind] = count


class DatabaseCollector:
    """The task queue and the mails, counted in the database when Prometheus scrapes."""

    def collect(self):
        from django_tasks_db.models import DBTaskResult

        from .models import SentMail

        tasks = GaugeMetricFamily(
            "praxisdialog_tasks",
            "Task results in the database queue, by queue and status.",
            labels=["queue", "status"],
        )
        rows = DBTaskResult.objects.order_by().values("queue_name", "status")
        for row in rows.annotate(total=Count("pk")):
            tasks.add_metric([row["queue_name"], row["status"].lower()], row["total"])
        yield tasks

        ready = DBTaskResult.objects.ready().order_by()
        depth = GaugeMetricFamily(
            "praxisdialog_task_queue_depth",
            "Tasks that are due and waiting for a worker, by queue.",
            labels=["queue"],
        )
        age = GaugeMetricFamily(
            "praxisdialog_task_queue_oldest_age_seconds",
            "How long the oldest due task has been waiting, by queue (0 when none waits).",
            labels=["queue"],
        )
        now = timezone.now()
        waiting = ready.values("queue_name").annotate(total=Count("pk"), oldest=Min("enqueued_at"))
        seen = set()
        for row in waiting:
            seen.add(row["queue_name"])
            depth.add_metric([row["queue_name"]], row["total"])
            age.add_metric([row["queue_name"]], max(0.0, (now - row["oldest"]).total_seconds()))
        if "default" not in seen:
            depth.add_metric(["default"], 0)
            age.add_metric(["default"], 0)
        yield depth
        yield age

        sent = GaugeMetricFamily(
            "praxisdialog_mails_sent",
            "Mails handed to the mailer, as recorded in the database, by kind.",
            labels=["kind"],
        )
        sent.add_metric(["once"], SentMail.objects.count())
        for kind, count in _MAIL_COUNTS.items():
            sent.add_metric([kind], count.sent())
        yield sent

        failed = GaugeMetricFamily(
            "praxisdialog_mails_failed",
            "Mails that failed: newsletter deliveries given up, and mail tasks (send_*) "
            "that ended failed.",
            labels=["kind"],
        )
        for kind, count in _MAIL_COUNTS.items():
            if count.failed is not None:
                failed.add_metric([kind], count.failed())
        failed.add_metric(
            ["task"],
            DBTaskResult.objects.failed().filter(task_path__contains=".tasks.send_").count(),
        )
        yield failed


def exposition() -> bytes:
    """The text format of every metric: the requests of every worker (or of this
    process), then what the database holds."""
    if MULTIPROCESS_DIR:
        requests = CollectorRegistry()
        MultiProcessCollector(requests)
    else:
        requests = REGISTRY
    database = CollectorRegistry()
    database.register(DatabaseCollector())
    return generate_latest(requests) + generate_latest(database)
