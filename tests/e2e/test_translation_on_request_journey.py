"""A private text in another language is translated when its reader asks, and the
translation appears by itself once the worker has made it: the reader does not reload.
The same for a message of a conversation and for the message of a contact request.
Screenshots stay in screenshots/."""

import pytest
from django.test import override_settings
from playwright.sync_api import Page, expect

from praxisdialog.network.models import Message
from praxisdialog.translation.backends import forget_offered_languages
from praxisdialog.translation.models import Translation
from praxisdialog.translation.services import translation_make
from tests.accounts.factories import PASSWORD, VerifiedUserFactory
from tests.e2e.conftest import SCREENSHOTS
from tests.network.factories import ContactRequestFactory, conversation_between
from tests.translation.standin import StandIn

ARABIC = "شكرا على رسالتك، هل يمكننا أن نلتقي الأسبوع القادم؟"
ASKING = "مرحبا، أعمل مع اللاجئين في مدينتي وأود أن أتعلم من تجربتك في التدريب المهني."


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "en-GB"}


@pytest.fixture
def translation_server(transactional_db, settings):
    # The worker has not run yet: the queue keeps the task (it is made below, as the
    # worker would make it), so the page shows the translation being made.
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    with StandIn() as server, override_settings(TRANSLATION_URL=server.url):
        forget_offered_languages()
        yield server
    forget_offered_languages()


def _log_in(page: Page, url: str, email: str) -> None:
    page.goto(f"{url}/accounts/login/")
    page.fill("#id_login", email)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    expect(page.locator("h1")).to_be_visible()


def _worker_makes_the_translations() -> None:
    for row in Translation.objects.filter(status=Translation.Status.PENDING):
        translation_make(translation=row)


def test_a_requested_translation_appears_without_a_reload(
    live_server, page: Page, translation_server
):
    reader = VerifiedUserFactory(preferred_language="en")
    conversation = conversation_between(VerifiedUserFactory(), reader)
    message = Message.objects.create(
        conversation=conversation, author=conversation.request.sender, text=ARABIC, language="ar"
    )
    _log_in(page, live_server.url, reader.email)
    page.goto(f"{live_server.url}{conversation.get_absolute_url()}")
    item = page.locator(f"#message-{message.pk}")
    item.get_by_role("button", name="Translate from Arabic").click()
    expect(item).to_contain_text("a machine translation is being made")
    expect(
        item.get_by_role("link", name="Look again whether the translation is ready")
    ).to_be_visible()
    page.evaluate("window.__marker = 'same page'")
    assert translation_server.requests == []

    _worker_makes_the_translations()
    expect(item).to_contain_text(f"[en] {ARABIC}", timeout=10_000)
    expect(item).to_contain_text("Machine translation from Arabic")
    assert page.evaluate("window.__marker") == "same page"  # swapped in place
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    item.screenshot(path=SCREENSHOTS / "message-translated.png")

    # The original is one click away.
    item.get_by_role("link", name="Show the original").click()
    expect(page.locator(f"#message-{message.pk}")).not_to_contain_text("[en]")
    expect(page.locator(f"#message-{message.pk}")).to_contain_text(ARABIC)


def test_a_contact_request_is_translated_on_request_in_the_list(
    live_server, page: Page, translation_server
):
    reader = VerifiedUserFactory(preferred_language="en")
    request = ContactRequestFactory(recipient=reader, message=ASKING, language="ar")
    _log_in(page, live_server.url, reader.email)
    page.goto(f"{live_server.url}/network/requests/")
    item = page.locator(f"#request-{request.pk}")
    expect(item).to_contain_text(ASKING)
    item.get_by_role("button", name="Translate from Arabic").click()
    expect(item).to_contain_text("a machine translation is being made")
    page.evaluate("window.__marker = 'same page'")

    _worker_makes_the_translations()
    expect(item).to_contain_text(f"[en] {ASKING}", timeout=10_000)
    expect(item).to_contain_text("Machine translation from Arabic")
    assert page.evaluate("window.__marker") == "same page"
    # Still answerable in place.
    expect(item.get_by_role("button", name="Accept")).to_be_visible()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    item.screenshot(path=SCREENSHOTS / "contact-request-translated.png")
