"""Benchmarks for `make bench`: the pages under load (bench/pages.py: gunicorn and wrk,
one table at 1,000 and 100,000 contributions, JSON in var/bench.json), then the
capabilities' own benchmarks (translation adds its figures to the same JSON).

The pages build their own databases; the rest runs against a throwaway SQLite database in
a temporary folder (or BENCH_DATABASE_URL), so the development database is untouched.
BENCH_PAGES_ONLY=1 stops after the page table."""

import os
import shutil
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
from django.db import connection  # noqa: E402

CONTRIBUTIONS = int(os.environ.get("BENCH_CONTRIBUTIONS", "20000"))


def main() -> None:
    from bench import pages

    pages.run()  # every route under wrk next to the hello view, at each size
    from bench import middleware_cost

    middleware_cost.run()  # what the metrics middleware adds to every request
    if os.environ.get("BENCH_PAGES_ONLY"):
        return

    print(f"database: {connection.vendor}, contributions: {CONTRIBUTIONS}")
    call_command("migrate", verbosity=0)
    call_command("seed_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
    started = time.perf_counter()
    call_command("seed_scale", contributions=CONTRIBUTIONS, stdout=open(os.devnull, "w"))  # noqa: SIM115
    elapsed = time.perf_counter() - started
    print(f"{'seed_scale':<32} {elapsed:7.1f} s for {CONTRIBUTIONS} contributions")

    # The capabilities' own benchmarks, each printing its figures (see their docstrings).
    from bench import insights, load, newsletter, resonance, translation

    # First of these: bounded in time and count, and its figure goes into the JSON too.
    translation.run()  # 1,000 contributions into six languages against the stand-in
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
