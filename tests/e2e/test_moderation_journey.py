"""A visitor reports a comment; a moderator hides it with a reason; the author receives
the statement of reasons and contests it."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from playwright.sync_api import Page, expect

from praxisdialog.moderation.models import Contest
from tests.accounts.factories import PASSWORD, VerifiedUserFactory
from tests.discussion.factories import CommentFactory


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "en-GB"}


def _login(page: Page, base: str, user) -> None:
    page.goto(f"{base}/accounts/login/")
    page.fill("#id_login", user.email)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    expect(page.locator("h1")).to_be_visible()


def test_report_hide_statement_and_contest(live_server, page: Page, browser):
    author = VerifiedUserFactory(preferred_language="en")
    comment = CommentFactory(author=author, text="You lot should all go home.")
    moderator = VerifiedUserFactory(display_name="Mod", preferred_language="en")
    moderator.groups.add(Group.objects.get_or_create(name="Moderators")[0])

    # A visitor without an account reports it.
    page.goto(f"{live_server.url}{comment.target.get_absolute_url()}")
    page.get_by_role("link", name="Report", exact=True).click()
    page.get_by_label("Hate or harassment").check()
    page.fill("#id_explanation", "Tells refugees to leave.")
    page.fill("#id_email", "visitor@example.org")
    page.check("#id_good_faith")
    page.get_by_role("button", name="Send report").click()
    expect(page.locator(".message-success")).to_contain_text("report has been received")
    assert any(m.to == ["visitor@example.org"] for m in mail.outbox)

    # A moderator hides it with a reason.
    mod_page = browser.new_context(locale="en-GB").new_page()
    _login(mod_page, live_server.url, moderator)
    mod_page.goto(f"{live_server.url}/moderation/")
    expect(mod_page.locator("#reported-heading")).to_be_visible()
    mod_page.get_by_role("link", name="Decide").first.click()
    mod_page.get_by_label("Hide").check()
    mod_page.select_option("#id_ground", value="hate")
    mod_page.fill("#id_explanation", "Telling people to leave is harassment here.")
    mod_page.get_by_role("button", name="Save decision").click()
    expect(mod_page.locator(".message-success")).to_be_visible()
    page.goto(f"{live_server.url}{comment.target.get_absolute_url()}")
    expect(page.locator(".comment-placeholder")).to_contain_text("hidden by the moderators")

    # The author reads the statement of reasons and contests once.
    statement = [m for m in mail.outbox if author.email in m.to][-1]
    assert "harassment" in statement.body
    author_page = browser.new_context(locale="en-GB").new_page()
    _login(author_page, live_server.url, author)
    author_page.locator(".notification-bell").click()
    author_page.locator(".notification-list a").first.click()
    expect(author_page.locator("h1")).to_have_text("Statement of reasons")
    expect(author_page.locator(".statement")).to_contain_text("Hate, harassment or threats")
    author_page.fill("#id_text", "It was a quote I criticised.")
    author_page.get_by_role("button", name="Contest the decision").click()
    expect(author_page.locator(".message-success")).to_be_visible()
    expect(author_page.get_by_role("button", name="Contest the decision")).to_have_count(0)
    assert Contest.objects.get().text == "It was a quote I criticised."
