"""Irreversible steps ask first, with JavaScript off: withdrawing a contribution (and
taking it back as a draft), deleting a comment, cancelling a registration."""

import pytest
from playwright.sync_api import Page, expect

from praxisdialog.contributions.models import Contribution
from praxisdialog.discussion.models import Comment
from praxisdialog.events import services as event_services
from praxisdialog.events.models import Registration
from tests.accounts.factories import PASSWORD, VerifiedUserFactory
from tests.contributions.factories import ContributionFactory
from tests.discussion.factories import CommentFactory
from tests.events.factories import EventFactory


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "en-GB", "java_script_enabled": False}


def _login(page: Page, base: str, user) -> None:
    page.goto(f"{base}/accounts/login/")
    page.fill("#id_login", user.email)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    expect(page.locator("h1")).to_be_visible()


def test_irreversible_steps_ask_first_without_javascript(live_server, page: Page, shoot):
    author = VerifiedUserFactory(preferred_language="en")
    contribution = ContributionFactory(author=author, title="Our bakery team")
    comment = CommentFactory(author=author, target=contribution, text="A second thought")
    registration = event_services.registration_create(event=EventFactory(), user=author)
    _login(page, live_server.url, author)

    page.goto(f"{live_server.url}{contribution.get_absolute_url()}")
    page.get_by_role("link", name="Withdraw my contribution").click()
    expect(page.locator("h1")).to_have_text("Withdraw “Our bakery team”?")
    shoot(page, "confirm-withdraw")
    page.get_by_role("link", name="No, go back").click()
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.PUBLISHED
    page.get_by_role("link", name="Withdraw my contribution").click()
    page.get_by_role("button", name="Yes, withdraw it").click()
    expect(page.locator(".messages")).to_contain_text("withdrawn")
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.WITHDRAWN
    page.get_by_role("button", name="Take it back as a draft").click()
    expect(page.locator(".messages")).to_contain_text("a draft again")
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.DRAFT

    Contribution.objects.filter(pk=contribution.pk).update(status="published")
    page.goto(f"{live_server.url}{contribution.get_absolute_url()}")
    page.locator(f"#comment-{comment.pk}").get_by_role("link", name="Delete").click()
    expect(page.locator("blockquote")).to_contain_text("A second thought")
    shoot(page, "confirm-comment-delete")
    page.get_by_role("button", name="Yes, delete it").click()
    assert Comment.objects.get(pk=comment.pk).is_deleted

    page.goto(f"{live_server.url}{registration.get_manage_url()}")
    page.get_by_role("link", name="Cancel my registration").click()
    shoot(page, "confirm-registration-cancel")
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CONFIRMED
    page.get_by_role("button", name="Yes, cancel my registration").click()
    expect(page.locator("#registration-status")).to_have_text("Cancelled")
    expect(page.locator("main")).not_to_contain_text("Tell us how it was")
