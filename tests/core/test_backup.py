"""Backups are consistent while writes go on, and restore brings back what they hold.

Runs the real commands in subprocesses against a database of its own: a SQLite file,
or, when DATABASE_URL points at PostgreSQL, two fresh databases on that server."""

import os
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
POSTGRES_URL = os.environ.get("DATABASE_URL", "")
INSERT = (
    "INSERT INTO calls_role (slug, name, name_en, description, position) "
    "VALUES ({p}, {p}, '', '', 0)"
)


def _manage(database_url: str, tmp_path: Path, *args: str) -> str:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "VAR_DIR": str(tmp_path),
        "TASK_BACKEND": "immediate",
        "EMAIL_URL": "locmem://",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return result.stdout


class _SqliteDb:
    def __init__(self, tmp_path: Path, name: str):
        self.path = tmp_path / f"{name}.sqlite3"
        self.url = f"sqlite:///{self.path}"

    def connect(self):
        return sqlite3.connect(self.path, timeout=20, isolation_level=None), "?"

    def drop(self):
        pass


class _PostgresDb:
    def __init__(self, tmp_path: Path, name: str):
        import psycopg

        self.name = f"backup_{name}_{uuid.uuid4().hex[:8]}"
        self.admin_url = POSTGRES_URL.rsplit("/", 1)[0] + "/postgres"
        self.url = POSTGRES_URL.rsplit("/", 1)[0] + "/" + self.name
        with psycopg.connect(self.admin_url, autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{self.name}"')

    def connect(self):
        import psycopg

        return psycopg.connect(self.url, autocommit=True), "%s"

    def drop(self):
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def _count(db) -> int:
    connection, _placeholder = db.connect()
    try:
        return connection.execute("SELECT count(*) FROM calls_role").fetchone()[0]
    finally:
        connection.close()


@pytest.fixture
def database_kind():
    return "postgresql" if POSTGRES_URL.startswith("postgres") else "sqlite"


def test_backup_during_writes_and_restore(tmp_path, database_kind):
    kind = _PostgresDb if database_kind == "postgresql" else _SqliteDb
    live, copy = kind(tmp_path, "live"), kind(tmp_path, "copy")
    try:
        _manage(live.url, tmp_path, "migrate", "--noinput")
        _manage(copy.url, tmp_path, "migrate", "--noinput")
        stop = threading.Event()
        written = []

        def write():
            connection, placeholder = live.connect()
            while not stop.is_set() and len(written) < 20000:
                slug = f"w-{len(written)}"
                connection.execute(INSERT.format(p=placeholder), (slug, slug))
                written.append(slug)
            connection.close()

        writer = threading.Thread(target=write)
        before = _count(live)
        writer.start()
        time.sleep(0.3)
        target = tmp_path / "live.backup"
        _manage(live.url, tmp_path, "backup", str(target))
        stop.set()
        writer.join(timeout=30)
        after = _count(live)
        assert target.exists() and target.stat().st_size > 0
        assert after > before  # writes really went on around the backup

        _manage(copy.url, tmp_path, "restore", str(target))
        restored = _count(copy)
        assert before < restored <= after
        # What was restored is a prefix of what was written: nothing half-committed.
        connection, _placeholder = copy.connect()
        slugs = {
            row[0]
            for row in connection.execute("SELECT slug FROM calls_role WHERE slug LIKE 'w-%'")
        }
        connection.close()
        assert slugs == {f"w-{i}" for i in range(len(slugs))}
    finally:
        live.drop()
        copy.drop()
