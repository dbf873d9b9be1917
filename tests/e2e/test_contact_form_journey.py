"""A signed-in person writes to the team through the contact form: their name is
already there, they can change it, and the message goes out under the name they left."""

import pytest
from django.core import mail
from playwright.sync_api import Page, expect

from praxisdialog.core.models import SiteSettings
from tests.accounts.factories import PASSWORD, VerifiedUserFactory
from tests.e2e.conftest import DESKTOP, PHONE


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "en-GB"}


def test_the_contact_form_knows_the_name_and_lets_it_be_changed(live_server, page: Page, shoot):
    site = SiteSettings.load()
    site.email = "team@example.org"
    site.save()
    person = VerifiedUserFactory(
        full_name="Amal Haddad", display_name="amal_h", preferred_language="en"
    )
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("#id_login", person.email)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    expect(page.locator("h1")).to_be_visible()

    page.goto(f"{live_server.url}/contact/")
    name = page.get_by_label("Your name")
    expect(name).to_have_value("Amal Haddad")
    expect(name).to_be_editable()
    shoot(page, "contact-form-prefilled", widths=(PHONE, DESKTOP))

    name.fill("Amal H.")
    page.get_by_label("Your message").fill("Could I present our project at the workshop?")
    page.get_by_role("button", name="Send message").click()
    expect(page.locator(".message-success")).to_be_visible()
    [message] = mail.outbox
    assert message.to == ["team@example.org"]
    assert "Amal H." in message.body and "Amal Haddad" not in message.body
