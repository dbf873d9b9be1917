"""Comments posted in parallel through two real server workers (gunicorn, sync) on one
database are all stored. Runs against a SQLite file of its own, a copy of a migrated
template."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SETUP = """
from praxisdialog.accounts.services import api_token_create
from praxisdialog.moderation.models import AccountStanding
from tests.contributions.factories import ContributionFactory
from tests.accounts.factories import VerifiedUserFactory
c = ContributionFactory()
tokens = []
for i in range(2):
    u = VerifiedUserFactory()
    AccountStanding.objects.create(user=u, trusted=True)
    tokens.append(api_token_create(user=u, name="t")[1])
print(json.dumps({"id": c.pk, "tokens": tokens}))
"""


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.skipif(
    os.environ.get("DATABASE_URL", "").startswith("postgres"), reason="uses its own SQLite file"
)
def test_parallel_comments_from_two_workers_are_all_stored(server_database, tmp_path):
    env = server_database("sqlite").env(tmp_path)
    run = {"cwd": ROOT, "env": env, "check": True, "capture_output": True, "text": True}
    out = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", "import json\n" + SETUP], timeout=120, **run
    ).stdout
    data = json.loads(out.strip().splitlines()[-1])
    port = _port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "-w",
            "2",
            "-b",
            f"127.0.0.1:{port}",
            "praxisdialog.wsgi:application",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            except OSError:
                time.sleep(0.2)

        def post(index: int) -> int:
            token = data["tokens"][index % 2]
            request = urllib.request.Request(
                f"http://127.0.0.1:{port}/api/v1/contributions/{data['id']}/comments",
                data=json.dumps({"text": f"Parallel {index}"}).encode(),
                headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
                method="POST",
            )
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status

        with ThreadPoolExecutor(max_workers=6) as pool:
            statuses = list(pool.map(post, range(12)))
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:  # a loaded machine: do not wait for ever
            server.kill()
            server.wait(timeout=10)
    assert statuses == [201] * 12
    count = (
        subprocess.run(
            [
                sys.executable,
                "manage.py",
                "shell",
                "-c",
                "from praxisdialog.discussion.models import Comment\n"
                "print(Comment.objects.count())",
            ],
            timeout=60,
            **run,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    assert count == "12"
