import pytest
from django.core import mail

from praxisdialog.core.models import SiteSettings

pytestmark = pytest.mark.django_db

GOOD = {
    "name": "Amal Haddad",
    "email": "amal@example.net",
    "message": "Ich würde gern an der Werkstatt teilnehmen.",
}


@pytest.fixture(autouse=True)
def _site_address():
    site = SiteSettings.load()
    site.email = "team@example.org"
    site.save()


def test_a_message_goes_to_the_team_with_reply_to_the_sender(client):
    response = client.post("/contact/", GOOD, follow=True)
    assert "Vielen Dank! Ihre Nachricht wurde gesendet." in response.content.decode()
    [message] = mail.outbox
    assert message.to == ["team@example.org"]
    assert message.extra_headers["Reply-To"] == "amal@example.net"
    assert message.subject == "Nachricht über das Kontaktformular"
    assert (
        "Amal Haddad (amal@example.net) hat über das Kontaktformular geschrieben:" in message.body
    )
    assert GOOD["message"] in message.body


def test_with_a_call_the_message_goes_to_its_contact_person_and_a_copy_to_the_sender(
    client, call, user
):
    call.contact_email = "dana@example.org"
    call.save()
    page = client.get(f"/contact/?call={call.slug}").content.decode()
    assert "Ihre Nachricht geht an Dana Beispiel" in page
    assert "Kopie" not in page  # visitors get no copy: it would go to any typed address
    assert f"/contact/?call={call.slug}" in client.get(call.get_absolute_url()).content.decode()

    client.force_login(user)
    # The copy goes to the account's address, whatever address is typed.
    client.post(f"/contact/?call={call.slug}", {**GOOD, "send_copy": "on"})
    to_person, copy = mail.outbox
    assert to_person.to == ["dana@example.org"]
    assert call.title in to_person.subject
    assert copy.to == [user.email]
    assert copy.subject == "Kopie Ihrer Nachricht"
    assert GOOD["message"] in copy.body


def test_an_unknown_or_draft_call_is_404(client):
    from tests.calls.factories import CallFactory

    assert client.get("/contact/?call=gibt-es-nicht").status_code == 404
    draft = CallFactory(status="draft")
    assert client.post(f"/contact/?call={draft.slug}", GOOD).status_code == 404
    assert mail.outbox == []


def test_bad_input_keeps_what_was_typed_and_sends_nothing(client):
    response = client.post("/contact/", {**GOOD, "email": "keine-adresse"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Bitte prüfen Sie Ihre Angaben" in page
    assert "Bitte gültige E-Mail-Adresse eingeben." in page
    assert "Ich würde gern an der Werkstatt teilnehmen." in page
    assert 'value="Amal Haddad"' in page
    assert mail.outbox == []


def test_the_honeypot_turns_bots_away(client):
    response = client.post("/contact/", {**GOOD, "website": "http://spam.example"})
    assert response.status_code == 400
    assert "Ihre Nachricht konnte nicht gesendet werden." in response.content.decode()
    assert mail.outbox == []


def test_the_rate_limit_counts_per_account_and_per_ip(client, settings, user):
    settings.RATE_LIMITS = {"mail": (2, 3, 3600)}
    client.force_login(user)
    for _ in range(2):
        assert client.post("/contact/", GOOD).status_code == 302
    blocked = client.post("/contact/", GOOD)
    assert blocked.status_code == 429
    assert "Bitte warten Sie etwa" in blocked.content.decode()
    # Signed out, from the same connection: the IP allowance (3) is used up next.
    client.logout()
    assert client.post("/contact/", {**GOOD, "email": "b@example.net"}).status_code == 429
    assert len(mail.outbox) == 2
    # A typed address has no allowance of its own that others could use up.
    other = type(client)(REMOTE_ADDR="192.0.2.77")
    assert other.post("/contact/", GOOD).status_code == 302


def test_the_message_is_delivered_through_a_real_smtp_server(client, user, smtp_server):
    client.force_login(user)
    response = client.post("/contact/", {**GOOD, "send_copy": "on"})
    smtp_server.wait_for(2)
    assert response.status_code == 302
    received = {message["To"]: message for message in smtp_server.messages}
    assert received["team@example.org"]["Reply-To"] == user.email
    assert user.email in received


@pytest.mark.parametrize(
    ("full_name", "display_name", "shown"),
    [
        ("Amal Haddad", "amal_h", "Amal Haddad"),
        ("", "amal_h", "amal_h"),
        ("", "", ""),
    ],
)
def test_the_name_of_the_account_is_filled_in_and_can_be_changed(
    client, user, full_name, display_name, shown
):
    user.full_name, user.display_name = full_name, display_name
    user.save()
    client.force_login(user)
    page = client.get("/contact/").content.decode()
    field = page[page.index('name="name"') :]
    field = field[: field.index(">")]
    if shown:
        assert f'value="{shown}"' in field
    else:
        assert "value=" not in field
    assert "readonly" not in field and "disabled" not in field

    response = client.post("/contact/", {**GOOD, "name": "A. Haddad"}, follow=True)
    assert "Vielen Dank! Ihre Nachricht wurde gesendet." in response.content.decode()
    [message] = mail.outbox
    assert "A. Haddad (amal@example.net) hat über das Kontaktformular geschrieben:" in message.body


def test_visitors_find_the_name_empty(client):
    page = client.get("/contact/").content.decode()
    field = page[page.index('name="name"') :]
    assert "value=" not in field[: field.index(">")]
