"""Backups are consistent while writes go on, and restore brings back what they hold.

Runs the real commands in subprocesses against databases of its own: SQLite files, or,
when DATABASE_URL points at PostgreSQL, two fresh databases on that server (copies of a
template migrated once per test process)."""

import sqlite3
import threading
import time

from tests.databases import ServerDatabase

INSERT = (
    "INSERT INTO calls_role (slug, name, translations, description, position) "
    "VALUES ({p}, {p}, '{{}}', '', 0)"
)


def _connect(database: ServerDatabase):
    if database.postgres:
        import psycopg

        return psycopg.connect(database.url, autocommit=True), "%s"
    return sqlite3.connect(database.path, timeout=20, isolation_level=None), "?"


def _count(database: ServerDatabase) -> int:
    return database.rows("SELECT count(*) FROM calls_role")[0][0]


def test_backup_during_writes_and_restore(server_database, tmp_path):
    live, copy = server_database(), server_database()
    stop = threading.Event()
    written = []

    def write():
        connection, placeholder = _connect(live)
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
    live.manage(tmp_path, "backup", str(target))
    stop.set()
    writer.join(timeout=30)
    after = _count(live)
    assert target.exists() and target.stat().st_size > 0
    assert after > before  # writes really went on around the backup

    copy.manage(tmp_path, "restore", str(target))
    restored = _count(copy)
    assert before < restored <= after
    # What was restored is a prefix of what was written: nothing half-committed.
    connection, _placeholder = _connect(copy)
    slugs = {
        row[0] for row in connection.execute("SELECT slug FROM calls_role WHERE slug LIKE 'w-%'")
    }
    connection.close()
    assert slugs == {f"w-{i}" for i in range(len(slugs))}
