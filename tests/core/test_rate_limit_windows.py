"""A rate limit's window lasts exactly as configured on every cache backend.

Django's database cache (the default here) implements incr() as get-then-set, and that
set gives the entry the cache's default timeout (300 s) instead of the expiry it was
added with: a count kept there vanished five minutes after its last hit, so an hour's
allowance could be spent again every five minutes. Each case runs against the real
database cache, the local-memory cache and, where redis-server is installed, Redis;
the clock is moved with time-machine (Redis expires by its own clock, which the
windows here never reach)."""

import uuid
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.test import override_settings
from django.urls import reverse

from praxisdialog.discussion.models import Comment
from praxisdialog.network import services as network_services
from praxisdialog.network.models import ContactRequest
from tests.contributions.factories import ContributionFactory
from tests.core.test_shared_redis import redis_url  # noqa: F401 (a fixture)
from tests.moderation.factories import trusted
from tests.network.factories import ProfileFactory

pytestmark = pytest.mark.django_db

# A full hour in UTC: an hour's window starts here.
START = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)


@pytest.fixture(params=["database", "locmem", "redis"])
def cache_backend(request):
    """The default cache as each kind of deployment has it."""
    if request.param == "database":
        yield request.param  # the settings' own cache
        return
    if request.param == "locmem":
        backend = {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": f"rate-limits-{uuid.uuid4()}",
        }
    else:
        backend = {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": request.getfixturevalue("redis_url"),
        }
    with override_settings(CACHES={"default": backend}):
        yield request.param


def _comment(client, url, text):
    return client.post(url, {"text": text})


@override_settings(RATE_LIMITS={"comment": (2, 100, 3600)})
def test_an_hours_comment_allowance_holds_for_the_hour(client, user, call, cache_backend):
    contribution = ContributionFactory(call=call)
    url = f"/contributions/{contribution.pk}/comments/"
    client.force_login(trusted(user))
    with time_machine.travel(START, tick=False) as clock:
        assert _comment(client, url, "Eins").status_code == 302
        clock.shift(timedelta(minutes=1))
        assert _comment(client, url, "Zwei").status_code == 302
        # Later in the same hour, past the cache's default timeout: still used up.
        for minutes in (10, 30, 58):
            clock.move_to(START + timedelta(minutes=minutes))
            refused = _comment(client, url, f"Nach {minutes} Minuten")
            assert refused.status_code == 429, minutes
            assert f"Nach {minutes} Minuten" in refused.content.decode()
        # The next hour brings a new allowance.
        clock.move_to(START + timedelta(hours=1, seconds=1))
        assert _comment(client, url, "Neue Stunde").status_code == 302
    assert set(Comment.objects.values_list("text", flat=True)) == {"Eins", "Zwei", "Neue Stunde"}


@override_settings(RATE_LIMITS={"comment": (1, 100, 60)})
def test_a_window_shorter_than_the_caches_timeout_ends_on_time(client, user, call, cache_backend):
    contribution = ContributionFactory(call=call)
    url = f"/contributions/{contribution.pk}/comments/"
    client.force_login(trusted(user))
    with time_machine.travel(START, tick=False) as clock:
        assert _comment(client, url, "Eins").status_code == 302
        clock.shift(timedelta(seconds=30))
        limited = _comment(client, url, "Zwei")
        assert limited.status_code == 429
        assert int(limited["Retry-After"]) == 30
        clock.move_to(START + timedelta(seconds=60))
        assert _comment(client, url, "Drei").status_code == 302
    assert Comment.objects.count() == 2


def _ask(client, sender):
    target = ProfileFactory()
    client.force_login(sender.user)
    url = reverse("network:contact-request-create", args=[target.pk])
    return client.post(url, {"message": "Hallo, darf ich fragen?"})


def test_a_days_contact_requests_stay_used_up_for_the_day(client, cache_backend):
    sender = ProfileFactory()
    limit = network_services.CONTACT_REQUEST_LIMIT
    with time_machine.travel(datetime(2026, 12, 3, 0, 0, tzinfo=UTC), tick=False) as clock:
        for _ in range(limit):
            assert _ask(client, sender).status_code == 302
            clock.shift(timedelta(minutes=1))
        for hours in (1, 12, 23):
            clock.move_to(datetime(2026, 12, 3, hours, 0, tzinfo=UTC))
            assert _ask(client, sender).status_code == 429, hours
        clock.move_to(datetime(2026, 12, 4, 0, 0, 1, tzinfo=UTC))
        assert _ask(client, sender).status_code == 302
    assert ContactRequest.objects.filter(sender=sender.user).count() == limit + 1
