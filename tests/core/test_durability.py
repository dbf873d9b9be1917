"""SIGKILL in the middle of work loses nothing that was committed.

The web server (gunicorn, two sync workers) is killed while comments are being posted:
every comment the API confirmed is in the database afterwards, which is intact. The task
worker is killed while it hands a mail to the SMTP server: after the restart the task
runs again and every mail arrives exactly once.

Runs the real commands in subprocesses against a database of their own: a SQLite file, or,
when DATABASE_URL points at PostgreSQL, fresh databases on that server (copies of a
template migrated once per test process)."""

import asyncio
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from email import message_from_bytes, policy
from http.client import HTTPConnection
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from django.tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from praxisdialog.core.management.commands.requeue_interrupted_tasks import requeue_interrupted
from tests.databases import ServerDatabase

ROOT = Path(__file__).resolve().parents[2]
TASKS_TABLE = DBTaskResult._meta.db_table


@pytest.fixture
def database(server_database) -> ServerDatabase:
    """A migrated database of the kind DATABASE_URL names, for the commands below."""
    return server_database()


def _env(database: ServerDatabase, tmp_path: Path, **extra: str) -> dict[str, str]:
    return database.env(tmp_path, **extra)


def _manage(database: ServerDatabase, tmp_path: Path, *args: str, **env: str) -> str:
    return database.manage(tmp_path, *args, **env)


def _start(args: list[str], env: dict[str, str]) -> subprocess.Popen:
    # A session of its own, so that one SIGKILL reaches the process and its children.
    return subprocess.Popen(
        args,
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def _kill(process: subprocess.Popen) -> None:
    with contextlib.suppress(ProcessLookupError):  # already gone
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=10)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(condition, *, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


# --- the web server -----------------------------------------------------------------

WEB_SETUP = """
import json
from praxisdialog.accounts.services import api_token_create
from praxisdialog.moderation.models import AccountStanding
from tests.accounts.factories import VerifiedUserFactory
from tests.contributions.factories import ContributionFactory
contribution = ContributionFactory()
tokens = []
for _ in range(WRITERS):
    user = VerifiedUserFactory(password=None)  # no password hashing: faster
    AccountStanding.objects.create(user=user, trusted=True)
    tokens.append(api_token_create(user=user, name="durability")[1])
print(json.dumps({"contribution": contribution.pk, "tokens": tokens}))
"""
WRITERS = 8
COMMENTS_EACH = 6  # below the limit of 8 comments per account in 10 minutes


def _post_comment(port: int, writer: int, token: str, contribution: int, text: str):
    """Posts from an address of its own (127.0.0.x), as the limits per IP address ask."""
    connection = HTTPConnection(
        "127.0.0.1", port, timeout=20, source_address=(f"127.0.0.{10 + writer}", 0)
    )
    try:
        connection.request(
            "POST",
            f"/api/v1/contributions/{contribution}/comments",
            body=json.dumps({"text": text}),
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        )
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def _gunicorn(port: int, env: dict[str, str]) -> subprocess.Popen:
    server = _start(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "praxisdialog.wsgi",
            "--workers",
            "2",
            "--preload",  # one start-up of Django instead of one per worker
            "--bind",
            f"127.0.0.1:{port}",
        ],
        env,
    )

    def answers() -> bool:
        try:
            connection = HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/healthz")
            return connection.getresponse().status == 200
        except OSError:
            return False

    _wait_for(answers, timeout=30, what="gunicorn")
    return server


def test_killing_the_web_server_loses_no_confirmed_write(database, tmp_path):
    setup = WEB_SETUP.replace("WRITERS", str(WRITERS))
    data = json.loads(_manage(database, tmp_path, "shell", "-c", setup).strip().splitlines()[-1])
    env = _env(database, tmp_path)
    port = _free_port()
    server = _gunicorn(port, env)
    confirmed: dict[int, str] = {}
    unanswered = 0
    other_statuses = []
    lock = threading.Lock()

    def write(writer: int) -> None:
        nonlocal unanswered
        for number in range(COMMENTS_EACH):
            text = f"Schreiber {writer}, Kommentar {number}"
            try:
                status, body = _post_comment(
                    port, writer, data["tokens"][writer], data["contribution"], text
                )
            except OSError:  # the server died under this request
                status, body = 0, b""
            with lock:
                if status == 201:
                    confirmed[json.loads(body)["id"]] = text
                elif status == 0:
                    unanswered += 1
                else:
                    other_statuses.append(status)

    with ThreadPoolExecutor(max_workers=WRITERS) as pool:
        futures = [pool.submit(write, writer) for writer in range(WRITERS)]
        _wait_for(lambda: len(confirmed) >= WRITERS * 2, timeout=30, what="the first writes")
        _kill(server)
        for future in futures:
            future.result(timeout=60)

    # The kill came in the middle: some writes were confirmed, others never answered.
    assert WRITERS * 2 <= len(confirmed) < WRITERS * COMMENTS_EACH
    assert unanswered > 0 and other_statuses == []
    stored = dict(database.rows("SELECT id, text FROM discussion_comment"))
    assert {pk: stored.get(pk) for pk in confirmed} == confirmed
    if not database.postgres:
        assert database.rows("PRAGMA integrity_check") == [("ok",)]

    # After a restart the site answers and takes writes again.
    server = _gunicorn(port, env)
    try:
        status, _body = _post_comment(
            port, 0, data["tokens"][-1], data["contribution"], "Nach dem Neustart"
        )
    finally:
        _kill(server)
    assert status == 201
    assert ("Nach dem Neustart",) in database.rows("SELECT text FROM discussion_comment")


