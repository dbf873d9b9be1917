# ruff: noqa: RUF001 - Turkish text uses the dotless i
"""Newsletters in every language: a subscriber whose language staff wrote no version in
receives the machine translation of the German (labelled as such in the mail, the
German below it); staff see it in the preview and correct it in the form, which makes it
their own version; without a service, or when it fails, the German goes out."""

import pytest
from django.core import mail

from praxisdialog.newsletter import services
from praxisdialog.newsletter.models import Newsletter
from praxisdialog.translation.backends import forget_offered_languages
from praxisdialog.translation.models import Translation
from tests.newsletter.factories import NewsletterFactory, SubscriberFactory

pytestmark = pytest.mark.django_db

SUBJECT = "Neuigkeiten im März"
BODY = "Hallo,\n\nes gibt **neue** Erfahrungen."
LABEL_AR = "تُرجمت هذه النشرة آليًا من"
LABEL_EN = "This newsletter was translated by machine from German."


def _newsletter(**kwargs) -> Newsletter:
    return NewsletterFactory(
        subject=SUBJECT,
        body=BODY,
        translations={"en": {"subject": "News in March", "body": "Hello,\n\nnew things."}},
        **kwargs,
    )


def _send(newsletter, staff, capture) -> None:
    with capture(execute=True):
        services.newsletter_send(newsletter=newsletter, user=staff)


def test_a_language_without_a_version_gets_the_labelled_machine_translation(
    staff, smtp_server, translation_server, django_capture_on_commit_callbacks
):
    SubscriberFactory(email="de@example.org", language="de")
    SubscriberFactory(email="en@example.org", language="en")
    SubscriberFactory(email="ar@example.org", language="ar")
    SubscriberFactory(email="ar2@example.org", language="ar")
    newsletter = _newsletter()
    _send(newsletter, staff, django_capture_on_commit_callbacks)

    smtp_server.wait_for(4)
    by_address = {message["To"]: message for message in smtp_server.messages}
    arabic = by_address["ar@example.org"]
    assert arabic["Subject"] == f"[ar] {SUBJECT}"
    text = arabic.get_body(("plain",)).get_content()
    html = arabic.get_body(("html",)).get_content()
    assert text.startswith(LABEL_AR)
    assert "[ar] Hallo," in text
    # The German original follows the translation.
    assert text.count(SUBJECT) == 2 and text.index(f"[ar] {SUBJECT}") < text.rindex(f"\n{SUBJECT}")
    assert LABEL_AR in html and "<strong>neue</strong>" in html
    assert 'lang="de"' in html
    # Staff's own versions and the German carry no label.
    for address in ("de@example.org", "en@example.org"):
        plain = by_address[address].get_body(("plain",)).get_content()
        assert LABEL_AR not in plain and LABEL_EN not in plain and "[ar]" not in plain
    assert by_address["en@example.org"]["Subject"] == "News in March"
    # One request for Arabic (subject and text together), reused for both readers;
    # nothing for German and English.
    assert [(r["target"], r["q"]) for r in translation_server.requests] == [("ar", [SUBJECT, BODY])]
    row = Translation.objects.get(kind="newsletter", object_id=newsletter.pk)
    assert row.is_done and row.target_language == "ar"


def test_staff_see_it_in_the_preview_and_correcting_it_makes_it_theirs(
    client, staff, translation_server, django_capture_on_commit_callbacks
):
    client.force_login(staff)
    newsletter = _newsletter()
    preview = f"/newsletter/manage/{newsletter.pk}/?language=tr"
    # Looking at the Turkish preview asks for the translation; until it is made, the
    # preview says so and shows the German.
    with django_capture_on_commit_callbacks(execute=True):
        waiting = client.get(preview).content.decode()
    assert "maschinelle Übersetzung wird gerade erstellt" in waiting
    made = client.get(preview).content.decode()
    assert f"[tr] {SUBJECT}" in made
    assert "die maschinelle Übersetzung des deutschen Textes" in made

    edit = f"/newsletter/manage/{newsletter.pk}/edit/"
    form = client.get(edit).content.decode()
    assert f'value="[tr] {SUBJECT}"' in form
    assert "Maschinelle Übersetzung des deutschen Textes" in form
    fields = {
        "subject": SUBJECT,
        "body": BODY,
        "version_en_subject": "News in March",
        "version_en_body": "Hello,\n\nnew things.",
        "version_tr_subject": f"[tr] {SUBJECT}",
        "version_tr_body": f"[tr] {BODY}",
    }
    # Saved unchanged, it stays a machine translation.
    assert client.post(edit, fields).status_code == 302
    newsletter.refresh_from_db()
    assert "tr" not in newsletter.translations
    # Corrected, it becomes the version staff wrote: sent as such, without a label.
    fields["version_tr_subject"] = "Mart ayında haberler"
    assert client.post(edit, fields).status_code == 302
    newsletter.refresh_from_db()
    assert newsletter.translations["tr"] == {
        "subject": "Mart ayında haberler",
        "body": f"[tr] {BODY}",
    }
    SubscriberFactory(email="tr@example.org", language="tr")
    _send(newsletter, staff, django_capture_on_commit_callbacks)
    (message,) = mail.outbox
    assert message.subject == "Mart ayında haberler"
    assert "makine çevirisiyle" not in message.body and "[tr] Hallo," in message.body


def test_without_a_service_or_when_it_fails_the_german_goes_out(
    staff, settings, translation_server, django_capture_on_commit_callbacks
):
    SubscriberFactory(email="ar@example.org", language="ar")
    translation_server.fail = True
    _send(_newsletter(), staff, django_capture_on_commit_callbacks)
    (failed,) = mail.outbox
    assert failed.subject == SUBJECT and LABEL_AR not in failed.body

    settings.TRANSLATION_URL = ""
    forget_offered_languages()
    mail.outbox.clear()
    _send(_newsletter(), staff, django_capture_on_commit_callbacks)
    (plain,) = mail.outbox
    assert plain.subject == SUBJECT and LABEL_AR not in plain.body
