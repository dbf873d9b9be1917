"""Six months after publication the author gets the follow-up mail, opens it, follows
its personal link without signing in, says what became of the practice, and finds the
answer on the contribution as a dated update."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import Page, expect

from praxisdialog.contributions.models import Contribution
from tests.contributions.factories import ContributionFactory


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "de-DE"}


def test_the_author_answers_a_follow_up_from_its_mail(live_server, page: Page, settings):
    settings.SITE_URL = live_server.url
    contribution = ContributionFactory(
        title="Sprachcafé in der Kantine", published_at=timezone.now() - timedelta(days=200)
    )
    call_command("send_follow_ups", stdout=open("/dev/null", "w"))  # noqa: SIM115
    (message,) = mail.outbox
    assert message.to == [contribution.author.email]
    html = message.alternatives[0][0]

    # The mail as the author's mail program shows it; its link leads to the form.
    page.set_content(html)
    page.get_by_role("link", name="Erzählen Sie uns, was daraus geworden ist").click()
    expect(page.locator("h1")).to_have_text("Was ist aus Ihrer Praxis geworden?")
    form_url = page.url
    assert form_url.startswith(live_server.url + "/practices/follow-up/")
    expect(page.locator("main")).to_contain_text("Sprachcafé in der Kantine")
    page.get_by_label("Läuft, aber verändert").check()
    page.get_by_label("Warum? Ein, zwei Sätze genügen.").fill(
        "Wir treffen uns jetzt online, weil die Schichten gewechselt haben."
    )
    page.get_by_role("button", name="Antwort senden").click()
    expect(page.locator("h1")).to_have_text("Vielen Dank für Ihre Antwort")

    page.get_by_role("link", name="Zu Ihrem Beitrag").click()
    expect(page.locator("h1")).to_have_text("Sprachcafé in der Kantine")
    updates = page.locator(".practice-updates")
    expect(updates).to_contain_text("Wir treffen uns jetzt online")
    expect(updates).to_contain_text("Läuft, aber verändert")
    expect(updates).to_contain_text("Zuletzt bestätigt")
    expect(updates.locator(".state-unknown")).to_have_count(0)
    contribution = Contribution.objects.get(pk=contribution.pk)
    assert contribution.practice_state == "changed"

    # The link answers once; opened again it thanks instead of asking.
    page.goto(form_url)
    expect(page.locator("main")).to_contain_text("bereits beantwortet")
