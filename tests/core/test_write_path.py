"""What a write under load pays for: a rate-limit check queues once for the database's
write lock, and the language model is loaded while a server starts, not in a request."""

import importlib

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from praxisdialog.accounts.models import User
from praxisdialog.core.ratelimit import RateLimited, rate_limit_check
from praxisdialog.translation import detection


def _begins(queries) -> int:
    return sum(1 for query in queries if query["sql"].upper().startswith("BEGIN"))


@pytest.mark.django_db(transaction=True)
def test_a_rate_limit_check_is_one_write_transaction_and_still_counts_both_keys(settings):
    settings.RATE_LIMITS = {"comment": (2, 3, 600)}
    user = User.objects.create_user(email="writer@example.org", password="a long passphrase")
    with CaptureQueriesContext(connection) as queries:
        rate_limit_check(scope="comment", user=user, ip="192.0.2.1")
    if connection.vendor == "sqlite":
        assert _begins(queries.captured_queries) == 1
    rate_limit_check(scope="comment", user=user, ip="192.0.2.1")
    # The account has used its two; another address does not help it.
    with pytest.raises(RateLimited):
        rate_limit_check(scope="comment", user=user, ip="192.0.2.2")
    # Two hits on the address so far: a third is allowed, a fourth is not.
    rate_limit_check(scope="comment", user=None, ip="192.0.2.1")
    with pytest.raises(RateLimited):
        rate_limit_check(scope="comment", user=None, ip="192.0.2.1")
    rate_limit_check(scope="comment", user=None, ip="192.0.2.3")


def test_the_application_server_loads_the_language_model_while_it_starts():
    detection._identifier.cache_clear()
    assert detection._identifier.cache_info().currsize == 0
    import praxisdialog.wsgi

    importlib.reload(praxisdialog.wsgi)
    assert detection._identifier.cache_info().currsize == 1
    assert detection.detect_language("Wir haben viel voneinander gelernt, jeden Tag.") == "de"
