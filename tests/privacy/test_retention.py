from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from praxisdialog.core.ratelimit import rate_limit_check
from praxisdialog.events.models import Registration
from praxisdialog.privacy import services
from tests.accounts.factories import StaffFactory, UserFactory, VerifiedUserFactory
from tests.events.factories import EventFactory

pytestmark = pytest.mark.django_db


def _exists(user) -> bool:
    return get_user_model().objects.filter(pk=user.pk).exists()


def test_unverified_accounts_go_after_the_period_verified_and_recent_stay(settings):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        stale = UserFactory()
        verified = VerifiedUserFactory()
        staff_without_address = UserFactory(is_staff=True)
    with time_machine.travel(start + timedelta(days=3), tick=False):
        recent = UserFactory()

    with time_machine.travel(start + timedelta(days=6, hours=23), tick=False):
        assert services.retention_run()["unverified_accounts"] == 0
    assert _exists(stale)

    with time_machine.travel(start + timedelta(days=7, minutes=1), tick=False):
        assert services.retention_run()["unverified_accounts"] == 1
    assert not _exists(stale)
    assert _exists(verified) and _exists(recent) and _exists(staff_without_address)


def test_the_period_is_a_setting(settings):
    settings.RETENTION_UNVERIFIED_DAYS = 2
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        stale = UserFactory()
    with time_machine.travel(start + timedelta(days=2, minutes=1), tick=False):
        services.retention_run()
    assert not _exists(stale)


def test_the_placeholder_account_is_never_removed(user):
    services.account_delete(user=user, keep_content=True)
    placeholder = services.placeholder_user()
    with time_machine.travel(timezone.now() + timedelta(days=365), tick=False):
        services.retention_run()
    assert _exists(placeholder)


def _registration(event, **kwargs) -> Registration:
    number = Registration.objects.filter(event=event).count() + 1
    return Registration.objects.create(
        event=event,
        status=Registration.Status.CONFIRMED,
        queue_number=number,
        token=f"t-{event.pk}-{number}",
        accessibility_needs="Rollstuhl",
        dietary_needs="vegan",
        **kwargs,
    )


def test_guest_registrations_and_needs_go_30_days_after_the_event(user):
    event = EventFactory()
    guest = _registration(event, name="Gast", email="gast@example.org")
    member = _registration(event, name="Mitglied", email=user.email, user=user)
    later_event = EventFactory(starts_at=event.starts_at + timedelta(days=20))
    later_guest = _registration(later_event, name="Gast", email="gast@example.org")

    after = event.ends_at + timedelta(days=30)
    with time_machine.travel(after - timedelta(hours=1), tick=False):
        result = services.retention_run()
    assert result["guest_registrations"] == 0
    assert Registration.objects.filter(pk=guest.pk).exists()

    with time_machine.travel(after + timedelta(hours=1), tick=False):
        result = services.retention_run()
    assert result["guest_registrations"] == 1
    assert not Registration.objects.filter(pk=guest.pk).exists()
    member.refresh_from_db()
    assert member.accessibility_needs == "" and member.dietary_needs == ""
    assert member.answers_deleted_at is not None
    later_guest.refresh_from_db()
    assert later_guest.accessibility_needs == "Rollstuhl"


def _ip_rows() -> int:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT COUNT(*) FROM praxisdialog_cache WHERE cache_key LIKE %s",
            ["%ratelimit:%:ip:%"],
        )
        return cursor.fetchone()[0]


def test_ip_addresses_in_rate_limit_counters_go_after_the_period(user):
    cache.clear()
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        rate_limit_check(scope="comment", user=user, ip="203.0.113.7")
    with time_machine.travel(start + timedelta(days=29), tick=False):
        rate_limit_check(scope="comment", user=user, ip="198.51.100.1")
    assert _ip_rows() == 2

    with time_machine.travel(start + timedelta(days=30, hours=2), tick=False):
        assert services.retention_run()["ip_records"] == 1
    assert _ip_rows() == 1


def test_the_command_runs_it(capsys):
    call_command("retention")
    assert "unverified_accounts 0" in capsys.readouterr().out


def test_staff_are_kept_even_without_a_confirmed_address():
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        staff = StaffFactory()
        staff.emailaddress_set.all().delete()
    with time_machine.travel(start + timedelta(days=30), tick=False):
        services.retention_run()
    assert _exists(staff)
