"""The dossier appears on the resonance page by itself once the worker has made it: staff
do not reload. Screenshots stay in screenshots/."""

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from praxisdialog.resonance.models import Dossier
from tests.accounts.factories import PASSWORD, StaffFactory
from tests.calls.factories import CallFactory
from tests.e2e.conftest import SCREENSHOTS

SHOTS = SCREENSHOTS


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "en-GB"}


def test_the_dossier_link_appears_without_a_reload(live_server, page: Page):
    staff = StaffFactory(preferred_language="en")
    call = CallFactory()
    dossier = Dossier.objects.create(call=call, requested_at=timezone.now())
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("#id_login", staff.email)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.goto(f"{live_server.url}/calls/{call.slug}/resonance/")
    status = page.locator("#dossier-status")
    expect(status).to_contain_text("The dossier is being generated")
    page.evaluate("window.__marker = 'same page'")

    Dossier.objects.filter(pk=dossier.pk).update(
        status=Dossier.Status.READY, generated_at=timezone.now()
    )
    expect(page.locator("#dossier-status a", has_text="Download the dossier")).to_be_visible(
        timeout=10_000
    )
    assert page.evaluate("window.__marker") == "same page"  # swapped in place, not reloaded
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.locator("#dossier-status").screenshot(path=SHOTS / "dossier-ready.png")
