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
