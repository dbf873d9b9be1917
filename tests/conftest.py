import pytest
from django.test import override_settings

from tests.accounts.factories import StaffFactory, UserFactory, VerifiedUserFactory
from tests.calls.factories import CallFactory
from tests.smtp import SmtpServer

# The cache is a database table, so every test starts with it empty: a test's
# transaction is rolled back, a transactional test's tables are flushed.


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


def _flushes(item) -> bool:
    """Transactional tests (live_server among them) empty every table when they end."""
    marker = item.get_closest_marker("django_db")
    fixtures = getattr(item, "fixturenames", ())
    return (
        "transactional_db" in fixtures
        or "live_server" in fixtures
        or bool(marker and marker.kwargs.get("transaction"))
    )


def _rerun_data_migrations() -> None:
    """The rows our data migrations write (roles and settings, the concept lexicon,
    watched words, interests, default pages), written again after a flush."""
    from types import SimpleNamespace

    from django.apps import apps
    from django.db import connection
    from django.db.migrations.loader import MigrationLoader
    from django.db.migrations.operations import RunPython

    loader = MigrationLoader(connection, ignore_no_migrations=True)
    editor = SimpleNamespace(connection=connection)  # what the seeding functions use of it
    for _key, migration in sorted(loader.disk_migrations.items()):
        if not migration.__module__.startswith("praxisdialog."):
            continue
        for operation in migration.operations:
            if isinstance(operation, RunPython):
                operation.code(apps, editor)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    yield
    if nextitem is not None and _flushes(item):
        from pytest_django.plugin import blocking_manager_key

        with item.config.stash[blocking_manager_key].unblock():
            _rerun_data_migrations()
