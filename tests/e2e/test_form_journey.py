"""Forms that cut nothing and say what they expect: the sign-up page on a phone, and a
contribution whose pasted answer is longer than the limit."""

import pytest
from playwright.sync_api import Page, expect

from praxisdialog.contributions.models import Contribution
from tests.accounts.factories import PASSWORD, VerifiedUserFactory
from tests.calls.factories import CallFactory


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "en-GB"}


def test_sign_up_page_fits_a_phone_and_hides_the_honeypot(live_server, page: Page, shoot):
    page.goto(f"{live_server.url}/accounts/signup/")
    expect(page.get_by_label("Leave this field empty")).not_to_be_in_viewport()
    expect(page.locator("main").get_by_role("link", name="privacy policy")).to_be_visible()
    shoot(page, "signup")


def test_pasting_too_much_says_so_and_the_server_keeps_the_text(live_server, page: Page, shoot):
    call = CallFactory()
    user = VerifiedUserFactory(preferred_language="en", full_name="")
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("#id_login", user.email)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.goto(f"{live_server.url}/calls/{call.slug}/contribute/")

    question = call.questions.first()
    field = page.locator(f"#id_answer_{question.pk}")
    label = page.locator(f"label[for=id_answer_{question.pk}]")
    expect(label).to_contain_text("(up to 6,000 characters)")
    expect(label).to_contain_text("(required)")
    counter = page.locator(f"#id_answer_{question.pk}_count")
    expect(counter).to_contain_text("0 of 6,000 characters")
    text = "We learnt a lot. " * 441  # 7,497 characters
    field.focus()
    page.evaluate(
        "([id, text]) => { const f = document.getElementById(id); f.value = text;"
        " f.dispatchEvent(new Event('input')); }",
        [f"id_answer_{question.pk}", text],
    )
    expect(counter).to_contain_text("7,497 of 6,000 characters")
    expect(counter).to_contain_text("1,497 characters too many")
    assert len(field.input_value()) == len(text)  # nothing cut
    field.scroll_into_view_if_needed()
    shoot(page, "contribution-counter", full_page=False)

    page.fill("#id_title", "Bakery")
    page.get_by_role("button", name="Send for publication").click()
    expect(page.locator("#error-summary")).to_contain_text("but at most 6000 fit")
    assert page.locator(f"#id_answer_{question.pk}").input_value() == text
    assert not Contribution.objects.exists()

    page.get_by_label("Under my real name").check()
    expect(page.get_by_label("Your real name")).to_be_visible()
