"""A visitor subscribes from the footer link, confirms through the mail, receives a
newsletter and unsubscribes through the link in it, without an account."""

import re

import pytest
from django.core import mail
from playwright.sync_api import Page, expect

from praxisdialog.newsletter import services
from praxisdialog.newsletter.models import Delivery, Subscriber
from tests.accounts.factories import StaffFactory
from tests.newsletter.factories import NewsletterFactory


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "de-DE"}


def _path(message, pattern: str) -> str:
    link = re.search(rf"https?://\S+{pattern}", message.body).group(0)
    return "/" + link.split("/", 3)[3]


def test_subscribe_confirm_and_unsubscribe(live_server, page: Page):
    page.goto(live_server.url + "/")
    page.get_by_role("link", name="Newsletter").click()
    expect(page.locator("h1")).to_have_text("Newsletter")

    page.fill("#id_email", "mira@example.org")
    page.select_option("#id_region", "DE-SN")
    page.check("#id_consent")
    page.get_by_role("button", name="Abonnieren").click()
    expect(page.locator(".message-success")).to_contain_text("Bitte sehen Sie in Ihr Postfach")
    subscriber = Subscriber.objects.get(email="mira@example.org")
    assert subscriber.status == Subscriber.Status.PENDING

    confirmation = mail.outbox[-1]
    assert confirmation.to == ["mira@example.org"]
    page.goto(live_server.url + _path(confirmation, r"/newsletter/confirm/[\w-]+/"))
    page.get_by_role("button", name="Abonnement bestätigen").click()
    expect(page.locator("h1")).to_have_text("Abonnement bestätigt")
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    assert subscriber.region == "DE-SN"
    assert subscriber.consent_text.startswith("Ich möchte den Newsletter per E-Mail erhalten")

    newsletter = NewsletterFactory(subject="Neuigkeiten im Dezember")
    services.newsletter_send(newsletter=newsletter, user=StaffFactory())
    issue = mail.outbox[-1]
    assert issue.subject == "Neuigkeiten im Dezember"
    assert Delivery.objects.get(newsletter=newsletter).status == Delivery.Status.SENT

    page.goto(live_server.url + _path(issue, r"/newsletter/u/[\w.]+/"))
    expect(page.locator("h1")).to_have_text("Newsletter abbestellen")
    page.get_by_role("button", name="Abbestellen").click()
    expect(page.locator("#newsletter-status")).to_contain_text(
        "mira@example.org erhält den Newsletter nicht mehr"
    )
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.unsubscribed_at is not None
