"""Staff set thresholds, read the dashboard without JavaScript, close the collect phase
with a message; a contributor finds the message among their notifications."""

import re

import pytest
from playwright.sync_api import Page, expect

from praxisdialog.calls.models import PhaseKind
from praxisdialog.calls.phases import current_phase
from praxisdialog.notifications.models import Notification
from tests.accounts.factories import PASSWORD, StaffFactory
from tests.calls.factories import CallFactory
from tests.contributions.factories import ContributionFactory

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("taxonomies"),
]


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "java_script_enabled": False, "locale": "de-DE"}


def _login(page: Page, base: str, user) -> None:
    page.goto(f"{base}/accounts/login/")
    page.fill("#id_login", user.email)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    expect(page.locator("h1")).to_be_visible()


def test_staff_dashboard_and_phase_closing_without_javascript(live_server, page: Page):
    call = CallFactory(title="Neue Wege in Arbeit")
    contribution = ContributionFactory(call=call)
    staff = StaffFactory()
    _login(page, live_server.url, staff)

    page.goto(f"{live_server.url}{call.get_absolute_url()}")
    page.get_by_role("link", name="Resonanz-Übersicht").click()
    expect(page.locator("h1")).to_have_text("Resonanz-Übersicht")
    expect(page.locator(".resonance-verdict h2")).to_have_text("Resonanz noch nicht erreicht")
    expect(page.locator("svg[role=img]").first).to_be_visible()

    page.get_by_role("link", name="Schwellenwerte und Veröffentlichung").click()
    page.fill("#id_min_contributions", "1")
    page.fill("#id_min_contributors", "1")
    page.fill("#id_min_roles", "1")
    page.fill("#id_min_settings", "1")
    page.fill("#id_min_comments", "0")
    page.get_by_role("button", name="Speichern").click()
    expect(page.locator(".resonance-verdict h2")).to_have_text("Resonanz erreicht")

    page.get_by_role("link", name=re.compile("Diese Phase jetzt beenden")).click()
    page.fill("#id_message", "Danke! Ab März diskutieren wir.")
    page.get_by_role("button", name="Phase beenden und Nachricht senden").click()
    expect(page.locator(".error-summary")).to_be_visible()
    page.check("#id_confirm")
    page.get_by_role("button", name="Phase beenden und Nachricht senden").click()
    expect(page.locator("h1")).to_have_text("Resonanz-Übersicht")

    call.refresh_from_db()
    assert current_phase(call).kind == PhaseKind.DISCUSS
    notice = Notification.objects.get(recipient=contribution.author, kind="phase_closed")
    assert notice.data["message"] == "Danke! Ab März diskutieren wir."
