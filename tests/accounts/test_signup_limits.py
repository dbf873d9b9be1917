"""Sign-up follows the project's own mail limits, and names in its mail are short and
carry no links (issue: hardening).

The attack: sign-up sent mail with a display name of the requester's choosing to any
address at allauth's default rate (20 a minute per address). Replayed through the
sign-up page."""

import pytest
from django.core import mail
from django.urls import reverse

from praxisdialog.accounts.models import User
from praxisdialog.core.ratelimit import limit_for

pytestmark = pytest.mark.django_db


def _sign_up(client, n: int, *, name: str = "Neu hier", address: str = "203.0.113.9"):
    return client.post(
        reverse("account_signup"),
        {
            "email": f"opfer{n}@example.org",
            "password1": "ein-langes-passwort-7",
            "password2": "ein-langes-passwort-7",
            "display_name": name,
        },
        REMOTE_ADDR=address,
        headers={"Accept-Language": "de"},
    )


def test_sign_up_mail_follows_the_projects_mail_limit(client):
    allowed = limit_for("mail").per_ip
    answers = [_sign_up(client, n) for n in range(allowed + 3)]
    assert len(mail.outbox) == allowed
    assert User.objects.count() == allowed
    refused = answers[-1]
    assert refused.status_code in (200, 429)
    assert "Bitte warten Sie" in refused.content.decode()


def test_a_display_name_with_a_link_is_refused(client):
    response = _sign_up(client, 1, name="Gewinn: http://evil.example/x")
    assert "ohne Links" in response.content.decode()
    assert not User.objects.exists()
    assert not mail.outbox
    response = _sign_up(client, 2, name="besuche evil.example")
    assert not User.objects.exists()


def test_the_sign_up_mail_shows_a_short_name(client):
    name = "Ein sehr langer Anzeigename mit vielen Wörtern darin"  # 53 characters
    assert _sign_up(client, 1, name=name).status_code == 302
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert name not in body
    assert "Ein sehr langer" in body
