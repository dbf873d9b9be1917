"""Staff open the console from the header, see where their call stands and reach a tool
from it; at 390 px nothing scrolls sideways. Screenshots stay in screenshots/."""

import pytest
from playwright.sync_api import Page, expect

from praxisdialog.contributions.models import Contribution
from tests.accounts.factories import PASSWORD, StaffFactory
from tests.calls.factories import CallFactory
from tests.contributions.factories import ContributionFactory
from tests.e2e.conftest import SCREENSHOTS
from tests.events.factories import EventFactory

SHOTS = SCREENSHOTS


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "en-GB"}


@pytest.mark.parametrize("width", [1280, 390])
def test_staff_find_their_tools_in_the_console(live_server, page: Page, width):
    staff = StaffFactory(preferred_language="en")
    call = CallFactory(translations={"en": {"title": "Integration and innovation"}})
    ContributionFactory(call=call, status=Contribution.Status.SUBMITTED)
    EventFactory(title="Workshop Leipzig", capacity=12)
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("#id_login", staff.email)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()

    page.goto(f"{live_server.url}/")
    if width < 768:  # on a phone the links sit behind the header's menu button
        page.locator(".site-menu > summary").click()
    else:  # on a desktop the staff tools sit in the header's "Staff" menu
        page.locator(".nav-menu > summary", has_text="Staff").click()
    page.get_by_role("link", name="Staff console").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Staff console")
    card = page.locator(".console-calls .card").first
    expect(card).to_contain_text("Integration and innovation")
    expect(card).to_contain_text("Collecting experiences")
    expect(page.locator("table")).to_contain_text("Workshop Leipzig")
    expect(page.locator("table")).to_contain_text("0 of 12")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the console scrolls sideways by {overflow}px at {width}px"
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"console-{width}.png", full_page=True)

    card.get_by_role("link", name="Resonance dashboard").click()
    expect(page).to_have_url(f"{live_server.url}/calls/{call.slug}/resonance/")
