"""Generated files are private in development and production; public uploads are served in
production too.

The attack: a dossier of a call whose dossier is not public is fetched by its name under
/media/ (the name was the call's slug and a time), against `make run` (DEBUG on). And the
other side: a blog image must load with production settings (DEBUG off), where Django's
development helper for /media/ does not run.

Runs the real server (gunicorn) against a SQLite file of its own, once as development
and once as production."""

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from http.client import HTTPConnection
from pathlib import Path

import pytest

from tests.databases import SQLITE

ROOT = Path(__file__).resolve().parents[2]

SETUP = """
import io
import json
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone
from PIL import Image
from praxisdialog.resonance.models import Dossier
from tests.calls.factories import CallFactory

call = CallFactory()
dossier = Dossier.objects.create(
    call=call, requested_at=timezone.now(), generated_at=timezone.now(), status="ready"
)
dossier.file.save("dossier.pdf", ContentFile(b"%PDF-1.4 vertraulich"), save=True)
png = io.BytesIO()
Image.new("RGB", (4, 4), "red").save(png, format="PNG")
image = default_storage.save("blog/bild.png", ContentFile(png.getvalue()))
default_storage.save("events/2026/protokoll.pdf", ContentFile(b"%PDF-1.4 intern"))
print(json.dumps({"slug": call.slug, "dossier": dossier.file.name, "image": image}))
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(port: int, path: str) -> tuple[int, bytes]:
    connection = HTTPConnection("127.0.0.1", port, timeout=20)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory, _database_templates):
    """A migrated database (a copy of the session's template) with a non-public dossier,
    a blog image and an event file."""
    folder = tmp_path_factory.mktemp("private-files")
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        "VAR_DIR": str(folder),
        "TASK_BACKEND": "immediate",
        "EMAIL_URL": "locmem://",
        "STATIC_MANIFEST": "false",  # no collectstatic needed for the error pages
    }
    env.pop("MEDIA_ROOT", None)
    env.pop("PRIVATE_ROOT", None)

    def manage(*args: str) -> str:
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            text=True,
            timeout=600,
        ).stdout

    shutil.copy(_database_templates.get(SQLITE).path, folder / "db.sqlite3")
    data = json.loads(manage("shell", "-c", SETUP).strip().splitlines()[-1])
    return {"env": env, "folder": folder, **data}


@contextlib.contextmanager
def _gunicorn(env: dict[str, str], *, debug: bool):
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "praxisdialog.wsgi",
            "--workers",
            "1",
            "--bind",
            f"127.0.0.1:{port}",
        ],
        cwd=ROOT,
        env={**env, "DEBUG": "true" if debug else "false"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            with contextlib.suppress(OSError):
                if _get(port, "/healthz")[0] == 200:
                    break
            if time.monotonic() > deadline or server.poll() is not None:
                raise AssertionError("gunicorn did not start")
            time.sleep(0.2)
        yield port
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


@pytest.mark.parametrize("debug", [True, False], ids=["development", "production"])
def test_generated_files_are_not_under_media_and_public_images_are(site, debug):
    slug, dossier = site["slug"], site["dossier"]
    with _gunicorn(site["env"], debug=debug) as port:
        # The dossier by its stored name, by the name it used to have, and by a path trick.
        for path in [
            f"/media/{dossier}",
            f"/media/dossiers/{slug}/dossier.pdf",
            f"/media/blog/../{dossier}",
            "/media/events/2026/protokoll.pdf",
        ]:
            status, body = _get(port, path)
            assert status == 404, path
            assert b"vertraulich" not in body and b"intern" not in body
        # The only door to a dossier checks permission: this call's is not public.
        assert _get(port, f"/calls/{slug}/dossier.pdf")[0] == 404
        # Public uploads are served, with production settings too.
        status, body = _get(port, f"/media/{site['image']}")
        assert status == 200
        assert body.startswith(b"\x89PNG")
    # The file is kept outside the folder of public uploads.
    assert not (site["folder"] / "media" / dossier).exists()
    assert (site["folder"] / "private" / dossier).is_file()
