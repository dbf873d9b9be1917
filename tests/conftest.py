import os
import shutil
import tempfile
import threading
from pathlib import Path

import pytest
from django.conf import settings
from django.test import TransactionTestCase, override_settings
from django.utils import translation

from tests.accounts.factories import StaffFactory, UserFactory, VerifiedUserFactory
from tests.calls.factories import CallFactory
from tests.databases import (
    POSTGRESQL,
    SQLITE,
    TEMPLATES_FOLDER,
    CleanState,
    ServerDatabase,
    Templates,
    load_sqlite,
    postgres_available,
    session_templates,
)
from tests.smtp import SmtpServer

# Django's default hasher (PBKDF2, over a million rounds) costs about half a second per
# password set or checked, and factories create users everywhere. Tests that measure the
# real cost (sign-up timing) put the production hashers back with override_settings.
PRODUCTION_PASSWORD_HASHERS = settings.PASSWORD_HASHERS
settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# The cache is a database table, so every test starts with it empty: a test's
# transaction is rolled back, and after a transactional test it is cleared below.


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the site's default language, whatever an earlier test or
    request in the same process left active (the active language is per thread)."""
    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Every browser test drives Debian's chromium (Playwright cannot download one here)."""
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "headless": True,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture
def user(db):
    """A participant who has confirmed their e-mail address."""
    return VerifiedUserFactory()


@pytest.fixture
def unverified_user(db):
    return UserFactory()


@pytest.fixture
def other_user(db):
    return VerifiedUserFactory()


@pytest.fixture
def staff(db):
    return StaffFactory()


@pytest.fixture
def call(db):
    """A published call in its collect phase, with three questions (the last optional)."""
    return CallFactory()


@pytest.fixture
def smtp_server():
    """A real SMTP server on 127.0.0.1, used as the site's mailer during the test; yields
    its handler (`.messages`, `.wait_for(n)`, `.refuse`, `.mailers`)."""
    with SmtpServer() as handler, override_settings(MAILERS=handler.mailers):
        yield handler


_templates_made = pytest.StashKey[Path]()
_templates_early = pytest.StashKey[threading.Thread]()


def pytest_configure(config):
    """The process that starts the session (alone, or the controller of the xdist
    workers, who inherit the variable) makes the folder of the migrated templates.
    The controller of xdist workers starts migrating the test databases' template at
    once, beside the workers collecting the tests (10 to 16 s of CPU each): after
    collecting, every worker waits for it, and one process migrating alone left the
    other core idle."""
    if not hasattr(config, "workerinput") and TEMPLATES_FOLDER not in os.environ:
        os.environ[TEMPLATES_FOLDER] = tempfile.mkdtemp(prefix="praxisdialog-templates-")
        config.stash[_templates_made] = Path(os.environ[TEMPLATES_FOLDER])
        if getattr(config.option, "numprocesses", None):
            # The kind of the test databases; a SQLite template beside PostgreSQL is made
            # by the first server test that needs one, while the other worker goes on.
            kind = POSTGRESQL if postgres_available() else SQLITE
            config.stash[_templates_early] = session_templates().make_in_background([kind])


def pytest_unconfigure(config):
    early = config.stash.get(_templates_early, None)
    if early is not None:
        early.join()
    folder = config.stash.get(_templates_made, None)
    if folder is not None:
        Templates(folder).drop()
        shutil.rmtree(folder, ignore_errors=True)
        os.environ.pop(TEMPLATES_FOLDER, None)


@pytest.fixture(scope="session")
def _database_templates() -> Templates:
    return session_templates()


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, _database_templates):
    """Each test process's test database starts as a copy of the session's migrated
    template: created from it on PostgreSQL, loaded into memory on SQLite. Django's own
    set-up then finds every migration applied."""
    from django.db import connections

    connection = connections["default"]
    if connection.vendor == "postgresql":
        template = _database_templates.get(POSTGRESQL)
        connection.settings_dict["TEST"]["TEMPLATE"] = template.name
        yield
        return
    name = connection.creation._get_test_db_name()
    if not connection.creation.is_in_memory_db(name):
        yield  # a test database file of its own choosing is migrated by Django
        return
    _memory.append(load_sqlite(_database_templates.get(SQLITE), name))
    yield


# The connection that keeps the loaded in-memory database alive until Django has opened
# its own: a second connection to a shared-cache database takes table locks against the
# live server's, so it is closed as soon as Django's connection holds the database.
_memory: list = []
# The rows of each test database as migrated, put back after every transactional test.
_clean_states: dict[str, CleanState] = {}


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from django.db import connection

    with django_db_blocker.unblock():
        connection.ensure_connection()
        if _memory:
            _memory.pop().close()
        _clean_states[connection.alias] = CleanState(connection)


_django_fixture_teardown = TransactionTestCase._fixture_teardown


def _restore_clean_state(test_case) -> None:
    """A transactional test (live_server among them) leaves its database as it was
    migrated (tests/databases.py: CleanState), in place of Django's flush."""
    from django.db import connections

    aliases = test_case._databases_names(include_mirrors=False)
    if (
        test_case.available_apps is not None
        or test_case.serialized_rollback
        or not all(alias in _clean_states for alias in aliases)
    ):
        _django_fixture_teardown(test_case)
        return
    for alias in aliases:
        _clean_states[alias].restore(connections[alias])


TransactionTestCase._fixture_teardown = _restore_clean_state


@pytest.fixture
def server_database(_database_templates, tmp_path):
    """Makes a migrated database for commands run in subprocesses: `server_database()`
    of the kind DATABASE_URL names, or `server_database("sqlite")`/`("postgresql")`.
    Each is a copy of a template migrated once per test process, removed afterwards."""
    made: list[ServerDatabase] = []

    def make(kind: str | None = None) -> ServerDatabase:
        kind = kind or (POSTGRESQL if postgres_available() else SQLITE)
        if kind == POSTGRESQL and not postgres_available():
            pytest.skip("DATABASE_URL does not point to PostgreSQL")
        template = _database_templates.get(kind)
        database = ServerDatabase(kind, tmp_path, f"db{len(made)}", template=template)
        made.append(database)
        return database

    yield make
    for database in made:
        database.drop()


def _flushes(item) -> bool:
    """Transactional tests (live_server among them) commit what they write."""
    marker = item.get_closest_marker("django_db")
    fixtures = getattr(item, "fixturenames", ())
    return (
        "transactional_db" in fixtures
        or "live_server" in fixtures
        or bool(marker and marker.kwargs.get("transaction"))
    )


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    yield
    if nextitem is not None and _flushes(item):
        from django.core.cache import cache
        from pytest_django.plugin import blocking_manager_key

        with item.config.stash[blocking_manager_key].unblock():
            # The cache is a table of its own that no model owns, where rate limits
            # count: the next test would otherwise inherit this one's counters.
            cache.clear()
