import pytest
from allauth.mfa.models import Authenticator
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_staff_without_two_factor_login_are_sent_to_set_it_up(client, staff, settings):
    settings.REQUIRE_STAFF_MFA = True
    client.force_login(staff)
    for path in ["/", "/review/", "/admin/"]:
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"] == reverse("mfa_activate_totp")
    # allauth asks for the password again before an authenticator is added.
    response = client.get(reverse("mfa_activate_totp"), follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0].startswith("/accounts/reauthenticate/")


def test_staff_with_totp_work_normally_once_this_session_passed_it(client, staff, settings):
    settings.REQUIRE_STAFF_MFA = True
    Authenticator.objects.create(user=staff, type=Authenticator.Type.TOTP, data={"secret": "x"})
    client.force_login(staff)
    assert client.get("/review/")["Location"].startswith(reverse("mfa_reauthenticate"))
    session = client.session
    session["account_authentication_methods"] = [{"method": "mfa", "at": 0, "type": "totp"}]
    session["account_authentication_methods_user"] = str(staff.pk)
    session.save()
    assert client.get("/review/").status_code == 200


def test_participants_may_but_need_not_use_two_factor_login(client, user, settings):
    settings.REQUIRE_STAFF_MFA = True
    client.force_login(user)
    assert client.get("/").status_code == 200
    assert client.get(reverse("mfa_index")).status_code == 200
