"""Browser journey (Playwright, Debian chromium): staff compute themes for a call, rename
one and publish the set; a visitor then reads the theme page and finds the contribution,
with the words that tagged it."""

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from praxisdialog.calls.models import Role, Setting
from praxisdialog.calls.taxonomy_defaults import seed_default_taxonomies
from praxisdialog.insights.lexicon_defaults import seed_default_lexicon
from praxisdialog.insights.models import Concept, Term, ThemeRun
from tests.accounts.factories import PASSWORD, StaffFactory
from tests.calls.factories import CallFactory
from tests.insights.factories import contribution_with_text

pytestmark = pytest.mark.e2e


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "de-DE"}


@pytest.fixture
def seeded(transactional_db):
    # Transactional tests flush every table, the migrated default data included.
    seed_default_taxonomies(Role, Setting)
    seed_default_lexicon(Concept, Term)


def test_staff_publish_themes_and_visitors_read_them(seeded, live_server, page: Page, browser):
    call = CallFactory()
    for title, text in [
        ("Deutschkurs nach der Schicht", "Der Berufssprachkurs im Betrieb half allen."),
        ("Sprachtandem", "Im Sprachtandem üben wir Wortschatz für die Maschinen."),
        ("Kein Kitaplatz", "Ohne Kitaplatz konnte ich nicht anfangen."),
        ("Krippe zu spät", "Die Krippe öffnet erst um sieben, die Schicht beginnt um sechs."),
    ]:
        contribution_with_text(call=call, title=title, answers=[text])
    staff = StaffFactory(preferred_language="de")

    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("#id_login", staff.email)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.goto(f"{live_server.url}/calls/{call.slug}/themes/")
    page.get_by_role("link", name="Themen bearbeiten").click()
    page.get_by_role("button", name="Themen jetzt berechnen").click()
    expect(page.locator(".messages")).to_contain_text("Die Themen werden berechnet.")
    run = ThemeRun.objects.get()
    assert run.status == ThemeRun.Status.DONE
    page.locator("table a").first.click()
    theme = run.themes.get(assignments__contribution__title="Kein Kitaplatz")
    # One card per theme: its name field wide enough to read, its members listed.
    page.set_viewport_size({"width": 1280, "height": 900})
    card = page.locator(f"section[aria-labelledby='theme-{theme.pk}']")
    expect(card.locator(".theme-members-heading")).to_be_visible()
    expect(card).to_contain_text("Kein Kitaplatz")
    assert page.locator(f"#label-{theme.pk}").bounding_box()["width"] >= 300
    Path("test-results/screenshots").mkdir(parents=True, exist_ok=True)
    page.screenshot(path="test-results/screenshots/theme-curation-1280.png", full_page=True)
    page.fill(f"#label-{theme.pk}", "Kinder und Schichtdienst")
    page.locator(f"#label-{theme.pk}").press("Enter")
    expect(page.locator(".messages")).to_contain_text("Das Thema wurde umbenannt.")
    page.get_by_role("button", name="Diese Themen veröffentlichen").click()
    expect(page.locator(".messages")).to_contain_text("Die Themen sind veröffentlicht.")

    visitor = browser.new_context(locale="de-DE").new_page()
    visitor.goto(f"{live_server.url}/calls/{call.slug}/themes/")
    visitor.get_by_role("link", name="Kinder und Schichtdienst").click()
    expect(visitor.locator("h1")).to_have_text("Kinder und Schichtdienst")
    expect(visitor.locator("main")).to_contain_text("Kein Kitaplatz")
    expect(visitor.locator("main")).to_contain_text("gefunden in: Kitaplatz")
