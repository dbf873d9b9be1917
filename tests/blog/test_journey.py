"""A visitor without JavaScript finds the blog from the menu, reads a post, follows the
footer to the imprint and writes to the team through the contact form."""

import pytest
from django.core import mail
from playwright.sync_api import Page, expect

from praxisdialog.core.models import SiteSettings
from praxisdialog.pages import demo as pages_demo
from tests.blog.factories import CategoryFactory, PostFactory

pytestmark = pytest.mark.e2e


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "de-DE", "java_script_enabled": False}


def test_read_a_post_and_write_to_the_team_without_javascript(live_server, page: Page):
    site = SiteSettings.load()
    site.email = "team@example.org"
    site.legal_name = "Beispielinstitut gGmbH"
    site.save()
    pages_demo.seed()  # a transactional test starts without the migrated pages
    PostFactory(
        title="Was wir bisher gehört haben",
        teaser="Ein erster Überblick.",
        categories=[CategoryFactory(name="Aus dem Dialog")],
    )
    problems = []
    page.on("console", lambda message: problems.append(message.text))

    page.goto(live_server.url)
    page.get_by_role("navigation", name="Hauptnavigation").get_by_role("link", name="Blog").click()
    expect(page.locator("h1")).to_have_text("Blog")
    page.get_by_role("link", name="Was wir bisher gehört haben").click()
    expect(page.locator("h1")).to_have_text("Was wir bisher gehört haben")
    expect(page.get_by_role("navigation", name="Diese Seite teilen")).to_contain_text("Mastodon")

    page.get_by_role("link", name="Impressum").click()
    expect(page.locator("h1")).to_have_text("Impressum")
    expect(page.locator(".imprint")).to_contain_text("Beispielinstitut gGmbH")

    page.get_by_role("contentinfo").get_by_role("link", name="Kontakt").click()
    page.get_by_label("Ihr Name").fill("Amal Haddad")
    page.get_by_label("Ihre E-Mail-Adresse").fill("kein-at-zeichen")
    page.get_by_label("Ihre Nachricht").fill("Wann beginnt die Werkstatt?")
    page.get_by_role("button", name="Nachricht senden").click()
    expect(page.locator(".error-summary")).to_contain_text("E-Mail-Adresse")
    expect(page.get_by_label("Ihre Nachricht")).to_have_value("Wann beginnt die Werkstatt?")
    assert mail.outbox == []

    page.get_by_label("Ihre E-Mail-Adresse").fill("amal@example.net")
    # Visitors are offered no copy: it would send their text to any address they type.
    assert (
        page.get_by_label("Eine Kopie an mich senden (an die Adresse meines Kontos)").count() == 0
    )
    page.get_by_role("button", name="Nachricht senden").click()
    expect(page.locator(".message-success")).to_contain_text("Ihre Nachricht wurde gesendet")
    assert [message.to for message in mail.outbox] == [["team@example.org"]]
    assert not [text for text in problems if "Content Security Policy" in text]
