"""Login throttling slows a password guesser down but cannot lock the owner out."""

import pytest
from django.test import Client

from tests.accounts.factories import VerifiedUserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "ein-langes-passwort-42"


def _login(client: Client, email: str, password: str, ip: str):
    return client.post("/accounts/login/", {"login": email, "password": password}, REMOTE_ADDR=ip)


def test_failing_on_purpose_from_elsewhere_does_not_lock_the_owner_out():
    owner = VerifiedUserFactory()
    owner.set_password(PASSWORD)
    owner.save()
    attacker = Client()
    for _ in range(6):
        _login(attacker, owner.email, "falsch-falsch-falsch", "198.51.100.66")
    refused = _login(attacker, owner.email, PASSWORD, "198.51.100.66")
    assert refused.status_code == 200
    assert "Zu viele gescheiterte Anmeldeversuche" in refused.content.decode()
    response = _login(Client(), owner.email, PASSWORD, "203.0.113.5")
    assert response.status_code == 302
