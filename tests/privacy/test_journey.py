"""Browser journey: a participant withdraws a publication consent, downloads a copy of
their data and deletes their account, keeping their contribution anonymised."""

import io
import json
import re
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from playwright.sync_api import Page, expect

from praxisdialog.calls.models import Role, Setting
from praxisdialog.calls.taxonomy_defaults import seed_default_taxonomies
from praxisdialog.contributions.models import Attribution, Contribution
from tests.accounts.factories import PASSWORD, VerifiedUserFactory
from tests.calls.factories import CallFactory
from tests.contributions.factories import ContributionFactory

pytestmark = pytest.mark.e2e


@pytest.fixture(autouse=True)
def _taxonomies(transactional_db):
    seed_default_taxonomies(Role, Setting)


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "de-DE", "accept_downloads": True}


def test_consent_export_and_deletion(live_server, page: Page, settings, tmp_path):
    settings.DATA_EXPORT_DIR = tmp_path
    person = VerifiedUserFactory(display_name="Amal")
    call = CallFactory()
    kept = ContributionFactory(author=person, call=call, title="Bleibt anonym")
    withdrawn = ContributionFactory(author=person, call=call, title="Ziehe ich zurück")

    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("#id_login", person.email)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.goto(f"{live_server.url}/account/")
    page.get_by_role("link", name="Meine Einwilligungen verwalten").click()
    expect(page.locator("h1")).to_have_text("Ihre Einwilligungen")

    item = page.locator(".consent-item", has_text="Ziehe ich zurück")
    item.get_by_role("button", name="Einwilligung widerrufen").click()
    expect(page.locator(".message-success")).to_contain_text("nicht mehr veröffentlicht")
    assert Contribution.objects.get(pk=withdrawn.pk).status == "withdrawn"

    page.get_by_role("link", name="Datenschutz und Ihre Daten").click()
    page.get_by_role("button", name="Meine Daten anfordern").click()
    expect(page.locator(".message-success")).to_contain_text("Wir stellen Ihre Daten zusammen")
    link = re.search(r"https?://\S+/account/privacy/export/\S+/", mail.outbox[-1].body).group(0)
    path = "/" + link.split("/", 3)[-1]
    with page.expect_download() as download_info:
        page.evaluate("url => { window.location.href = url }", f"{live_server.url}{path}")
    archive = zipfile.ZipFile(io.BytesIO(download_info.value.path().read_bytes()))
    data = json.loads(archive.read("data.json"))
    assert {c["title"] for c in data["contributions"]["contributions"]} == {
        "Bleibt anonym",
        "Ziehe ich zurück",
    }

    page.goto(f"{live_server.url}/account/privacy/")
    page.get_by_role("link", name="Mein Konto löschen").click()
    page.get_by_label("Ohne meinen Namen behalten").check()
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name="Mein Konto endgültig löschen").click()
    expect(page.locator(".message-success")).to_have_text(
        "Ihr Konto wurde gelöscht. Auf Wiedersehen!"
    )
    expect(page.get_by_role("link", name="Anmelden")).to_be_visible()

    assert not get_user_model().objects.filter(pk=person.pk).exists()
    kept.refresh_from_db()
    assert kept.attribution == Attribution.ANONYMOUS
    page.goto(f"{live_server.url}{kept.get_absolute_url()}")
    expect(page.locator("main")).to_contain_text("Anonym")
    expect(page.locator("main")).not_to_contain_text("Amal")
