"""A real gunicorn with production settings (DEBUG off, a fixed ALLOWED_HOSTS, a secret
key of its own) on 127.0.0.1, on a migrated SQLite database in a temporary folder (a copy
of the session's template, tests/databases.py), for tests of what only production does.
Stopped (its whole process group) when the test module is done."""

import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from http.client import HTTPConnection
from pathlib import Path

from tests.databases import SQLITE, session_templates

ROOT = Path(__file__).resolve().parents[1]
HOST = "dialog.example.org"


@dataclass
class Server:
    port: int

    def request(self, method: str, path: str, *, host: str = HOST, body=None, headers=None):
        """(status, headers, body) of one request with the given Host header."""
        connection = HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request(method, path, body=body, headers={"Host": host, **(headers or {})})
            response = connection.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        finally:
            connection.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def production_server(
    folder: Path, *, extra_env: dict[str, str] | None = None, workers: int = 1
) -> Iterator[Server]:
    """`extra_env` adds to (or overrides) the production environment."""
    env = {
        **{k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "ALLOWED_HOSTS"}},
        "DEBUG": "false",
        "ALLOWED_HOSTS": HOST,
        "SECRET_KEY": secrets.token_urlsafe(60),
        "SITE_URL": f"https://{HOST}",
        "VAR_DIR": str(folder),
        "DATABASE_URL": f"sqlite:///{folder / 'production.sqlite3'}",
        "TASK_BACKEND": "immediate",
        "EMAIL_URL": "locmem://",
        # Static files from the source folders: collectstatic would write into the tree.
        "STATIC_MANIFEST": "false",
        **(extra_env or {}),
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    shutil.copy(session_templates().get(SQLITE).path, folder / "production.sqlite3")
    port = _free_port()
    process = subprocess.Popen(
        [
            *(sys.executable, "-m", "gunicorn", "praxisdialog.wsgi"),
            *("--workers", str(workers), "--bind", f"127.0.0.1:{port}"),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    server = Server(port)
    try:
        deadline = time.monotonic() + 60
        while True:
            with contextlib.suppress(OSError):
                if server.request("GET", "/healthz")[0] == 200:
                    break
            if time.monotonic() > deadline or process.poll() is not None:
                raise AssertionError("gunicorn did not start")
            time.sleep(0.2)
        yield server
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
