"""A bounded mixed load: 50 people at once browse, comment and register for the workshop,
against the production server (gunicorn, sync workers, DEBUG off) on loopback.

`run()` expects the database and environment that bench/run.py prepared (migrated,
seed_demo, seed_scale). Each virtual person has an account and an API token of their own
and a loopback address of their own (127.0.0.x), so the rate limits per account and per
address (core/ratelimit.py) apply as they would to 50 people, and none is hit.
Any 5xx, unexpected status or broken connection counts as an error.

Standalone: `.venv/bin/python bench/load.py` sets up a throwaway database first."""

import json
import math
import os
import socket
import subprocess
import sys
import threading
import time
from http.client import HTTPConnection
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
USERS = int(os.environ.get("BENCH_LOAD_USERS", "50"))
WORKERS = int(os.environ.get("BENCH_LOAD_WORKERS", "4"))
# Seconds after which the users stop wherever they are, so the run stays bounded on a
# slow or busy machine; requests left out then are reported, not counted as errors.
DEADLINE = float(os.environ.get("BENCH_LOAD_DEADLINE", "110"))
CALL_SLUG = "integration-und-innovation"


def _people(count: int) -> list[str]:
    """Verified, trusted accounts with an API token each; returns the tokens."""
    from allauth.account.models import EmailAddress

    from praxisdialog.accounts.models import User
    from praxisdialog.accounts.services import api_token_create
    from praxisdialog.moderation.models import AccountStanding

    tokens = []
    run = int(time.time())
    for number in range(count):
        user = User.objects.create_user(
            f"last-{run}-{number}@example.org", None, display_name=f"Last {number}"
        )
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
        AccountStanding.objects.create(user=user, trusted=True)
        tokens.append(api_token_create(user=user, name="load")[1])
    return tokens


