"""Comments are written and answered in place, with JavaScript and without: after
posting, the reader is back at the contribution, at the new comment; an empty or
over-long comment shows its error beside the form on the contribution page and keeps
what was typed; replies open under the comment they answer. Screenshots at 390 and
1280 px, in German and Arabic, stay in screenshots/."""

import re

import pytest
from playwright.sync_api import Page, expect

from praxisdialog.discussion.models import Comment
from tests.accounts.factories import PASSWORD, VerifiedUserFactory
from tests.contributions.factories import ContributionFactory
from tests.discussion.factories import CommentFactory
from tests.moderation.factories import trusted


@pytest.fixture
def world(transactional_db):
    contribution = ContributionFactory(title="Backstube in Leipzig")
    first = CommentFactory(target=contribution, text="Wie lange hat die Einarbeitung gedauert?")
    user = trusted(VerifiedUserFactory(display_name="Jonas", preferred_language="de"))
    return {"contribution": contribution, "first": first, "user": user}


def _log_in(page: Page, base: str, user) -> None:
    page.goto(f"{base}/accounts/login/")
    page.fill("#id_login", user.email)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(lambda url: "/login/" not in url)


def _new_context(browser, language: str, *, javascript: bool = True):
    return browser.new_context(
        locale=language, viewport={"width": 1280, "height": 900}, java_script_enabled=javascript
    )


@pytest.mark.parametrize("language", ["de", "ar"])
def test_comment_and_reply_in_place_with_javascript(live_server, browser, world, shoot, language):
    contribution, first = world["contribution"], world["first"]
    context = _new_context(browser, language)
    page = context.new_page()
    _log_in(page, live_server.url, world["user"])
    url = f"{live_server.url}{contribution.get_absolute_url()}"
    page.goto(url)
    form = page.locator("#comment-form")

    # Empty: the error appears at the form, the page stays.
    form.locator("button[type=submit]").click()
    expect(page.locator("#comment-form .errorlist")).to_be_visible()
    expect(page.locator("#id_text")).to_be_focused()
    assert page.url == url
    assert not Comment.objects.filter(author=world["user"]).exists()

    # Too long: refused with the count, the text stays in the field.
    too_long = ("Wir haben viel gelernt. " * 170).strip()  # 4,079 characters
    page.fill("#id_text", too_long)
    form.locator("button[type=submit]").click()
    expect(page.locator("#comment-form .errorlist")).to_contain_text("4079")
    assert page.locator("#id_text").input_value() == too_long
    page.locator("#id_text").scroll_into_view_if_needed()
    shoot(page, f"comment-refused-{language}", full_page=False)

    page.fill("#id_text", "Bei uns waren es drei Wochen, mit einer Patin.")
    page.locator("#comment-form button[type=submit]").click()
    expect(page.locator(".comment", has_text="drei Wochen")).to_be_visible()
    new = Comment.objects.get(author=world["user"])
    article = page.locator(f"#comment-{new.pk}")
    expect(article).to_be_focused()
    expect(article).to_contain_text("drei Wochen")
    expect(page).to_have_url(re.compile(rf"\?comment={new.pk}"))
    assert page.locator("h1").inner_text() == contribution.title

    # A reply opens under the comment it answers, and comes back there.
    page.locator(f"#comment-{first.pk} .comment-actions a[href$='/reply/']").click()
    reply_field = page.locator(f"#id_reply{first.pk}_text")
    expect(reply_field).to_be_focused()
    page.locator(f"#reply-form-{first.pk} button[type=submit]").click()
    expect(page.locator(f"#reply-form-{first.pk} .errorlist")).to_be_visible()
    page.fill(f"#id_reply{first.pk}_text", "Danke, das hilft uns.")
    page.locator(f"#reply-form-{first.pk} button[type=submit]").click()
    expect(page.locator(".comment-depth-1", has_text="Danke, das hilft uns.")).to_be_visible()
    reply = Comment.objects.get(parent=first)
    expect(page.locator(f"#comment-{first.pk} #comment-{reply.pk}")).to_be_focused()
    expect(page.locator(f"#comment-{reply.pk}")).to_contain_text("Danke, das hilft uns.")
    assert page.url.startswith(url)
    page.locator(f"#comment-{reply.pk}").scroll_into_view_if_needed()
    shoot(page, f"comment-replied-{language}", full_page=False)
    context.close()


def test_comment_and_reply_in_place_without_javascript(live_server, browser, world, shoot):
    contribution, first = world["contribution"], world["first"]
    context = _new_context(browser, "de", javascript=False)
    page = context.new_page()
    _log_in(page, live_server.url, world["user"])
    url = f"{live_server.url}{contribution.get_absolute_url()}"
    page.goto(url)

    page.fill("#id_text", "   ")
    page.get_by_role("button", name="Kommentar veröffentlichen").click()
    # Still the contribution's page, with the error beside the form.
    expect(page.locator("h1")).to_have_text(contribution.title)
    expect(page.locator("#comment-form .errorlist")).to_be_visible()
    expect(page.locator("#comment-form .error-summary")).to_contain_text("noch nicht")

    page.fill("#id_text", "Drei Wochen, mit einer Patin.")
    page.get_by_role("button", name="Kommentar veröffentlichen").click()
    new = Comment.objects.get(author=world["user"])
    expect(page).to_have_url(f"{url}?comment={new.pk}#comment-{new.pk}")
    expect(page.locator(f"#comment-{new.pk}")).to_contain_text("Drei Wochen")

    page.locator(f"#comment-{first.pk}").get_by_role("link", name="Antworten").click()
    expect(page).to_have_url(re.compile(rf"\?reply={first.pk}#reply-form-{first.pk}$"))
    too_long = "x" * 4001
    page.fill(f"#id_reply{first.pk}_text", too_long)
    page.get_by_role("button", name="Antwort veröffentlichen").click()
    expect(page.locator("h1")).to_have_text(contribution.title)
    expect(page.locator(f"#reply-form-{first.pk} .errorlist")).to_contain_text("4001")
    assert page.locator(f"#id_reply{first.pk}_text").input_value() == too_long
    shoot(page, "comment-reply-refused-nojs")

    page.fill(f"#id_reply{first.pk}_text", "Danke!")
    page.get_by_role("button", name="Antwort veröffentlichen").click()
    reply = Comment.objects.get(parent=first)
    expect(page).to_have_url(f"{url}?comment={reply.pk}#comment-{reply.pk}")
    expect(page.locator(f"#comment-{first.pk} #comment-{reply.pk}")).to_contain_text("Danke!")
    context.close()
