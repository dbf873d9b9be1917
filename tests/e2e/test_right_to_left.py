"""Arabic in a real browser: the home page, the call, the contribution form and a
contribution are laid out right to left (the navigation starts on the right), and German
text on those pages keeps its order (the question mark stays at the end of a German
question); an Arabic contribution on a German page keeps its own. Screenshots of each page
go to screenshots/rtl/ for a person to look at."""

import pytest
from playwright.sync_api import Browser, Page, expect

from praxisdialog.contributions.models import Answer
from tests.accounts.factories import PASSWORD, VerifiedUserFactory
from tests.calls.factories import CallFactory
from tests.contributions.factories import ContributionFactory
from tests.e2e.conftest import SCREENSHOTS

SHOTS = SCREENSHOTS / "rtl"
QUESTION = "Wo haben Sie Integration und Innovation gemeinsam erlebt?"
ARABIC_TITLE = "تدريب مشترك في المخبز"

# Where the first and the last character of an element's text are drawn.
EDGES = """element => {
  const text = [...element.childNodes].find(node => node.nodeType === 3 && node.data.trim());
  const data = text.data.trim();
  const start = text.data.indexOf(data);
  const rect = offset => {
    const range = document.createRange();
    range.setStart(text, offset);
    range.setEnd(text, offset + 1);
    return range.getBoundingClientRect().left;
  };
  return {first: rect(start), last: rect(start + data.length - 1)};
}"""


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "ar", "viewport": {"width": 1200, "height": 900}}


def _shoot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"{name}.png", full_page=True)


def _assert_mirrored(page: Page) -> None:
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("html")).to_have_attribute("lang", "ar")
    width = page.viewport_size["width"]
    brand = page.locator(".brand").bounding_box()
    assert brand["x"] + brand["width"] > width * 0.8, brand
    items = page.locator(".main-nav li")
    first, second = items.nth(0).bounding_box(), items.nth(1).bounding_box()
    assert first["x"] > second["x"], (first, second)


def _assert_reads_left_to_right(page: Page, selector: str) -> None:
    edges = page.locator(selector).first.evaluate(EDGES)
    assert edges["first"] < edges["last"], edges


def _assert_reads_right_to_left(page: Page, selector: str) -> None:
    edges = page.locator(selector).first.evaluate(EDGES)
    assert edges["first"] > edges["last"], edges


@pytest.fixture
def arabic_world(transactional_db):
    call = CallFactory()
    question = call.questions.order_by("position").first()
    # A question written in German only: on an Arabic page it is shown in German.
    question.text, question.translations = QUESTION, {}
    question.save()
    contribution = ContributionFactory(call=call, title=ARABIC_TITLE, language="ar")
    Answer.objects.filter(contribution=contribution).update(text="عملنا معاً كل صباح.")
    return {"call": call, "contribution": contribution}


def test_arabic_pages_are_mirrored_and_keep_mixed_text_in_order(
    live_server, page: Page, browser: Browser, arabic_world
):
    call, contribution = arabic_world["call"], arabic_world["contribution"]

    page.goto(live_server.url + "/")
    _assert_mirrored(page)
    _shoot(page, "home")

    page.goto(live_server.url + call.get_absolute_url())
    _assert_mirrored(page)
    _assert_reads_left_to_right(page, f'.questions strong:has-text("{QUESTION}")')
    _shoot(page, "call")

    page.goto(live_server.url + contribution.get_absolute_url())
    _assert_mirrored(page)
    _assert_reads_right_to_left(page, "h1")
    _assert_reads_left_to_right(page, f'h2:has-text("{QUESTION}")')
    _shoot(page, "contribution")

    user = VerifiedUserFactory()
    page.goto(live_server.url + "/accounts/login/")
    page.fill("#id_login", user.email)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.goto(live_server.url + f"/calls/{call.slug}/contribute/")
    _assert_mirrored(page)
    _assert_reads_left_to_right(page, f'label bdi:has-text("{QUESTION}")')
    # Arabic typed into an answer runs from the right.
    page.locator("textarea").first.fill("نجحنا معاً")
    expect(page.locator("textarea").first).to_have_attribute("dir", "auto")
    _shoot(page, "contribution-form")

    # The other way round: on a German page the Arabic title and answer run from the right
    # inside a left-to-right frame.
    german = browser.new_context(locale="de", viewport={"width": 1200, "height": 900})
    page = german.new_page()
    page.goto(live_server.url + contribution.get_absolute_url())
    expect(page.locator("html")).to_have_attribute("dir", "ltr")
    _assert_reads_right_to_left(page, "h1")
    _assert_reads_right_to_left(page, "main .prose p")
    _shoot(page, "contribution-on-a-german-page")
    german.close()
