"""The sign-up, login and password pages and their mails speak like the rest of the
site: 'Sie' in German, the institute's name instead of the host, the honeypot hidden
from people, the privacy policy linked from the sign-up form."""

import re

import pytest
from django.test import override_settings
from django.urls import reverse

from praxisdialog.core.models import SiteSettings

INFORMAL = re.compile(r"\b(du|dein\w*|dich|dir|hast du|gib)\b", re.IGNORECASE)


def _visible_text(html: str) -> str:
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"<[^>]+>", " ", html)


@pytest.mark.parametrize("url_name", ["account_signup", "account_login", "account_reset_password"])
def test_account_pages_say_sie_in_german(client, db, url_name):
    page = client.get(reverse(url_name), HTTP_ACCEPT_LANGUAGE="de").content.decode()
    main = page[page.index("<main") : page.index("</main>")]
    assert not INFORMAL.search(_visible_text(main)), INFORMAL.search(_visible_text(main))


def test_sign_up_hides_the_honeypot_and_links_the_privacy_policy(client, db):
    page = client.get(reverse("account_signup"), HTTP_ACCEPT_LANGUAGE="de").content.decode()
    honeypot = re.search(r'<div class="hp-field" aria-hidden="true">(.*?)</div>', page, re.S)
    assert honeypot and 'name="website"' in honeypot.group(1)
    assert 'tabindex="-1"' in honeypot.group(1)
    assert reverse("pages:page-detail", args=["datenschutz"]) in page
    assert "Datenschutzerklärung" in page


def test_sign_up_mail_uses_the_institutes_name_and_sie(client, db, mailoutbox):
    site = SiteSettings.load()
    site.institute_name = "Kompetenzzentrum Arbeit"
    site.save()
    client.post(
        reverse("account_signup"),
        {
            "email": "neu@example.org",
            "password1": "ein-langes-passwort-7",
            "password2": "ein-langes-passwort-7",
            "display_name": "Neu hier",
        },
        HTTP_ACCEPT_LANGUAGE="de",
    )
    mail = mailoutbox[0]
    assert mail.subject.startswith("[Kompetenzzentrum Arbeit] ")
    assert "Kompetenzzentrum Arbeit" in mail.body
    assert "testserver!" not in mail.body
    assert not INFORMAL.search(mail.subject + mail.body), INFORMAL.search(mail.body)


@override_settings(SITE_URL="https://dialog.example.org")
def test_account_mails_link_to_the_sites_own_address(client, db, mailoutbox):
    """Confirmation and password-reset links lead to SITE_URL, not to the host and port
    the request came to."""
    client.post(
        reverse("account_signup"),
        {
            "email": "neu@example.org",
            "password1": "ein-langes-passwort-7",
            "password2": "ein-langes-passwort-7",
            "display_name": "Neu hier",
        },
        HTTP_ACCEPT_LANGUAGE="de",
        HTTP_HOST="127.0.0.1:8765",
        SERVER_PORT="8765",
    )
    client.logout()
    client.post(reverse("account_reset_password"), {"email": "neu@example.org"})
    assert len(mailoutbox) == 2
    for mail in mailoutbox:
        links = re.findall(r"https?://[^\s]+", mail.body)
        assert links, mail.body
        assert all(link.startswith("https://dialog.example.org/") for link in links), links
    confirm = re.search(r"https://dialog.example.org(/\S+)", mailoutbox[0].body).group(1)
    assert client.get(confirm).status_code == 200
