"""A new person comments and sees it pending; a moderator publishes it from the desk;
the contribution's author is notified in the site and by mail."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from playwright.sync_api import Page, expect

from praxisdialog.discussion.models import Comment
from tests.accounts.factories import PASSWORD, VerifiedUserFactory
from tests.contributions.factories import ContributionFactory


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "en-GB"}


def _login(page: Page, base: str, user) -> None:
    page.goto(f"{base}/accounts/login/")
    page.fill("#id_login", user.email)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    expect(page.locator("h1")).to_be_visible()


def test_comment_pending_published_and_author_notified(live_server, page: Page, browser):
    contribution = ContributionFactory()
    author = contribution.author
    newcomer = VerifiedUserFactory(preferred_language="en")
    moderator = VerifiedUserFactory(display_name="Mod")
    moderator.groups.add(Group.objects.get_or_create(name="Moderators")[0])
    for person in (author, newcomer, moderator):
        person.preferred_language = "en"
        person.save()

    _login(page, live_server.url, newcomer)
    page.goto(f"{live_server.url}{contribution.get_absolute_url()}")
    page.fill("#id_text", "We tried this in our bakery, it **works**.")
    page.get_by_role("button", name="Post comment").click()
    expect(page.locator(".messages")).to_contain_text("waits for a moderator")
    expect(page.locator(".comment").first).to_contain_text("Waiting for moderation")
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING

    mod_page = browser.new_context(locale="en-GB").new_page()
    _login(mod_page, live_server.url, moderator)
    mod_page.goto(f"{live_server.url}/moderation/")
    expect(mod_page.locator("main")).to_contain_text("We tried this in our bakery")
    mod_page.get_by_role("link", name="Decide").first.click()
    mod_page.get_by_label("Publish").check()
    mod_page.select_option("#id_ground", value="no_violation")
    mod_page.get_by_role("button", name="Save decision").click()
    expect(mod_page.locator(".message-success")).to_be_visible()
    comment.refresh_from_db()
    assert comment.status == Comment.Status.PUBLISHED

    author_page = browser.new_context(locale="en-GB").new_page()
    _login(author_page, live_server.url, author)
    expect(author_page.locator(".notification-bell")).to_contain_text("1 unread")
    author_page.locator(".notification-bell").click()
    expect(author_page.locator("main")).to_contain_text(f"commented on “{contribution.title}”")
    assert any(author.email in m.to and "List-Unsubscribe" in m.extra_headers for m in mail.outbox)
