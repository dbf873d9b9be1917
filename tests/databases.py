"""Databases for the tests that run the real commands (gunicorn, the task worker,
manage.py) in subprocesses.

Migrating takes long, so each test process migrates one template database per kind
(SQLite, and PostgreSQL when DATABASE_URL points at it), and every test works on a copy
of it: a copied file, or a database created from the template."""

import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POSTGRES_URL = os.environ.get("DATABASE_URL", "")
SQLITE = "sqlite"
POSTGRESQL = "postgresql"


def postgres_available() -> bool:
    return POSTGRES_URL.startswith(("postgres://", "postgresql://"))


class ServerDatabase:
    """A SQLite file or a PostgreSQL database of its own, optionally a copy of another."""

    def __init__(self, kind: str, folder: Path, name: str, template: "ServerDatabase | None"):
        self.kind = kind
        self.postgres = kind == POSTGRESQL
        if self.postgres:
            self.name = f"servers_{name}_{uuid.uuid4().hex[:8]}"
            prefix = POSTGRES_URL.rsplit("/", 1)[0]
            self.admin_url = f"{prefix}/postgres"
            self.url = f"{prefix}/{self.name}"
            copy = f' TEMPLATE "{template.name}"' if template else ""
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


class Templates:
    """One migrated template per kind, made when first asked for, dropped at the end."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.made: dict[str, ServerDatabase] = {}

    def get(self, kind: str) -> ServerDatabase:
        if kind not in self.made:
            template = ServerDatabase(kind, self.folder, "template", template=None)
            template.manage(self.folder, "migrate", "--noinput", "-v", "0")
            if kind == SQLITE:
                # Everything into the main file, so that copying the file copies it all.
                template.rows("PRAGMA wal_checkpoint(TRUNCATE)")
            self.made[kind] = template
        return self.made[kind]

    def drop(self) -> None:
        for template in self.made.values():
            template.drop()
