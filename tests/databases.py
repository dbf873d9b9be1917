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
import threading
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

    def make_in_background(self, kinds: list[str]) -> threading.Thread:
        """Migrates the templates of `kinds` in a thread while the caller goes on; a
        process that asks for one meanwhile waits for it as for any other process. If a
        migration fails here, the first test process to ask tries again and reports it."""
        thread = threading.Thread(target=lambda: [self.get(kind) for kind in kinds], daemon=True)
        thread.start()
        return thread

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


class CleanState:
    """The rows of a test database as it was migrated: what the data migrations write
    (roles and settings, the concept lexicon, watched words, interests, default pages)
    and what Django's post_migrate adds (content types, permissions). Read once per test
    process from its fresh test database; `restore` brings the database back to it after
    a transactional test.

    It stands in for Django's flush, which empties every table (on PostgreSQL a TRUNCATE
    of all of them, every table and index given new files) and then makes the content
    types and permissions again through post_migrate, after which the data migrations'
    rows had to be written again: about a second of CPU per transactional test. Here only
    the tables that hold rows are emptied, in one transaction (foreign keys are checked at
    its end), and the migrated rows go back as they were, ids included."""

    def __init__(self, connection):
        from django.apps import apps

        self.vendor = connection.vendor
        self.quote = connection.ops.quote_name
        tables = set(
            connection.introspection.django_table_names(only_existing=True, include_views=False)
        )
        self.tables = sorted(tables)
        # The columns a model writes: a column the database generates (the search
        # document on PostgreSQL) is not the model's and takes no value.
        self.columns = {
            model._meta.db_table: [f.column for f in model._meta.concrete_fields if not f.generated]
            for model in apps.get_models(include_auto_created=True)
            if model._meta.managed and not model._meta.proxy and model._meta.db_table in tables
        }
        with connection.cursor() as cursor:
            self.rows = {table: self._read(cursor, table) for table in self._holding_rows(cursor)}

    def _holding_rows(self, cursor) -> list[str]:
        """The tables that hold at least one row, asked in one query."""
        cursor.execute(
            " UNION ALL ".join(
                f"SELECT {number} WHERE EXISTS (SELECT 1 FROM {self.quote(table)})"  # noqa: S608 - the models' tables
                for number, table in enumerate(self.tables)
            )
        )
        return [self.tables[number] for (number,) in cursor.fetchall()]

    def _read(self, cursor, table: str) -> list[tuple]:
        # On SQLite `+column` is the value as stored: an expression has no declared type,
        # so no converter of Django's turns it into a Python date or bool and back.
        plus = "+" if self.vendor == "sqlite" else ""
        columns = ", ".join(plus + self.quote(column) for column in self.columns[table])
        cursor.execute(f"SELECT {columns} FROM {self.quote(table)}")  # noqa: S608 - the models' names
        return cursor.fetchall()

    def restore(self, connection) -> None:
        from django.db import transaction

        limit = connection.features.max_query_params or 10_000
        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            # Emptying a table can write into another (the search index's triggers), so
            # the tables holding rows are asked for again until there are none.
            for _round in range(5):
                written = self._holding_rows(cursor)
                if not written:
                    break
                for table in written:
                    cursor.execute(f"DELETE FROM {self.quote(table)}")  # noqa: S608 - a model's table
            else:
                raise RuntimeError(f"Rows keep coming back in {written}")
            for table, rows in self.rows.items():
                columns = self.columns[table]
                names = ", ".join(self.quote(column) for column in columns)
                insert = f"INSERT INTO {self.quote(table)} ({names}) VALUES "  # noqa: S608 - the models' names
                row = f"({', '.join(['%s'] * len(columns))})"
                per_insert = max(1, limit // len(columns))
                for start in range(0, len(rows), per_insert):
                    chunk = rows[start : start + per_insert]
                    cursor.execute(
                        insert + ", ".join([row] * len(chunk)),
                        [value for values in chunk for value in values],
                    )
