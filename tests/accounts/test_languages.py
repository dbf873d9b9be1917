"""Seven interface languages: the switcher, the browser's choice, the account's choice
for pages and mails, right to left, and the API's error messages."""

import re

import pytest
from django.core import mail
from django.urls import reverse

from praxisdialog.accounts.models import User

pytestmark = pytest.mark.django_db

ENDONYMS = {
    "de": "Deutsch",
    "en": "English",
    "ar": "العربية",
    "fa": "فارسی",
    "uk": "Українська",
    "tr": "Türkçe",
    "ru": "Русский",
}


def _html_tag(content: str) -> str:
    return re.search(r"<html[^>]*>", content).group(0)


def test_the_switcher_offers_each_language_in_its_own_name(client, call):
    content = client.get("/").content.decode()
    options = re.findall(r'<option value="(\w+)" lang="(\w+)"[^>]*>([^<]+)</option>', content)
    assert [(code, name) for code, lang, name in options if code == lang] == list(ENDONYMS.items())


@pytest.mark.parametrize(
    ("accept", "lang", "direction"),
    [
        ("ar", "ar", "rtl"),
        ("ar-SY,ar;q=0.9,de;q=0.5", "ar", "rtl"),
        ("fa-IR", "fa", "rtl"),
        ("uk", "uk", "ltr"),
        ("tr-TR", "tr", "ltr"),
        ("ru", "ru", "ltr"),
        ("fr", "de", "ltr"),
    ],
)
def test_the_browser_decides_without_a_choice(client, call, accept, lang, direction):
    tag = _html_tag(client.get("/", headers={"Accept-Language": accept}).content.decode())
    assert f'lang="{lang}"' in tag
    assert f'dir="{direction}"' in tag


def test_a_choice_on_the_switcher_is_kept_on_the_account(client, user, call):
    client.force_login(user)
    response = client.post(reverse("language-set"), {"language": "fa", "next": "/"})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.preferred_language == "fa"
    # Another browser (no cookie) that prefers German: the account's choice wins.
    other = type(client)()
    other.force_login(user)
    tag = _html_tag(other.get("/", headers={"Accept-Language": "de"}).content.decode())
    assert 'lang="fa"' in tag and 'dir="rtl"' in tag


def test_an_account_without_a_choice_follows_the_browser(client, user, call):
    # Signed up from a German browser, never picked a language: an Arabic browser
    # still gets Arabic, and the mails stay in the language of the account.
    assert not user.language_chosen
    client.force_login(user)
    tag = _html_tag(client.get("/", headers={"Accept-Language": "ar"}).content.decode())
    assert 'lang="ar"' in tag and 'dir="rtl"' in tag


def test_the_account_page_offers_each_language_in_its_own_name(client, user):
    client.force_login(user)
    content = client.get(reverse("accounts:overview")).content.decode()
    select = re.search(r'<select name="preferred_language".*?</select>', content, re.S).group(0)
    assert re.findall(r'<option value="(\w+)"[^>]*>([^<]+)</option>', select) == list(
        ENDONYMS.items()
    )


def test_a_language_saved_on_the_account_page_is_a_choice(client, user):
    client.force_login(user)
    form = {"display_name": "Amal", "full_name": "", "preferred_language": "ar"}
    response = client.post(reverse("accounts:overview"), form)
    assert response.status_code == 302
    assert response.cookies["praxisdialog_language"].value == "ar"
    user.refresh_from_db()
    assert (user.preferred_language, user.language_chosen) == ("ar", True)
    other = type(client)()
    other.force_login(user)
    tag = _html_tag(other.get("/", headers={"Accept-Language": "de"}).content.decode())
    assert 'lang="ar"' in tag


def test_saving_the_name_alone_is_no_choice_of_language(client, user):
    client.force_login(user)
    form = {"display_name": "Amal", "full_name": "", "preferred_language": "de"}
    response = client.post(reverse("accounts:overview"), form)
    assert "praxisdialog_language" not in response.cookies
    user.refresh_from_db()
    assert (user.display_name, user.language_chosen) == ("Amal", False)


def test_an_unknown_language_changes_nothing(client, user):
    client.force_login(user)
    client.post(reverse("language-set"), {"language": "xx", "next": "/"})
    user.refresh_from_db()
    assert user.preferred_language == "de"


def test_sign_up_keeps_the_language_of_the_browser(client):
    client.post(
        reverse("account_signup"),
        {
            "email": "amal@example.org",
            "password1": "ein-langes-passwort-7",
            "password2": "ein-langes-passwort-7",
            "display_name": "Amal",
        },
        headers={"Accept-Language": "ar"},
    )
    amal = User.objects.get(email="amal@example.org")
    # The browser's language words the mails; the browser keeps deciding the pages.
    assert (amal.preferred_language, amal.language_chosen) == ("ar", False)


def test_sign_up_after_the_switcher_keeps_the_choice(client):
    client.post(reverse("language-set"), {"language": "tr", "next": "/"})
    client.post(
        reverse("account_signup"),
        {
            "email": "deniz@example.org",
            "password1": "ein-langes-passwort-7",
            "password2": "ein-langes-passwort-7",
            "display_name": "Deniz",
        },
        headers={"Accept-Language": "de"},
    )
    deniz = User.objects.get(email="deniz@example.org")
    assert (deniz.preferred_language, deniz.language_chosen) == ("tr", True)


def test_allauth_mails_follow_the_account_not_the_browser(client, user):
    User.objects.filter(pk=user.pk).update(preferred_language="uk")
    client.post(
        reverse("account_reset_password"),
        {"email": user.email},
        headers={"Accept-Language": "de"},
    )
    assert len(mail.outbox) == 1
    # allauth's own Ukrainian catalogue words the subject.
    assert "Скидання пароля" in mail.outbox[0].subject or "пароль" in mail.outbox[0].body


@pytest.mark.parametrize(
    ("accept", "expected"),
    [("de", "Bitte senden Sie eine ganze Zahl."), ("en", "Please send a whole number.")],
)
def test_api_errors_follow_the_request_language(client, accept, expected):
    response = client.get("/api/v1/contributions/abc", headers={"Accept-Language": accept})
    assert response.status_code == 422
    error = response.json()["detail"][0]
    assert (error["type"], error["loc"], error["msg"]) == (
        "int_parsing",
        ["path", "contribution_id"],
        expected,
    )


def test_api_asks_for_a_login_in_the_request_language(client, call):
    response = client.post(
        f"/api/v1/calls/{call.slug}/contributions",
        data="{}",
        content_type="application/json",
        headers={"Accept-Language": "de"},
    )
    assert response.status_code == 401
    assert (
        response.json()["detail"]
        == "Bitte melden Sie sich an oder senden Sie ein persönliches Token."
    )


def test_missing_fields_are_named_in_the_request_language(client, user, call):
    client.force_login(user)
    response = client.post(
        f"/api/v1/calls/{call.slug}/contributions",
        data="{}",
        content_type="application/json",
        headers={"Accept-Language": "de"},
    )
    assert response.status_code == 422
    messages = {e["msg"] for e in response.json()["detail"]}
    assert messages == {"Dieses Feld ist zwingend erforderlich."}
