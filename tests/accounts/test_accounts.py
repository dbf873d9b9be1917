import re

import pytest
from django.urls import reverse

from praxisdialog.accounts.models import ApiToken, User
from praxisdialog.accounts.selectors import user_is_verified

pytestmark = pytest.mark.django_db


def test_create_user_takes_email_as_login():
    user = User.objects.create_user("Mira@Example.org", "a-long-password-1", display_name="Mira")
    assert user.email == "mira@example.org"
    assert user.check_password("a-long-password-1")
    nopass = User.objects.create_user("nopass@example.org")
    assert not nopass.has_usable_password()
    admin = User.objects.create_superuser("boss@example.org", "a-long-password-2")
    assert admin.is_staff and admin.is_superuser


def test_sign_up_verify_by_mail_then_post(client, call, mailoutbox):
    response = client.post(
        reverse("account_signup"),
        {
            "email": "neu@example.org",
            "password1": "ein-langes-passwort-7",
            "password2": "ein-langes-passwort-7",
            "display_name": "Neu hier",
        },
    )
    assert response.status_code == 302
    user = User.objects.get(email="neu@example.org")
    assert user.display_name == "Neu hier"
    assert not user_is_verified(user)
    # Unverified: the contribution form sends the person to confirm first.
    client.force_login(user)
    create = reverse("contributions:contribution-create", args=[call.slug])
    assert client.get(create)["Location"] == reverse("account_email")

    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mailoutbox[0].body).group(0)
    path = link.split("testserver", 1)[-1]
    assert client.get(path).status_code == 200
    assert client.post(path).status_code == 302
    assert user_is_verified(User.objects.get(pk=user.pk))
    assert client.get(create).status_code == 200


def test_weak_passwords_are_refused(client):
    response = client.post(
        reverse("account_signup"),
        {"email": "x@example.org", "password1": "kurz", "password2": "kurz", "display_name": "X"},
    )
    assert response.status_code == 200
    assert not User.objects.filter(email="x@example.org").exists()


def test_staff_log_into_the_admin(client, staff):
    client.force_login(staff)
    assert client.get("/admin/").status_code == 200


def test_profile_changes_are_saved(client, user):
    client.force_login(user)
    response = client.post(
        reverse("accounts:overview"),
        {"display_name": "Neuer Name", "full_name": "", "preferred_language": "en"},
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert (user.display_name, user.preferred_language) == ("Neuer Name", "en")


def test_an_empty_display_name_is_refused(client, user):
    client.force_login(user)
    response = client.post(
        reverse("accounts:overview"),
        {"display_name": "   ", "full_name": "", "preferred_language": "de"},
    )
    assert response.status_code == 200
    user.refresh_from_db()
    assert user.display_name


def test_tokens_are_shown_once_and_revoked_only_by_their_owner(client, user, other_user):
    client.force_login(user)
    response = client.post(reverse("accounts:api-token-create"), {"name": "Skript"})
    raw = re.search(r'value="(pd_[^"]+)"', response.content.decode()).group(1)
    token = ApiToken.objects.get(user=user)
    assert raw not in client.get(reverse("accounts:overview")).content.decode()
    assert token.key_hash != raw

    client.force_login(other_user)
    assert client.post(reverse("accounts:api-token-revoke", args=[token.pk])).status_code == 404
    client.force_login(user)
    client.post(reverse("accounts:api-token-revoke", args=[token.pk]))
    token.refresh_from_db()
    assert token.revoked_at is not None


def test_choosing_a_language_is_remembered_on_the_account(client, user):
    client.force_login(user)
    client.post(reverse("language-set"), {"language": "en", "next": "/"})
    user.refresh_from_db()
    assert user.preferred_language == "en"
    assert "Tell us what works" in client.get("/").content.decode()


def test_pages_speak_german_by_default_and_english_on_request(client, call):
    german = client.get("/").content.decode()
    assert 'lang="de"' in german
    english = client.get("/", headers={"Accept-Language": "en"}).content.decode()
    assert 'lang="en"' in english
    assert call.written_version("title", "en") in english
