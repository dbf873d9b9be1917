"""Signed in on a desktop, the header keeps to one row: the staff tools and the
account's links fold into two small menus (details elements: they open without
JavaScript, Escape closes them), in German, Russian and Arabic, whose labels are the
longest. On a phone the header stays one line with its menu button, and the menus'
links stand in the menu's list. Screenshots at 390 and 1280 px stay in screenshots/."""

import pytest
from playwright.sync_api import Page, expect

from tests.accounts.factories import PASSWORD, StaffFactory, VerifiedUserFactory
from tests.calls.factories import CallFactory
from tests.e2e.conftest import DESKTOP, PHONE

ACCOUNT = {"de": "Konto", "ru": "Учётная запись", "ar": "الحساب"}
MY_ACCOUNT = {"de": "Mein Konto", "ru": "Моя учётная запись", "ar": "حسابي"}
CONSOLE = {"de": "Redaktionskonsole", "ru": "Пульт редакции", "ar": "لوحة فريق التحرير"}


@pytest.fixture
def people(transactional_db):
    call = CallFactory()
    participant = VerifiedUserFactory(display_name="Amal Participant")
    staff = StaffFactory(display_name="Redaktion")
    return {"call": call, "participant": participant, "staff": staff}


def _log_in(page: Page, base: str, user) -> None:
    page.goto(f"{base}/accounts/login/")
    page.fill("#id_login", user.email)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(lambda url: "/login/" not in url)


def _centre(box) -> float:
    return box["y"] + box["height"] / 2


def _one_row(page: Page) -> None:
    """Brand, navigation and language switcher share one line, and the header is no
    taller than one line of them."""
    boxes = [
        page.locator(selector).bounding_box()
        for selector in (".brand", ".main-nav", ".language-switcher")
    ]
    centres = [_centre(box) for box in boxes]
    assert max(centres) - min(centres) < 12, boxes
    assert all(box["height"] < 48 for box in boxes[1:]), boxes
    header = page.locator(".site-header").bounding_box()
    assert header["height"] < 72, header


@pytest.mark.parametrize("language", ["de", "ru", "ar"])
@pytest.mark.parametrize("who", ["participant", "staff"])
def test_the_signed_in_header_is_one_row_on_a_desktop(
    live_server, browser, people, shoot, language, who
):
    user = people[who]
    user.preferred_language = language
    user.save(update_fields=["preferred_language"])
    context = browser.new_context(locale=language, viewport={"width": DESKTOP, "height": 860})
    page = context.new_page()
    _log_in(page, live_server.url, user)
    page.goto(live_server.url + people["call"].get_absolute_url())
    assert page.locator("html").get_attribute("lang") == language

    _one_row(page)
    account = page.locator(".nav-menu > summary", has_text=ACCOUNT[language])
    my_account = page.get_by_role("link", name=MY_ACCOUNT[language])
    expect(account).to_be_visible()
    expect(my_account).to_be_hidden()
    shoot(page, f"desktop-header-{who}-{language}", widths=(DESKTOP,), full_page=False)

    # The account menu opens below its summary, Escape closes it and keeps the focus.
    account.click()
    expect(my_account).to_be_visible()
    _one_row(page)
    shoot(page, f"desktop-header-{who}-{language}-open", widths=(DESKTOP,), full_page=False)
    page.keyboard.press("Escape")
    expect(my_account).to_be_hidden()
    expect(account).to_be_focused()

    console = page.get_by_role("link", name=CONSOLE[language])
    if who == "staff":
        page.locator(".nav-menu > summary").first.click()
        expect(console).to_be_visible()
        console.click()
        expect(page.get_by_role("heading", level=1)).to_have_text(CONSOLE[language])
    else:
        assert page.locator(".nav-menu").count() == 1
        expect(console).to_have_count(0)

    # On a phone: one line with the menu button; inside, the links stand in the list.
    page.set_viewport_size({"width": PHONE, "height": 860})
    page.goto(live_server.url + people["call"].get_absolute_url())
    button = page.locator(".site-menu > summary")
    header = page.locator(".site-header").bounding_box()
    assert header["height"] < 90, header
    shoot(page, f"phone-header-{who}-{language}", widths=(PHONE,), full_page=False)
    button.click()
    expect(my_account).to_be_visible()
    expect(page.locator(".nav-menu > summary").first).to_be_hidden()
    if who == "staff":
        expect(console).to_be_visible()
    shoot(page, f"phone-header-{who}-{language}-open", widths=(PHONE,), full_page=False)
    context.close()


def test_the_account_menu_opens_without_javascript(live_server, browser, people):
    context = browser.new_context(
        locale="de", viewport={"width": DESKTOP, "height": 860}, java_script_enabled=False
    )
    page = context.new_page()
    _log_in(page, live_server.url, people["participant"])
    page.goto(live_server.url + "/")
    my_account = page.get_by_role("link", name="Mein Konto")
    expect(my_account).to_be_hidden()
    page.locator(".nav-menu > summary", has_text="Konto").click()
    my_account.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mein Konto")
    context.close()