def _plan(*, contributions: list[int], event: int, index: int) -> list[tuple]:
    """One person's 20 requests: (kind, method, path, body, accepted statuses)."""
    one, two, three = (contributions[(index * 3 + k) % len(contributions)] for k in range(3))
    call = f"/calls/{CALL_SLUG}"

    def page(path: str) -> tuple:
        return ("browse", "GET", path, None, {200})

    def comment(pk: int, number: int) -> tuple:
        text = f"Danke für diese Erfahrung, das hilft uns weiter ({index}-{number})."
        body = json.dumps({"text": text})  # ASCII: http.client sends str as Latin-1
        return ("comment", "POST", f"/api/v1/contributions/{pk}/comments", body, {201})

    register = ("register", "POST", f"/api/v1/events/{event}/registrations", "{}", {200, 201})
    return [
        page("/"),
        page(f"{call}/"),
        page(f"{call}/contributions/"),
        page(f"/contributions/{one}/"),
        comment(one, 1),
        page(f"{call}/contributions/?page=2"),
        page(f"/contributions/{two}/"),
        page(f"/api/v1/calls/{CALL_SLUG}/contributions"),
        page("/events/"),
        page(f"/events/{event}/"),
        register,
        page(f"/contributions/{three}/"),
        comment(three, 2),
        page(f"{call}/contributions/?sort=helpful"),
        page(f"/contributions/{one}/"),
        page(f"/api/v1/events/{event}"),
        page(f"{call}/contributions/?role=founder&region=DE-SN"),
        page("/"),
        comment(two, 3),
        page(f"/contributions/{two}/"),
    ]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _request(port: int, source: str, token: str, method: str, path: str, body: str | None):
    connection = HTTPConnection("127.0.0.1", port, timeout=60, source_address=(source, 0))
    headers = {"Accept-Language": "de"}
    if body is not None:
        headers |= {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def _percentile(sorted_values: list[float], share: float) -> float:
    if not sorted_values:
        return 0.0
    return sorted_values[min(len(sorted_values) - 1, math.ceil(share * len(sorted_values)) - 1)]


def _server(port: int) -> subprocess.Popen:
    env = {**os.environ, "DEBUG": "false"}
    command = [sys.executable, "-m", "gunicorn", "praxisdialog.wsgi"]
    command += ["--workers", str(WORKERS), "--bind", f"127.0.0.1:{port}", "--backlog", "256"]
    with open(Path(os.environ["VAR_DIR"]) / "load-server.log", "w") as log:
        server = subprocess.Popen(  # noqa: S603 - our own server
            command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log
        )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if _request(port, "127.0.0.1", "", "GET", "/healthz", None) == 200:
                return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("load: the server did not start")


def run() -> dict:
    """Runs the load and prints its figures; exits with an error when any request failed."""
    from django.db import connection

    from praxisdialog.contributions.models import Contribution
    from praxisdialog.events.models import Event

    tokens = _people(USERS)
    contributions = list(
        Contribution.objects.filter(call__slug=CALL_SLUG, status="published")
        .order_by("-pk")
        .values_list("pk", flat=True)[: USERS * 3]
    )
    event = Event.objects.filter(status=Event.Status.PUBLISHED).order_by("starts_at").first()
    connection.close()  # the server's workers write to the same database from here on

    port = _free_port()
    server = _server(port)
    results: list[tuple[str, float, bool]] = []  # (kind, milliseconds, ok)
    rate_limited = 0
    lock = threading.Lock()
    start_together = threading.Barrier(USERS)
    stop_at = time.monotonic() + DEADLINE

    def person(index: int) -> None:
        nonlocal rate_limited
        source = f"127.0.{1 + index // 200}.{10 + index % 200}"
        plan = _plan(contributions=contributions, event=event.pk, index=index)
        start_together.wait()
        for kind, method, path, body, accepted in plan:
            if time.monotonic() > stop_at:
                return
            started = time.perf_counter()
            try:
                status = _request(port, source, tokens[index], method, path, body)
            except OSError:
                status = 0
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                results.append((kind, elapsed, status in accepted))
                rate_limited += status == 429

    started = time.perf_counter()
    threads = [threading.Thread(target=person, args=(index,)) for index in range(USERS)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        server.terminate()
        server.wait(timeout=30)
    wall = time.perf_counter() - started

    errors = sum(not ok for _kind, _ms, ok in results)
    timings = sorted(ms for _kind, ms, _ok in results)
    figures = {
        "users": USERS,
        "requests": len(results),
        "errors": errors,
        "rate_limited": rate_limited,
        "seconds": wall,
        "p50": _percentile(timings, 0.50),
        "p95": _percentile(timings, 0.95),
        "p99": _percentile(timings, 0.99),
    }
    print(
        f"load: {USERS} users, {len(results)} requests in {wall:.1f} s "
        f"({len(results) / wall:.0f}/s), {errors} errors ({rate_limited} rate-limited), "
        f"p50 {figures['p50']:.0f} ms, p95 {figures['p95']:.0f} ms, p99 {figures['p99']:.0f} ms"
    )
    for kind in ("browse", "comment", "register"):
        some = sorted(ms for k, ms, _ok in results if k == kind)
        print(
            f"  {kind:<9} {len(some):5d} requests   p50 {_percentile(some, 0.5):6.0f} ms"
            f"   p99 {_percentile(some, 0.99):6.0f} ms"
        )
    expected = USERS * len(_plan(contributions=contributions, event=event.pk, index=0))
    if len(results) < expected:
        print(f"  stopped after {DEADLINE:.0f} s: {expected - len(results)} requests not made")
    if errors:
        log = Path(os.environ["VAR_DIR"]) / "load-server.log"
        print("\n".join(log.read_text(errors="replace").splitlines()[-30:]), file=sys.stderr)
        raise SystemExit(f"load: {errors} requests failed")
    return figures


if __name__ == "__main__":
    import shutil
    import tempfile

    work = tempfile.mkdtemp(prefix="praxisdialog-load-")
    os.environ.update(
        VAR_DIR=work,
        DATABASE_URL=os.environ.get("BENCH_DATABASE_URL", ""),
        DJANGO_SETTINGS_MODULE="praxisdialog.settings",
        TASK_BACKEND="immediate",
        EMAIL_URL="locmem://",
        STATIC_MANIFEST="false",
        ALLOWED_HOSTS="*",
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    try:
        call_command("migrate", verbosity=0)
        call_command("seed_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115
        contributions = int(os.environ.get("BENCH_CONTRIBUTIONS", "2000"))
        call_command("seed_scale", contributions=contributions, stdout=open(os.devnull, "w"))  # noqa: SIM115
        run()
    finally:
        shutil.rmtree(work, ignore_errors=True)
