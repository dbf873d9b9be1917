"""Sign-up does not tell who has an account: not by its answer, not by its time.

The attack: post the sign-up form with an address and read the answer, or time it
(with Django's password hasher a new account took about 13 times longer than a known
address, since only a new account hashes its password)."""

import statistics
import time

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.urls import reverse

from praxisdialog.accounts.models import User
from tests.accounts.factories import VerifiedUserFactory
from tests.conftest import PRODUCTION_PASSWORD_HASHERS

pytestmark = pytest.mark.django_db

PASSWORD = "ein-langes-passwort-7"


class CountingHasher(PBKDF2PasswordHasher):
    """Django's hasher, counting how often a password is hashed."""

    algorithm = "pbkdf2_sha256_counted"
    iterations = 1000
    calls = 0

    def encode(self, password, salt, iterations=None):
        CountingHasher.calls += 1
        return super().encode(password, salt, iterations)


def _sign_up(client, email: str):
    client.cookies.clear()
    return client.post(
        reverse("account_signup"),
        {
            "email": email,
            "password1": PASSWORD,
            "password2": PASSWORD,
            "display_name": "Neu hier",
        },
        follow=True,
    )


def _page(response, email: str) -> str:
    # The page without the form tokens, which differ on every answer, and with the
    # address the person typed in the same place.
    page = response.content.decode().replace(email, "ADDRESS")
    for token in ("csrfmiddlewaretoken", "CSRFToken"):
        page = "\n".join(line for line in page.splitlines() if token not in line)
    return page


def test_a_known_address_gets_the_same_answer_and_a_mail_like_a_new_one(client, mailoutbox):
    VerifiedUserFactory(email="bekannt@example.org")
    known = _sign_up(client, "bekannt@example.org")
    new = _sign_up(client, "neu@example.org")
    assert known.status_code == new.status_code == 200
    assert known.redirect_chain == new.redirect_chain
    assert _page(known, "bekannt@example.org") == _page(new, "neu@example.org")
    # Each address gets one mail; only its owner learns which kind.
    assert sorted(message.to[0] for message in mailoutbox) == [
        "bekannt@example.org",
        "neu@example.org",
    ]
    assert User.objects.filter(email="bekannt@example.org").count() == 1


def test_a_known_address_costs_the_same_password_hashing_as_a_new_one(client, settings):
    settings.PASSWORD_HASHERS = ["tests.accounts.test_enumeration.CountingHasher"]
    VerifiedUserFactory(email="bekannt@example.org", password=None)
    CountingHasher.calls = 0
    _sign_up(client, "neu@example.org")
    for_new = CountingHasher.calls
    CountingHasher.calls = 0
    _sign_up(client, "bekannt@example.org")
    assert CountingHasher.calls == for_new >= 1


def test_a_known_address_is_not_answered_faster(client, settings):
    """With the production hasher, time both kinds alternately; a ratio, not a time."""
    settings.PASSWORD_HASHERS = PRODUCTION_PASSWORD_HASHERS
    VerifiedUserFactory(email="bekannt@example.org", password=None)
    known, new = [], []
    for number in range(4):
        started = time.perf_counter()
        _sign_up(client, "bekannt@example.org")
        known.append(time.perf_counter() - started)
        started = time.perf_counter()
        _sign_up(client, f"neu{number}@example.org")
        new.append(time.perf_counter() - started)
    ratio = statistics.median(new) / statistics.median(known)
    assert 1 / 3 < ratio < 3, (known, new)
