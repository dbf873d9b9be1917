"""A participant makes a network profile, finds someone in the directory by what they
offer, sends a contact request; the other accepts and they exchange messages. Nobody
sees an e-mail address on the way."""

import pytest
from playwright.sync_api import Page, expect

from praxisdialog.network.defaults import seed_default_interests
from praxisdialog.network.models import ContactRequest, Interest, Message, Profile
from tests.accounts.factories import PASSWORD, VerifiedUserFactory
from tests.network.factories import ProfileFactory


@pytest.fixture
def browser_context_args(browser_context_args):
    # English: the source language of the interface, complete before any translation.
    return {**browser_context_args, "locale": "en-GB"}


@pytest.fixture(autouse=True)
def _interests(transactional_db):
    seed_default_interests(Interest)


def _log_in(page: Page, url: str, email: str) -> None:
    page.goto(f"{url}/accounts/login/")
    page.fill("#id_login", email)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    expect(page.locator("h1")).to_be_visible()


def test_profile_find_request_accept_and_talk(live_server, page: Page, browser):
    mentor = ProfileFactory(
        display_name="Mentorin Mara",
        offers=["mentoring"],
        seeks=["language-tandem"],
        user__preferred_language="en",
    )
    ProfileFactory(display_name="Someone Else", offers=["funding"])
    newcomer = VerifiedUserFactory(display_name="Amal", preferred_language="en")
    mentoring = Interest.objects.get(slug="mentoring")
    tandem = Interest.objects.get(slug="language-tandem")

    # Make a profile: off by default, switched on here.
    _log_in(page, live_server.url, newcomer.email)
    page.goto(f"{live_server.url}/network/profile/")
    expect(page.locator("#id_is_listed")).not_to_be_checked()
    page.check("#id_is_listed")
    page.fill("#id_display_name", "Amal from Erfurt")
    page.select_option("#id_region", value="DE-TH")
    page.check(f"input[name=offers][value='{tandem.pk}']")
    page.check(f"input[name=seeks][value='{mentoring.pk}']")
    page.get_by_role("button", name="Save my profile").click()
    expect(page.locator("h1")).to_have_text("Amal from Erfurt")
    assert Profile.objects.get(user=newcomer).is_listed

    # The platform suggests the mentor, with the reason.
    page.goto(f"{live_server.url}/network/suggestions/")
    expect(page.locator(".suggestion-reason").first).to_contain_text(
        "Offers Mentoring, which you seek; seeks Language tandem, which you offer"
    )

    # Find her in the directory by what she offers.
    page.goto(f"{live_server.url}/network/")
    page.select_option("#f-offer", value="mentoring")
    page.get_by_role("button", name="Show").click()
    expect(page.locator("#results")).to_contain_text("Mentorin Mara")
    expect(page.locator("#results")).not_to_contain_text("Someone Else")
    page.locator("#results").get_by_role("link", name="Mentorin Mara").click()
    expect(page.locator("h1")).to_have_text("Mentorin Mara")
    assert mentor.user.email not in page.content()

    # Send a contact request.
    page.get_by_role("link", name="Send a contact request").click()
    page.fill("#id_message", "Hello Mara, could you help me find my way into a trade?")
    page.get_by_role("button", name="Send the request").click()
    expect(page.locator(".message-success")).to_be_visible()
    assert ContactRequest.objects.get().status == ContactRequest.Status.PENDING

    # She accepts it and writes first.
    mara = browser.new_context(locale="en-GB").new_page()
    _log_in(mara, live_server.url, mentor.user.email)
    mara.goto(f"{live_server.url}/network/requests/")
    expect(mara.locator(".contact-request")).to_contain_text("could you help me")
    assert newcomer.email not in mara.content()
    mara.get_by_role("button", name="Accept").click()
    expect(mara.locator("h1")).to_have_text("Conversation with Amal from Erfurt")
    mara.fill("#id_text", "Gladly! Shall we meet on Thursday?")
    mara.get_by_role("button", name="Send message").click()
    expect(mara.locator(".conversation-messages")).to_contain_text("meet on Thursday")

    # The newcomer answers in the conversation.
    page.goto(f"{live_server.url}/network/conversations/")
    page.get_by_role("link", name="Mentorin Mara").click()
    expect(page.locator(".conversation-messages")).to_contain_text("meet on Thursday")
    page.fill("#id_text", "Thursday works, thank you!")
    page.get_by_role("button", name="Send message").click()
    expect(page.locator(".conversation-messages")).to_contain_text("Thursday works")
    assert Message.objects.count() == 2
    assert mentor.user.email not in page.content()
