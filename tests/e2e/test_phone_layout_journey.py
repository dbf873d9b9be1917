"""The site on a phone and with the keyboard: the header is one line with a menu button
(which opens without JavaScript too, and from the keyboard), no main page scrolls
sideways at 390 px, the filters of the contribution list fold into one control that
counts the active ones, and Back after filtering shows the list and the controls of
the filter before. Screenshots at 390 and 1280 px, in German and Arabic, stay in
screenshots/."""

import re

import pytest
from playwright.sync_api import Page, expect

from praxisdialog.calls.models import Role
from tests.accounts.factories import PASSWORD, VerifiedUserFactory
from tests.blog.factories import PostFactory
from tests.calls.factories import CallFactory
from tests.contributions.factories import ContributionFactory
from tests.discussion.factories import CommentFactory
from tests.e2e.conftest import DESKTOP, PHONE
from tests.events.factories import EventFactory

FITS = "document.scrollingElement.scrollWidth <= window.innerWidth"


@pytest.fixture
def world(transactional_db):
    call = CallFactory()
    employer, trainer = Role.objects.get(slug="employer"), Role.objects.exclude(slug="employer")[0]
    contributions = [
        ContributionFactory(call=call, role=employer, region="DE-SN", title="Backstube Leipzig"),
        ContributionFactory(call=call, role=employer, region="DE-BE", title="Werkstatt Berlin"),
        ContributionFactory(call=call, role=trainer, region="DE-BE", title="Ausbildung Berlin"),
    ]
    CommentFactory(target=contributions[0])
    event = EventFactory()
    post = PostFactory()
    user = VerifiedUserFactory(display_name="Amal", preferred_language="de")
    return {
        "call": call,
        "contributions": contributions,
        "event": event,
        "post": post,
        "user": user,
        "employer": employer,
        "trainer": trainer,
    }


def _log_in(page: Page, base: str, user) -> None:
    page.goto(f"{base}/accounts/login/")
    page.fill("#id_login", user.email)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(lambda url: "/login/" not in url)


@pytest.mark.parametrize("language", ["de", "ar"])
def test_the_header_is_one_line_with_a_menu_on_a_phone(
    live_server, browser, world, shoot, language
):
    context = browser.new_context(locale=language, viewport={"width": PHONE, "height": 860})
    page = context.new_page()
    _log_in(page, live_server.url, world["user"])
    page.goto(live_server.url + world["call"].get_absolute_url())

    brand, button = page.locator(".brand"), page.locator(".site-menu > summary")
    nav = page.locator(".main-nav")
    expect(button).to_be_visible()
    expect(nav).to_be_hidden()
    brand_box, button_box = brand.bounding_box(), button.bounding_box()
    # One line: the brand and the button share it, at its two ends.
    assert (
        abs(
            (brand_box["y"] + brand_box["height"] / 2)
            - (button_box["y"] + button_box["height"] / 2)
        )
        < 12
    )
    header = page.locator(".site-header").bounding_box()
    assert header["height"] < 90, header
    if language == "ar":
        assert button_box["x"] < brand_box["x"]
    else:
        assert button_box["x"] > brand_box["x"]
    shoot(page, f"phone-header-{language}", widths=(PHONE,), full_page=False)

    # The keyboard opens it (Enter on the summary), Escape closes it and the focus stays.
    button.focus()
    page.keyboard.press("Enter")
    expect(nav).to_be_visible()
    expect(page.locator(".language-switcher")).to_be_visible()
    assert page.evaluate(FITS)
    shoot(page, f"phone-header-open-{language}", widths=(PHONE,), full_page=False)
    page.keyboard.press("Tab")
    page.keyboard.press("Escape")
    expect(nav).to_be_hidden()
    expect(button).to_be_focused()

    # On a desktop the navigation is shown and the button is not.
    page.set_viewport_size({"width": DESKTOP, "height": 860})
    expect(nav).to_be_visible()
    expect(button).to_be_hidden()
    shoot(page, f"desktop-header-{language}", widths=(DESKTOP,), full_page=False)
    context.close()


def test_the_menu_opens_without_javascript(live_server, browser, world):
    context = browser.new_context(
        locale="de", viewport={"width": PHONE, "height": 860}, java_script_enabled=False
    )
    page = context.new_page()
    page.goto(live_server.url + "/")
    nav = page.locator(".main-nav")
    expect(nav).to_be_hidden()
    page.locator(".site-menu > summary").click()
    expect(nav).to_be_visible()
    page.locator(".main-nav").get_by_role("link", name="Registrieren").click()
    expect(page.locator("h1")).to_have_text("Registrieren")
    context.close()


