"""Benchmarks for `make bench`: bulk data, then the server time of the busiest pages.

Runs against a throwaway SQLite database in a temporary folder (or BENCH_DATABASE_URL),
so the development database is untouched. Prints one line per measurement."""

import os
import shutil
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
WORK = tempfile.mkdtemp(prefix="praxisdialog-bench-")
os.environ["VAR_DIR"] = WORK
os.environ["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL", "")
os.environ.update(
    DJANGO_SETTINGS_MODULE="praxisdialog.settings",
    TASK_BACKEND="immediate",
    EMAIL_URL="locmem://",
    STATIC_MANIFEST="false",
    ALLOWED_HOSTS="*",
)

warnings.filterwarnings("ignore", message="No directory at")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

CONTRIBUTIONS = int(os.environ.get("BENCH_CONTRIBUTIONS", "20000"))
REPEAT = int(os.environ.get("BENCH_REPEAT", "30"))


def measure(client: Client, label: str, path: str) -> None:
    client.get(path)  # warm up
    timings = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        response = client.get(path)
        timings.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{path} answered {response.status_code}")
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    print(
        f"{label:<32} median {statistics.median(timings):7.1f} ms   p95 {p95:7.1f} ms"
        f"   queries {len(queries.captured_queries)}"
    )


def main() -> None:
    print(f"database: {connection.vendor}, contributions: {CONTRIBUTIONS}, repeat: {REPEAT}")
    call_command("migrate", verbosity=0)
    call_command("seed_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    started = time.perf_counter()
    call_command("seed_scale", contributions=CONTRIBUTIONS, stdout=open(os.devnull, "w"))  # noqa: SIM115
    elapsed = time.perf_counter() - started
    print(f"{'seed_scale':<32} {elapsed:7.1f} s for {CONTRIBUTIONS} contributions")

    from praxisdialog.contributions.models import Contribution

    reset_queries()
    client = Client()
    slug = "integration-und-innovation"
    last_page = CONTRIBUTIONS // 12
    some = Contribution.objects.filter(status="published").order_by("-pk").first()
    measure(client, "home", "/")
    measure(client, "call page", f"/calls/{slug}/")
    measure(client, "contribution list", f"/calls/{slug}/contributions/")
    measure(
        client,
        "list, role + region filter",
        f"/calls/{slug}/contributions/?role=founder&region=DE-SN",
    )
    measure(client, "list, most helpful", f"/calls/{slug}/contributions/?sort=helpful")
    measure(client, "list, deep page", f"/calls/{slug}/contributions/?page={last_page}")
    measure(client, "contribution detail", f"/contributions/{some.pk}/")
    measure(client, "API contribution list", f"/api/v1/calls/{slug}/contributions")
    measure(client, "API call detail", f"/api/v1/calls/{slug}")

    # The capabilities' own benchmarks, each printing its figures (see their docstrings).
    from bench import insights, load, newsletter, resonance

    load.run()  # 50 concurrent users against gunicorn on loopback, p99 reported
    newsletter.run()  # 10,000 deliveries to aiosmtpd on 127.0.0.1
    insights.run()  # tagging and clustering 10,000 contributions
    resonance.run()  # the dashboard with 100,000 contributions (tops the data up)


if __name__ == "__main__":
    try:
        main()
    finally:
        connection.close()
        shutil.rmtree(WORK, ignore_errors=True)