# --- the task worker ------------------------------------------------------------------

TASK_SETUP = """
from praxisdialog.network import services
from tests.accounts.factories import VerifiedUserFactory
from tests.network.factories import conversation_between
sender = VerifiedUserFactory(password=None)
for number in range(MAILS):
    recipient = VerifiedUserFactory(email=f"empfaenger{number}@example.org", password=None)
    conversation = conversation_between(sender, recipient)
    services.message_send(conversation=conversation, author=sender, text=f"Nachricht {number}")
"""
MAILS = 6
STALL_AT = 3  # the third mail hangs in the SMTP server until the worker is killed


class _StallingHandler:
    """Accepts mail, except that it holds one message open (no answer to DATA) until
    released, then refuses it: that mail was never delivered."""

    def __init__(self):
        self.delivered: list[tuple[str, str]] = []
        self.stalled = threading.Event()
        self.release = threading.Event()

    async def handle_DATA(self, server, session, envelope):
        if not self.stalled.is_set() and len(self.delivered) == STALL_AT - 1:
            self.stalled.set()
            while not self.release.is_set():
                await asyncio.sleep(0.05)
            return "451 Try again later"
        message = message_from_bytes(envelope.content, policy=policy.default)
        body = message.get_body(("plain",)).get_content()
        self.delivered.append((envelope.rcpt_tos[0], body))
        return "250 OK"


def _tasks(database: ServerDatabase) -> list[str]:
    return [row[0] for row in database.rows(f"SELECT status FROM {TASKS_TABLE}")]  # noqa: S608


def test_killing_the_task_worker_runs_the_task_again_and_mails_once(database, tmp_path):
    smtp = _StallingHandler()
    controller = Controller(smtp, hostname="127.0.0.1", port=_free_port())
    controller.start()
    try:
        worker_env = _env(
            database,
            tmp_path,
            TASK_BACKEND="database",
            EMAIL_URL=f"smtp://127.0.0.1:{controller.port}",
        )
        _manage(
            database,
            tmp_path,
            "shell",
            "-c",
            TASK_SETUP.replace("MAILS", str(MAILS)),
            TASK_BACKEND="database",
        )
        assert _tasks(database) == [TaskResultStatus.READY] * MAILS

        worker_id = "durability-test"
        command = [sys.executable, "manage.py", "db_worker", "--no-reload", "--interval", "0.2"]
        command += ["--no-startup-delay", "--worker-id", worker_id]
        worker = _start(command, worker_env)
        try:
            assert smtp.stalled.wait(timeout=60), "the worker never reached the third mail"
        finally:
            _kill(worker)
        smtp.release.set()
        # Killed while handing over the third mail: it stays RUNNING, nothing says it went out.
        assert sorted(_tasks(database)).count(TaskResultStatus.RUNNING) == 1
        assert len(smtp.delivered) == STALL_AT - 1
        sent = database.rows("SELECT count(*) FROM core_sentmail")
        assert sent == [(STALL_AT - 1,)]

        out = _manage(database, tmp_path, "requeue_interrupted_tasks", "--worker-id", worker_id)
        assert "1 interrupted task(s)" in out
        worker = _start(command, worker_env)
        try:
            _wait_for(
                lambda: _tasks(database) == [TaskResultStatus.SUCCESSFUL] * MAILS,
                timeout=60,
                what="every task to finish",
            )
        finally:
            _kill(worker)
    finally:
        controller.stop()

    delivered = sorted(smtp.delivered)
    expected = sorted(f"empfaenger{number}@example.org" for number in range(MAILS))
    assert [to for to, _body in delivered] == expected  # each one exactly once
    for to, body in delivered:
        assert f"Nachricht {to.removeprefix('empfaenger').split('@')[0]}" in body


# --- re-queueing, in process ------------------------------------------------------------


@pytest.mark.django_db
def test_only_the_restarted_workers_running_tasks_are_queued_again():
    def result(status: str, worker: str) -> DBTaskResult:
        return DBTaskResult.objects.create(
            status=status,
            args_kwargs={"args": [], "kwargs": {"message_id": 1}},
            task_path="praxisdialog.network.tasks.send_message_mail",
            backend_name="default",
            run_after=DBTaskResult._meta.get_field("run_after").to_python("9999-01-01T00:00Z"),
            worker_ids=[worker],
        )

    mine = result(TaskResultStatus.RUNNING, "web-1")
    other = result(TaskResultStatus.RUNNING, "web-2")
    done = result(TaskResultStatus.SUCCESSFUL, "web-1")
    assert requeue_interrupted(worker_id="web-1") == 1
    statuses = dict(DBTaskResult.objects.values_list("pk", "status"))
    assert statuses == {
        mine.pk: TaskResultStatus.READY,
        other.pk: TaskResultStatus.RUNNING,
        done.pk: TaskResultStatus.SUCCESSFUL,
    }
    assert requeue_interrupted(worker_id="web-1") == 0
