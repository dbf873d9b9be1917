"""schemathesis generates requests from /api/v1/openapi.json: no answer may be a server
error, and every answer must match the schema it documents.

The operations are driven with hypothesis directly (schemathesis's pytest plugin does
not load under our pytest), one test per operation, signed in with a personal token."""

import os

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from praxisdialog.accounts.services import api_token_create
from praxisdialog.wsgi import application
from tests.contributions.factories import ContributionFactory

SCHEMA = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)
OPERATIONS = [result.ok() for result in SCHEMA.get_all_operations()]
# Requests generated per operation: a few in the everyday run, as many as before in CI
# (CI=true); SCHEMATHESIS_EXAMPLES sets another number.
EXAMPLES = int(
    os.environ.get("SCHEMATHESIS_EXAMPLES") or (20 if os.environ.get("CI") == "true" else 5)
)


@pytest.fixture(autouse=True)
def _keep_the_test_connection():
    """The WSGI handler closes database connections after each request; Django's test
    client switches that off, and so must we, or PostgreSQL's test transaction ends."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.django_db
@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda op: op.label)
def test_api_answers_without_server_errors_and_as_documented(operation, call, user):
    ContributionFactory(call=call)
    _token, raw_key = api_token_create(user=user, name="fuzz")
    headers = {"Authorization": f"Bearer {raw_key}"}

    @given(case=operation.as_strategy())
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    def check(case):
        case.call_and_validate(
            headers=headers, checks=[not_a_server_error, response_schema_conformance]
        )

    check()
