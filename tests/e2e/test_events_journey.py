"""A guest registers for the last seat, confirms through the mail, later cancels through
the link in the confirmation; the seat goes to the next person, who is told by mail
and sees it on the event page."""

import re

import pytest
from django.core import mail
from playwright.sync_api import Page, expect

from praxisdialog.events import services
from praxisdialog.events.models import Registration
from tests.accounts.factories import PASSWORD, VerifiedUserFactory
from tests.events.factories import EventFactory


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "en-GB"}


def _manage_path(message) -> str:
    link = re.search(r"https?://\S+/events/r/[\w-]+/", message.body).group(0)
    return "/" + link.split("/", 3)[3]


def test_register_confirm_cancel_and_the_seat_goes_to_the_next(live_server, page: Page, browser):
    event = EventFactory(title="Werkstatt Leipzig", capacity=1)

    # A guest takes the only seat and confirms through the mail.
    page.goto(f"{live_server.url}{event.get_absolute_url()}")
    expect(page.locator("h1")).to_have_text("Werkstatt Leipzig")
    expect(page.locator("#seats-left")).to_contain_text("1 of 1 seat left")
    page.fill("#id_name", "Mira Gast")
    page.fill("#id_email", "mira@example.org")
    page.get_by_role("button", name="Register").click()
    expect(page.locator(".message-success")).to_contain_text("Almost done")
    assert mail.outbox[-1].to == ["mira@example.org"]
    page.goto(live_server.url + _manage_path(mail.outbox[-1]))
    page.get_by_role("button", name="Confirm my registration").click()
    expect(page.locator("#registration-status")).to_have_text("Confirmed")
    confirmation = mail.outbox[-1]
    assert "confirmed" in confirmation.subject
    assert any(name == "event.ics" for name, *_rest in confirmation.attachments)

    # Someone else finds the event full and joins the waiting list.
    # Noah chose German for the account: it wins over the English browser below.
    next_person = VerifiedUserFactory(email="noah@example.org", language_chosen=True)
    waiting = services.registration_create(event=event, user=next_person)
    assert waiting.status == Registration.Status.WAITLISTED

    # The guest cancels through the link in the confirmation, without logging in.
    page.goto(live_server.url + _manage_path(confirmation))
    # Cancelling asks first, on a page of its own, then acts.
    page.get_by_role("link", name="Cancel my registration").click()
    page.get_by_role("button", name="Yes, cancel my registration").click()
    expect(page.locator("#registration-status")).to_have_text("Cancelled")

    waiting.refresh_from_db()
    assert waiting.status == Registration.Status.CONFIRMED
    promoted = [m for m in mail.outbox if m.to == ["noah@example.org"]][-1]
    assert "Platz ist für Sie frei" in promoted.subject

    # The next person sees the seat is theirs, in the language chosen for their account.
    other = browser.new_context(locale="en-GB").new_page()
    other.goto(f"{live_server.url}/accounts/login/")
    other.fill("#id_login", next_person.email)
    other.fill("#id_password", PASSWORD)
    other.locator("main form button[type=submit]").click()
    other.goto(f"{live_server.url}{event.get_absolute_url()}")
    expect(other.locator(".event-registration")).to_contain_text("Sie sind angemeldet")
    expect(other.locator("#seats-left")).to_contain_text("0 von 1 Plätzen frei")
