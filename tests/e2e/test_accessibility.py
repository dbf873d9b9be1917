"""axe-core (vendored, tests/e2e/vendor/) on the pages where it found barriers: the
resonance dashboard's scrollable tables and the API docs, in German and in Arabic, as
staff: no serious or critical violation."""

import pytest
from playwright.sync_api import Browser

from tests.accounts.factories import PASSWORD, StaffFactory
from tests.calls.factories import CallFactory
from tests.contributions.factories import ContributionFactory
from tests.e2e.accessibility import install_axe, serious_violations


@pytest.mark.parametrize("language", ["de", "ar"])
def test_dashboard_and_api_docs_have_no_serious_barriers(
    live_server, browser: Browser, transactional_db, language
):
    call = CallFactory()
    ContributionFactory(call=call)
    staff = StaffFactory()
    context = browser.new_context(locale=language, viewport={"width": 390, "height": 900})
    install_axe(context)
    page = context.new_page()
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("#id_login", staff.email)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    found = {}
    for url in [f"/calls/{call.slug}/resonance/", "/api/v1/docs"]:
        page.goto(live_server.url + url)
        if url.startswith("/api/"):
            # Swagger UI draws the operations after fetching the schema.
            page.locator(".opblock").first.wait_for()
        problems = serious_violations(page)
        if page.locator("html").get_attribute("lang") != language:
            problems.append("the page does not say its language (<html lang>)")
        if problems:
            found[url] = problems
    context.close()
    assert not found, "\n".join(f"{url}: {line}" for url, lines in found.items() for line in lines)
