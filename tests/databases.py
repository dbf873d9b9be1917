"""Migrated databases made once per test session and copied wherever one is needed.

Migrating takes long (rendering the model states of every migration costs about 15 s of
CPU), so the first test process that needs a kind (SQLite, and PostgreSQL when
DATABASE_URL points at it) migrates a template of it, and everything else copies that:
each test process's own test database (tests/conftest.py), the databases of the tests
that run the real commands (gunicorn, the task worker, manage.py) in subprocesses, and
the production server of tests/production.py. A copy is a copied file, or a database
created from the template."""

import contextlib
import fcntl
import functools
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The folder of the session's templates, made by the process that starts the session
# (tests/conftest.py) and inherited by its workers.
TEMPLATES_FOLDER = "PRAXISDIALOG_TEST_TEMPLATES"
POSTGRES_URL = os.environ.get("DATABASE_URL", "")
SQLITE = "sqlite"
POSTGRESQL = "postgresql"


def postgres_available() -> bool:
    return POSTGRES_URL.startswith(("postgres://", "postgresql://"))


class ServerDatabase:
    """A SQLite file or a PostgreSQL database of its own, optionally a copy of another."""

    def __init__(
        self,
        kind: str,
        folder: Path,
        name: str,
        template: "ServerDatabase | None",
        *,
        existing: str | None = None,
    ):
        """`existing` names a PostgreSQL database that is there already."""
        self.kind = kind
        self.postgres = kind == POSTGRESQL
        if self.postgres:
            self.name = existing or f"servers_{name}_{uuid.uuid4().hex[:8]}"
            prefix = POSTGRES_URL.rsplit("/", 1)[0]
            self.admin_url = f"{prefix}/postgres"
            self.url = f"{prefix}/{self.name}"
            copy = f' TEMPLATE "{template.name}"' if template else ""
            if not existing:
                self._admin(f'CREATE DATABASE "{self.name}"{copy}')
        else:
            self.path = folder / f"{name}.sqlite3"
            self.url = f"sqlite:///{self.path}"
            if template is not None:
                shutil.copy(template.path, self.path)

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as admin:
            admin.execute(sql)

    def rows(self, sql: str) -> list[tuple]:
        if self.postgres:
            import psycopg

            with psycopg.connect(self.url, autocommit=True) as connection:
                return connection.execute(sql).fetchall()
        connection = sqlite3.connect(self.path, timeout=20)
        try:
            return connection.execute(sql).fetchall()
        finally:
            connection.close()

    def env(self, var_dir: Path, **extra: str) -> dict[str, str]:
        """The environment of a command that works on this database."""
        return {
            **os.environ,
            "DATABASE_URL": self.url,
            "VAR_DIR": str(var_dir),
            "TASK_BACKEND": "immediate",
            "EMAIL_URL": "locmem://",
            **extra,
        }

    def manage(self, var_dir: Path, *args: str, timeout: int = 300, **env: str) -> str:
        """Runs `manage.py` on this database; returns what it printed."""
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env(var_dir, **env),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        assert result.returncode == 0, result.stderr[-3000:]
        return result.stdout

    def drop(self) -> None:
        if self.postgres:
            self._admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


@contextlib.contextmanager
def _locked(path: Path):
    """Holds an exclusive lock on a file, across the test processes of a session."""
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


class Templates:
    """One migrated template per kind for the whole session, in a folder that all its
    test processes share: the first process to ask for a kind migrates it (the others
    wait for it), later ones find it there. `drop` is for the process that ends the
    session."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.made: dict[str, ServerDatabase] = {}

    def get(self, kind: str) -> ServerDatabase:
        if kind not in self.made:
            with _locked(self.folder / f"{kind}.lock"):
                self.made[kind] = self._existing(kind) or self._migrate(kind)
        return self.made[kind]

    def _existing(self, kind: str) -> ServerDatabase | None:
        ready = self.folder / f"{kind}.ready"
        if not ready.exists():
            return None
        name = ready.read_text()
        return ServerDatabase(kind, self.folder, "template", template=None, existing=name or None)

    def _migrate(self, kind: str) -> ServerDatabase:
        template = ServerDatabase(kind, self.folder, "template", template=None)
        template.manage(self.folder, "migrate", "--noinput", "-v", "0")
        if kind == SQLITE:
            # Everything into the main file, so that copying the file copies it all.
            template.rows("PRAGMA wal_checkpoint(TRUNCATE)")
        (self.folder / f"{kind}.ready").write_text(template.name if template.postgres else "")
        return template

    def drop(self) -> None:
        """Removes the PostgreSQL template a process of this session made, if any."""
        template = self._existing(POSTGRESQL)
        if template is not None:
            template.drop()


def load_sqlite(template: ServerDatabase, name: str) -> sqlite3.Connection:
    """Copies a SQLite template into the in-memory database `name` (a shared-cache URI,
    as Django names its in-memory test databases). The database lives as long as the
    connection returned: keep it open."""
    target = sqlite3.connect(name, uri=True)
    source = sqlite3.connect(template.path)
    try:
        source.backup(target)
    finally:
        source.close()
    return target


@functools.cache
def session_templates() -> Templates:
    """The templates of this test session."""
    return Templates(Path(os.environ[TEMPLATES_FOLDER]))