@pytest.mark.parametrize("language", ["de", "ar"])
def test_no_main_page_scrolls_sideways_on_a_phone(live_server, browser, world, language):
    context = browser.new_context(locale=language, viewport={"width": PHONE, "height": 860})
    page = context.new_page()
    call, contribution = world["call"], world["contributions"][0]
    public = [
        "/",
        call.get_absolute_url(),
        f"{call.get_absolute_url()}contributions/",
        contribution.get_absolute_url(),
        "/events/",
        world["event"].get_absolute_url(),
        "/network/",
        "/blog/",
        world["post"].get_absolute_url(),
        "/accounts/signup/",
        "/accounts/login/",
        "/accounts/password/reset/",
    ]
    for path in public:
        page.goto(live_server.url + path)
        assert page.evaluate(FITS), f"{path} scrolls sideways in {language}"
    _log_in(page, live_server.url, world["user"])
    for path in [
        "/",
        contribution.get_absolute_url(),
        f"{call.get_absolute_url()}contribute/",
        "/notifications/",
        "/accounts/",
    ]:
        page.goto(live_server.url + path)
        assert page.evaluate(FITS), f"{path} scrolls sideways for a participant in {language}"
    context.close()


@pytest.mark.parametrize("language", ["de", "ar"])
def test_filters_fold_into_one_control_on_a_phone(live_server, browser, world, shoot, language):
    context = browser.new_context(locale=language, viewport={"width": PHONE, "height": 860})
    page = context.new_page()
    url = f"{live_server.url}{world['call'].get_absolute_url()}contributions/"
    page.goto(f"{url}?region=DE-BE&role={world['employer'].slug}")
    panel = page.locator("details.filter-panel")
    summary = panel.locator(":scope > summary")
    expect(summary).to_be_visible()
    expect(page.locator("#f-role")).to_be_hidden()
    expect(page.locator("#filter-count")).to_contain_text("2")
    shoot(page, f"filters-folded-{language}", widths=(PHONE,), full_page=False)
    summary.click()
    expect(page.locator("#f-role")).to_be_visible()
    shoot(page, f"filters-open-{language}", widths=(PHONE,))

    page.set_viewport_size({"width": DESKTOP, "height": 860})
    page.goto(url)
    expect(page.locator("#f-role")).to_be_visible()
    expect(summary).to_be_hidden()
    shoot(page, f"filters-desktop-{language}", widths=(DESKTOP,), full_page=False)
    context.close()


def test_back_after_filtering_shows_the_list_and_controls_of_the_filter_before(
    live_server, page: Page, world
):
    url = f"{live_server.url}{world['call'].get_absolute_url()}contributions/"
    page.goto(url)
    expect(page.locator("#results")).to_contain_text("Backstube Leipzig")
    start = page.evaluate("history.length")

    page.select_option("#f-region", "DE-BE")
    expect(page.locator("#results")).not_to_contain_text("Backstube Leipzig")
    expect(page).to_have_url(re.compile(r"region=DE-BE"))
    page.select_option("#f-role", world["trainer"].slug)
    expect(page.locator("#results")).not_to_contain_text("Werkstatt Berlin")
    expect(page.locator("#filter-count")).to_contain_text("2")
    # Two filters applied, two entries.
    assert page.evaluate("history.length") == start + 2

    page.go_back()
    expect(page.locator("#results")).to_contain_text("Werkstatt Berlin")
    expect(page.locator("#results")).to_contain_text("Ausbildung Berlin")
    expect(page.locator("#results")).not_to_contain_text("Backstube Leipzig")
    expect(page.locator("#f-region")).to_have_value("DE-BE")
    expect(page.locator("#f-role")).to_have_value("")
    expect(page.locator("#filter-count")).to_contain_text("1")

    page.go_back()
    expect(page.locator("#results")).to_contain_text("Backstube Leipzig")
    expect(page.locator("#f-region")).to_have_value("")


def test_arrow_keys_through_a_filter_add_one_history_entry(live_server, page: Page, world):
    url = f"{live_server.url}{world['call'].get_absolute_url()}contributions/"
    page.goto(url)
    start = page.evaluate("history.length")
    page.locator("#f-region").focus()
    for _ in range(4):
        page.keyboard.press("ArrowDown")
    chosen = page.locator("#f-region").input_value()
    assert chosen
    expect(page).to_have_url(re.compile(f"region={chosen}"))
    expect(page.locator("#filter-count")).to_contain_text("1")
    assert page.evaluate("history.length") == start + 1
