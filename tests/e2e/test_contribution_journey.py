"""A new person signs up, confirms by mail, answers every guiding question and sees
the contribution pending; staff publish it; a visitor finds it by its role."""

import re

import pytest
from django.core import mail
from playwright.sync_api import Page, expect

from praxisdialog.contributions.models import Contribution
from tests.accounts.factories import PASSWORD, StaffFactory
from tests.calls.factories import CallFactory


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "de-DE"}


def _confirmation_path(message) -> str:
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", message.body).group(0)
    return "/" + link.split("/", 3)[3]


def test_sign_up_contribute_publish_and_find(live_server, page: Page, browser):
    call = CallFactory()
    staff = StaffFactory()
    questions = list(call.questions.all())

    # Sign up and confirm the address through the mail.
    page.goto(f"{live_server.url}{call.get_absolute_url()}")
    expect(page.locator("h1")).to_have_text(call.title)
    page.get_by_role("link", name="Registrieren").first.click()
    page.fill("#id_email", "neu@example.org")
    page.fill("#id_display_name", "Amal")
    page.fill("#id_password1", "ein-langes-passwort-7")
    page.fill("#id_password2", "ein-langes-passwort-7")
    page.locator("main form button[type=submit]").click()
    expect(page.locator("h1")).to_be_visible()
    assert len(mail.outbox) == 1
    page.goto(live_server.url + _confirmation_path(mail.outbox[0]))
    page.locator("main form button[type=submit]").click()

    # Answer every guiding question and send it.
    page.goto(f"{live_server.url}/calls/{call.slug}/contribute/")
    page.fill("#id_title", "Tandem an der Drehbank")
    for question in questions:
        page.fill(f"#id_answer_{question.pk}", f"Meine Antwort auf „{question.text}“.")
    page.select_option("#id_role", label="Ausbilderin, Trainer oder Coach")
    page.select_option("#id_setting", label="KMU / Mittelstand")
    page.select_option("#id_region", value="DE-TH")
    page.check("#id_consent")
    page.get_by_role("button", name="Zur Veröffentlichung senden").click()
    expect(page.locator("h1")).to_have_text("Tandem an der Drehbank")
    expect(page.locator(".status-submitted")).to_have_text("Wartet auf Prüfung")
    contribution = Contribution.objects.get(title="Tandem an der Drehbank")
    assert contribution.status == Contribution.Status.SUBMITTED
    assert contribution.answers.count() == len(questions)

    # Staff publish it from the review page.
    staff_page = browser.new_context(locale="de-DE").new_page()
    staff_page.goto(f"{live_server.url}/accounts/login/")
    staff_page.fill("#id_login", staff.email)
    staff_page.fill("#id_password", PASSWORD)
    staff_page.locator("main form button[type=submit]").click()
    staff_page.goto(f"{live_server.url}/review/")
    staff_page.get_by_role("link", name="Tandem an der Drehbank").click()
    staff_page.get_by_label("Veröffentlichen").check()
    staff_page.get_by_role("button", name="Entscheidung speichern").click()
    expect(staff_page.locator(".message-success")).to_be_visible()
    contribution.refresh_from_db()
    assert contribution.status == Contribution.Status.PUBLISHED
    assert mail.outbox[-1].to == ["neu@example.org"]

    # A visitor finds it by filtering on its role.
    visitor = browser.new_context(locale="de-DE").new_page()
    visitor.goto(f"{live_server.url}/calls/{call.slug}/contributions/")
    visitor.select_option("#f-role", label="Ausbilderin, Trainer oder Coach")
    visitor.get_by_role("button", name="Anzeigen").click()
    expect(visitor.locator("#results")).to_contain_text("Tandem an der Drehbank")
    visitor.select_option("#f-role", label="Gründerin oder Gründer")
    visitor.get_by_role("button", name="Anzeigen").click()
    expect(visitor.locator("#results")).not_to_contain_text("Tandem an der Drehbank")
