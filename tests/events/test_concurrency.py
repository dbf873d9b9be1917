"""200 people register at once for 20 seats against a real gunicorn with several
worker processes: exactly 20 get a seat, 180 join the waiting list in one consistent
order, nobody sees a 5xx; cancellations promote the next in line, in order.

Runs on SQLite (a database file of its own) and, when DATABASE_URL points to
PostgreSQL, on a fresh database created beside the one it names; both are copies of a
template migrated once per test process."""

import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PEOPLE = 200
SEATS = 20
CANCELLING = 5

SEED = """
import json, sys
from datetime import timedelta
from allauth.account.models import EmailAddress
from django.utils import timezone
from praxisdialog.accounts.models import User
from praxisdialog.accounts.services import api_token_create
from praxisdialog.events.models import Event

now = timezone.now()
event = Event.objects.create(
    title="Ansturm", status="published", capacity=%(seats)d, waitlist_enabled=True,
    starts_at=now + timedelta(days=10), ends_at=now + timedelta(days=10, hours=4),
    registration_opens_at=now - timedelta(days=1),
)
users = User.objects.bulk_create(
    [User(email=f"p{i}@example.org", display_name=f"P{i}") for i in range(%(people)d)]
)
EmailAddress.objects.bulk_create(
    [EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in users]
)
tokens = [api_token_create(user=u, name="load")[1] for u in users]
json.dump({"event": event.pk, "tokens": tokens}, sys.stdout)
"""

DUMP = """
import json, sys
from praxisdialog.events.models import Registration
rows = Registration.objects.filter(event_id=%(event)d).values(
    "id", "status", "queue_number", "user__email"
)
json.dump(list(rows), sys.stdout)
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _manage(env: dict, *args: str, script: str | None = None) -> str:
    command = [sys.executable, "manage.py", *args]
    if script is not None:
        command += ["shell", "--no-imports", "-c", script]
    result = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=240, check=False
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def _request(method: str, url: str, token: str) -> tuple[int, dict]:
    request = urllib.request.Request(
        url,
        method=method,
        data=b"{}" if method == "POST" else None,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            body = response.read()
            return response.status, json.loads(body) if body else {}
    except urllib.error.HTTPError as error:
        body = error.read()
        try:
            return error.code, json.loads(body)
        except ValueError:
            return error.code, {"raw": body[:200].decode(errors="replace")}


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, server_database):
    """A fresh, migrated database for the server, removed afterwards."""
    return server_database(request.param).url


def test_200_simultaneous_registrations_for_20_seats(database_url, tmp_path):
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "VAR_DIR": str(tmp_path / "var"),
        "TASK_BACKEND": "immediate",
        "EMAIL_URL": "locmem://",
        "SECRET_KEY": "load-test-only",
        "ALLOWED_HOSTS": "127.0.0.1",
        "DEBUG": "false",
        "STATIC_MANIFEST": "false",
    }
    seeded = json.loads(_manage(env, script=SEED % {"seats": SEATS, "people": PEOPLE}))
    event_id, tokens = seeded["event"], seeded["tokens"]

    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "praxisdialog.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "3",
            "--timeout",
            "120",
            "--backlog",
            "512",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}/api/v1/events/{event_id}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(base, timeout=5) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            assert server.poll() is None, server.stderr.read().decode()[-3000:]
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.3)

        barrier = threading.Barrier(PEOPLE, timeout=60)

        def register(token: str):
            barrier.wait()
            return _request("POST", f"{base}/registrations", token)

        with ThreadPoolExecutor(max_workers=PEOPLE) as pool:
            answers = list(pool.map(register, tokens))

        statuses = [code for code, _body in answers]
        assert all(code < 500 for code in statuses), [a for a in answers if a[0] >= 500][:3]
        assert statuses == [201] * PEOPLE, [a for a in answers if a[0] != 201][:3]
        bodies = [body for _code, body in answers]
        confirmed = [b for b in bodies if b["status"] == "confirmed"]
        waitlisted = [b for b in bodies if b["status"] == "waitlisted"]
        assert len(confirmed) == SEATS
        assert len(waitlisted) == PEOPLE - SEATS
        assert all(b["position"] is None for b in confirmed)
        assert sorted(b["position"] for b in waitlisted) == list(range(1, PEOPLE - SEATS + 1))

        rows = {
            row["id"]: row for row in json.loads(_manage(env, script=DUMP % {"event": event_id}))
        }
        # One order: every seat was given before the first place on the waiting list,
        # and the positions answered follow the order the database handed out.
        seat_numbers = [rows[b["id"]]["queue_number"] for b in confirmed]
        by_position = sorted(waitlisted, key=lambda b: b["position"])
        wait_numbers = [rows[b["id"]]["queue_number"] for b in by_position]
        assert max(seat_numbers) < min(wait_numbers)
        assert wait_numbers == sorted(wait_numbers)
        assert len(set(seat_numbers + wait_numbers)) == PEOPLE

        _code, detail = _request("GET", base, tokens[0])
        assert (detail["capacity"], detail["seats_left"]) == (SEATS, 0)

        # Five seated people cancel at once: the first five in line move up, in order.
        token_of = {f"p{i}@example.org": token for i, token in enumerate(tokens)}
        leaving = [token_of[rows[b["id"]]["user__email"]] for b in confirmed[:CANCELLING]]
        with ThreadPoolExecutor(max_workers=CANCELLING) as pool:
            cancelled = list(
                pool.map(lambda t: _request("DELETE", f"{base}/registrations/me", t), leaving)
            )
        assert [code for code, _body in cancelled] == [204] * CANCELLING
        after = {
            row["id"]: row for row in json.loads(_manage(env, script=DUMP % {"event": event_id}))
        }
        promoted = [b["id"] for b in by_position[:CANCELLING]]
        assert all(after[pk]["status"] == "confirmed" for pk in promoted)
        assert sum(row["status"] == "confirmed" for row in after.values()) == SEATS
        assert sum(row["status"] == "waitlisted" for row in after.values()) == (
            PEOPLE - SEATS - CANCELLING
        )
        next_in_line = by_position[CANCELLING]
        code, mine = _request(
            "POST", f"{base}/registrations", token_of[rows[next_in_line["id"]]["user__email"]]
        )
        assert (code, mine["status"], mine["position"]) == (200, "waitlisted", 1)
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)
