"""Consistent backups of the live database, and restoring them.

SQLite: the online backup API copies a consistent snapshot while writers go on.
PostgreSQL: pg_dump in its custom format (a consistent snapshot too), pg_restore back."""

import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.db import connection


class BackupError(Exception):
    pass


def _pg_env(settings_dict: dict) -> tuple[list[str], dict]:
    import os

    args = ["--dbname", settings_dict["NAME"]]
    if settings_dict.get("HOST"):
        args += ["--host", settings_dict["HOST"]]
    if settings_dict.get("PORT"):
        args += ["--port", str(settings_dict["PORT"])]
    if settings_dict.get("USER"):
        args += ["--username", settings_dict["USER"]]
    env = {**os.environ}
    if settings_dict.get("PASSWORD"):
        env["PGPASSWORD"] = settings_dict["PASSWORD"]
    return args, env


def backup_database(target: Path) -> Path:
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    settings_dict = connection.settings_dict
    if connection.vendor == "sqlite":
        source = sqlite3.connect(settings_dict["NAME"], timeout=20)
        destination = sqlite3.connect(target)
        try:
            with destination:
                source.backup(destination, pages=256)
            if destination.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise BackupError("The backup failed its integrity check.")
        finally:
            destination.close()
            source.close()
        return target
    if connection.vendor == "postgresql":
        if shutil.which("pg_dump") is None:
            raise BackupError("pg_dump is not installed.")
        args, env = _pg_env(settings_dict)
        subprocess.run(  # noqa: S603 - fixed program, arguments from our settings
            ["pg_dump", "--format=custom", "--no-owner", "--file", str(target), *args],  # noqa: S607
            check=True,
            env=env,
        )
        return target
    raise BackupError(f"No backup for the {connection.vendor} database.")


def restore_database(source: Path) -> None:
    """Replaces the current database with the backup. Stop the servers first."""
    source = Path(source)
    if not source.exists():
        raise BackupError(f"No backup at {source}.")
    settings_dict = connection.settings_dict
    if connection.vendor == "sqlite":
        connection.close()
        backup = sqlite3.connect(source)
        live = sqlite3.connect(settings_dict["NAME"], timeout=20)
        try:
            with live:
                backup.backup(live)
        finally:
            live.close()
            backup.close()
        return
    if connection.vendor == "postgresql":
        connection.close()
        args, env = _pg_env(settings_dict)
        subprocess.run(  # noqa: S603 - fixed program, arguments from our settings
            ["pg_restore", "--clean", "--if-exists", "--no-owner", *args, str(source)],  # noqa: S607
            check=True,
            env=env,
        )
        return
    raise BackupError(f"No restore for the {connection.vendor} database.")
