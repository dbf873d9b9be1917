"""Server time of the resonance dashboard with many contributions.

`run()` works on its own (`python bench/resonance.py`: a throwaway database in a temporary
folder, as bench/run.py does) or inside an already prepared benchmark process. It tops the
demo call up to BENCH_RESONANCE_CONTRIBUTIONS published contributions, counts the figures
once (the background task) and then times the dashboard as staff."""

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONTRIBUTIONS = int(os.environ.get("BENCH_RESONANCE_CONTRIBUTIONS", "100000"))
REPEAT = int(os.environ.get("BENCH_REPEAT", "30"))
SLUG = "integration-und-innovation"


def _setup() -> str | None:
    """Configures Django for a throwaway database unless a caller already did."""
    if "DJANGO_SETTINGS_MODULE" in os.environ:
        return None
    sys.path.insert(0, str(ROOT))
    work = tempfile.mkdtemp(prefix="praxisdialog-bench-resonance-")
    os.environ["VAR_DIR"] = work
    os.environ["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL", "")
    os.environ.update(
        DJANGO_SETTINGS_MODULE="praxisdialog.settings",
        TASK_BACKEND="immediate",
        EMAIL_URL="locmem://",
        STATIC_MANIFEST="false",
        ALLOWED_HOSTS="*",
    )
    import django

    django.setup()
    return work


def run() -> None:
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    from praxisdialog.accounts.models import User
    from praxisdialog.calls.models import Call
    from praxisdialog.contributions.models import Contribution
    from praxisdialog.resonance import services

    devnull = open(os.devnull, "w")  # noqa: SIM115
    call_command("migrate", verbosity=0)
    if not Call.objects.filter(slug=SLUG).exists():
        call_command("seed_demo", stdout=devnull)
    call = Call.objects.get(slug=SLUG)
    have = Contribution.objects.filter(call=call, status="published").count()
    if have < CONTRIBUTIONS:
        started = time.perf_counter()
        missing = CONTRIBUTIONS - have
        call_command("seed_scale", contributions=missing, comments=missing // 10, stdout=devnull)
        print(f"{'seed_scale (resonance)':<40} {time.perf_counter() - started:7.1f} s")
    total = Contribution.objects.filter(call=call, status="published").count()

    started = time.perf_counter()
    services.resonance_refresh(call=call)
    refresh_ms = (time.perf_counter() - started) * 1000
    print(f"resonance refresh, background task ({total} contributions) {refresh_ms:.1f} ms")

    staff = User.objects.filter(is_staff=True, is_active=True).first()
    if staff is None:
        staff = User.objects.create_user(email="bench-staff@example.org", is_staff=True)
    client = Client()
    client.force_login(staff)
    path = f"/calls/{call.slug}/resonance/"
    # Staff must set up two-factor login first; that page is not what is measured here.
    mfa = override_settings(REQUIRE_STAFF_MFA=False)
    mfa.enable()
    client.get(path)
    timings = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        response = client.get(path)
        timings.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{path} answered {response.status_code}")
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    mfa.disable()
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    print(
        f"resonance dashboard ({total} contributions) median "
        f"{statistics.median(timings):.1f} ms   p95 {p95:.1f} ms   "
        f"queries {len(queries.captured_queries)}"
    )


if __name__ == "__main__":
    work = _setup()
    try:
        run()
    finally:
        from django.db import connection

        connection.close()
        if work:
            shutil.rmtree(work, ignore_errors=True)
