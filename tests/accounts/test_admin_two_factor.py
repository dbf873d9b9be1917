"""Two-factor login means two factors, through every door: the admin's login, a session
that passed only the password, and bearer tokens.

The attacks: `/admin/login/` signed staff in with a password alone although they had
TOTP, and that session opened the moderation desk, the admin and the participants' CSV;
a moderator's bearer token reached the moderation API while the account had no second
factor."""

import pytest
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.urls import reverse

from praxisdialog.accounts.services import api_token_create
from tests.accounts.factories import PASSWORD, StaffFactory, VerifiedUserFactory
from tests.events.factories import EventFactory
from tests.moderation.factories import moderator

pytestmark = pytest.mark.django_db


def _with_totp(user) -> str:
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def _code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))


def _staff_pages() -> list[str]:
    event = EventFactory()
    return [
        "/admin/",
        reverse("moderation:desk"),
        reverse("events:participants-csv", args=[event.pk]),
    ]


def test_the_admin_login_is_the_sites_own_login(client):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert "next=%2Fadmin%2F" in response["Location"]


def test_the_admin_login_form_does_not_sign_in_with_a_password_alone(client):
    staff = StaffFactory()
    _with_totp(staff)
    client.post(
        "/admin/login/?next=/admin/",
        {"username": staff.email, "password": PASSWORD, "next": "/admin/"},
    )
    assert "_auth_user_id" not in client.session
    for url in _staff_pages():
        assert client.get(url).status_code == 302, url


def test_staff_with_totp_reach_the_admin_only_after_the_second_factor(client):
    staff = StaffFactory()
    secret = _with_totp(staff)
    response = client.post(reverse("account_login"), {"login": staff.email, "password": PASSWORD})
    assert response["Location"] == reverse("mfa_authenticate")
    pages = _staff_pages()
    for url in pages:
        assert client.get(url).status_code == 302, url
    client.post(reverse("mfa_authenticate"), {"code": _code(secret)})
    for url in pages:
        assert client.get(url).status_code == 200, url


@pytest.mark.parametrize("required", [True, False])
def test_a_session_that_passed_only_the_password_is_asked_for_the_second_factor(
    client, settings, required
):
    """The staff rule looks at this session, not at whether a device exists; an account
    that has TOTP needs it in the session even where it is not required (the demo)."""
    settings.REQUIRE_STAFF_MFA = required
    staff = StaffFactory()
    secret = _with_totp(staff)
    client.force_login(staff)  # as the admin's old login did: password only
    for url in _staff_pages():
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("mfa_reauthenticate"))
    client.post(reverse("mfa_reauthenticate"), {"code": _code(secret)})
    for url in _staff_pages():
        assert client.get(url).status_code == 200, url


@pytest.mark.django_db(transaction=True)  # allauth tells of the new device on commit
def test_setting_up_totp_counts_as_the_second_factor_of_this_session(client, settings):
    settings.REQUIRE_STAFF_MFA = True
    staff = StaffFactory()
    client.post(reverse("account_login"), {"login": staff.email, "password": PASSWORD})
    assert client.get(reverse("moderation:desk"))["Location"] == reverse("mfa_activate_totp")
    # allauth asks for the password once more before a device is added.
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    page = client.get(reverse("mfa_activate_totp"))
    assert page.status_code == 200, page.get("Location")
    secret = page.context["form"].secret
    client.post(reverse("mfa_activate_totp"), {"code": _code(secret)})
    assert client.get(reverse("moderation:desk")).status_code == 200


@pytest.mark.parametrize("make", [moderator, StaffFactory])
def test_tokens_of_accounts_that_need_two_factor_login_wait_for_it(client, settings, make):
    settings.REQUIRE_STAFF_MFA = True
    person = make()
    _token, raw = api_token_create(user=person, name="desk")
    headers = {"Authorization": f"Bearer {raw}"}
    refused = client.get("/api/v1/moderation/queue", headers=headers)
    assert refused.status_code == 403
    assert "two-factor" in refused.json()["detail"] or "Zwei-Faktor" in refused.json()["detail"]
    assert client.get("/api/v1/notifications", headers=headers).status_code == 403
    _with_totp(person)
    assert client.get("/api/v1/moderation/queue", headers=headers).status_code == 200


def test_participants_tokens_and_the_demo_need_no_second_factor(client, settings):
    settings.REQUIRE_STAFF_MFA = True
    _token, raw = api_token_create(user=VerifiedUserFactory(), name="script")
    assert (
        client.get("/api/v1/notifications", headers={"Authorization": f"Bearer {raw}"}).status_code
        == 200
    )
    # The demo (DEBUG, REQUIRE_STAFF_MFA off): staff sign in with their password.
    settings.REQUIRE_STAFF_MFA = False
    staff = StaffFactory()
    client.post(reverse("account_login"), {"login": staff.email, "password": PASSWORD})
    for url in _staff_pages():
        assert client.get(url).status_code == 200, url
    _token, raw = api_token_create(user=staff, name="desk")
    headers = {"Authorization": f"Bearer {raw}"}
    assert client.get("/api/v1/moderation/queue", headers=headers).status_code == 200
