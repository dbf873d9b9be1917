"""The message of a contact request is machine-translated only on its recipient's
request, like a message of a conversation: the same button, the same labels, the same
service. It goes out only while the recipient can read it (waiting for their answer,
or at the top of the conversation they accepted), never because a page showed it, and
without a service nothing is offered."""

from datetime import timedelta

import pytest

from praxisdialog.network.models import ContactRequest, Conversation
from praxisdialog.translation.backends import forget_offered_languages
from praxisdialog.translation.models import Translation
from praxisdialog.translation.services import translation_request
from praxisdialog.translation.tasks import make_translation
from tests.accounts.factories import VerifiedUserFactory
from tests.network.factories import ContactRequestFactory

pytestmark = pytest.mark.django_db

ARABIC = "مرحبا، أعمل مع اللاجئين في مدينتي وأود أن أتعلم من تجربتك في التدريب المهني."
BUTTON = "Aus Arabisch übersetzen"
LIST = "/network/requests/"


@pytest.fixture
def contact_request():
    return ContactRequestFactory(
        sender=VerifiedUserFactory(), recipient=VerifiedUserFactory(), message=ARABIC, language="ar"
    )


@pytest.fixture
def recipient(client, contact_request):
    client.force_login(contact_request.recipient)
    return contact_request.recipient


def _translate_url(contact_request) -> str:
    return f"/network/requests/{contact_request.pk}/translate/"


def _page(client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200
    return response.content.decode()


def test_the_list_offers_translate_and_sends_nothing_by_itself(
    client, recipient, contact_request, translation_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        page = _page(client, LIST)
    assert ARABIC in page and BUTTON in page
    assert _translate_url(contact_request) in page
    assert translation_server.requests == []
    assert not Translation.objects.exists()
    assert translation_request(obj=contact_request, target="de") is None
    assert not Translation.objects.exists()


def test_translate_queues_it_and_the_list_shows_it_labelled(
    client, recipient, contact_request, translation_server
):
    response = client.post(_translate_url(contact_request))
    assert response.status_code == 302
    assert response["Location"].endswith(f"{LIST}#request-{contact_request.pk}")
    row = Translation.objects.get(kind="contactrequest", object_id=contact_request.pk)
    assert row.status == Translation.Status.PENDING and row.target_language == "de"
    page = _page(client, LIST)
    assert "eine maschinelle Übersetzung wird erstellt" in page
    assert BUTTON not in page
    assert translation_server.requests == []

    make_translation.enqueue(translation_id=row.pk)
    row.refresh_from_db()
    assert row.is_done and row.segments == {"text": f"[de] {ARABIC}"}
    assert [payload["source"] for payload in translation_server.requests] == ["ar"]

    page = _page(client, LIST)
    assert f"[de] {ARABIC}" in page
    assert "Maschinelle Übersetzung, Original auf Arabisch" in page
    assert f"?original=1#request-{contact_request.pk}" in page
    assert 'lang="de" dir="auto">[de]' in page
    original = _page(client, f"{LIST}?original=1")
    assert f"[de] {ARABIC}" not in original and ARABIC in original
    assert "Original auf Arabisch" in original


def test_once_accepted_the_conversation_opens_with_it_and_offers_the_same(
    client, recipient, contact_request, translation_server, django_capture_on_commit_callbacks
):
    response = client.post(
        f"/network/requests/{contact_request.pk}/answer/", {"decision": "accept"}
    )
    conversation = Conversation.objects.get(request=contact_request)
    assert response["Location"] == conversation.get_absolute_url()
    page = _page(client, conversation.get_absolute_url())
    assert BUTTON in page and _translate_url(contact_request) in page

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_translate_url(contact_request))
    assert response["Location"].endswith(
        f"{conversation.get_absolute_url()}#request-{contact_request.pk}"
    )
    page = _page(client, conversation.get_absolute_url())
    assert f"[de] {ARABIC}" in page
    assert "Maschinelle Übersetzung, Original auf Arabisch" in page

    # The sender wrote it: no button, and they may not ask.
    client.force_login(contact_request.sender)
    page = _page(client, conversation.get_absolute_url())
    assert BUTTON not in page and _translate_url(contact_request) not in page


def test_only_the_recipient_may_ask_and_only_while_they_can_read_it(
    client, contact_request, translation_server, django_capture_on_commit_callbacks
):
    for person in (contact_request.sender, VerifiedUserFactory()):
        client.force_login(person)
        assert client.post(_translate_url(contact_request)).status_code == 404
        assert BUTTON not in _page(client, LIST)
    client.logout()
    response = client.post(_translate_url(contact_request))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert client.get(_translate_url(contact_request)).status_code in (302, 405)

    client.force_login(contact_request.recipient)
    for status in (ContactRequest.Status.WITHDRAWN, ContactRequest.Status.DECLINED):
        ContactRequest.objects.filter(pk=contact_request.pk).update(status=status)
        assert client.post(_translate_url(contact_request)).status_code == 404
    assert not Translation.objects.exists()
    assert translation_server.requests == []


def test_a_request_withdrawn_before_the_task_runs_is_not_sent(
    client, recipient, contact_request, translation_server
):
    client.post(_translate_url(contact_request))
    row = Translation.objects.get(kind="contactrequest")
    client.force_login(contact_request.sender)
    client.post(f"/network/requests/{contact_request.pk}/withdraw/")
    make_translation.enqueue(translation_id=row.pk)
    assert translation_server.requests == []
    assert not Translation.objects.exists()


def test_a_request_in_a_language_the_reader_reads_has_no_button(
    client, recipient, contact_request, translation_server
):
    assert BUTTON in _page(client, LIST)
    client.post("/account/translation/languages/", {"codes": ["ar"]})
    assert BUTTON not in _page(client, LIST)


def test_without_a_service_nothing_is_offered(client, recipient, contact_request, settings):
    settings.TRANSLATION_URL = ""
    forget_offered_languages()
    page = _page(client, LIST)
    assert ARABIC in page
    assert BUTTON not in page and _translate_url(contact_request) not in page
    assert "übersetzt" not in page.split(ARABIC, 1)[1].split("</li>", 1)[0]
    response = client.post(_translate_url(contact_request), follow=True)
    assert "Diese Nachricht kann nicht übersetzt werden." in response.content.decode()
    assert not Translation.objects.exists()


def test_a_sent_request_remembers_the_language_it_is_written_in(translation_server):
    from praxisdialog.network.services import contact_request_send
    from tests.network.factories import ProfileFactory

    sender = ProfileFactory().user
    profile = ProfileFactory()
    sent = contact_request_send(sender=sender, profile=profile, message=ARABIC)
    sent.refresh_from_db()
    assert sent.language == "ar"


def test_the_translations_go_with_the_account(
    recipient, contact_request, translation_server, django_capture_on_commit_callbacks
):
    from praxisdialog.network.services import contact_request_translate
    from praxisdialog.privacy.services import account_delete

    with django_capture_on_commit_callbacks(execute=True):
        contact_request_translate(contact_request=contact_request, reader=recipient, target="de")
    assert Translation.objects.filter(kind="contactrequest", status="done").count() == 1
    account_delete(user=contact_request.sender, keep_content=True)
    assert not ContactRequest.objects.exists()
    assert not Translation.objects.exists()


def test_the_privacy_policy_says_contact_requests_are_sent_only_on_request(
    client, translation_server
):
    from praxisdialog.pages.models import Page

    page = Page.objects.filter(kind=Page.Kind.PRIVACY).first()
    if page is None:
        pytest.skip("no privacy page in the database")
    html = client.get(page.get_absolute_url()).content.decode()
    assert "Die Nachricht einer Kontaktanfrage wird ebenso nur dann gesendet" in html


def test_requests_sent_before_languages_were_recognised_get_theirs():
    import importlib

    from django.apps import apps

    migration = importlib.import_module(
        "praxisdialog.network.migrations.0006_contact_request_language"
    )
    waiting = ContactRequestFactory(message=ARABIC, language="")
    short = ContactRequestFactory(message="Hallo!", language="")
    declined = ContactRequestFactory(
        message=ARABIC, language="", status=ContactRequest.Status.DECLINED
    )
    migration.recognise_languages(apps, None)
    assert ContactRequest.objects.get(pk=waiting.pk).language == "ar"
    # Too short to tell: the sender's language.
    assert ContactRequest.objects.get(pk=short.pk).language == short.sender.preferred_language
    # Nobody reads it any more: left alone.
    assert ContactRequest.objects.get(pk=declined.pk).language == ""


def _element(page: str, element_id: str) -> str:
    start = page.index(f'id="{element_id}"')
    return page[page.rindex("<", 0, start) : page.index(">", start) + 1]


def test_a_translation_being_made_updates_itself_in_the_list_and_the_conversation(
    client, recipient, contact_request, translation_server
):
    anchor = f"request-{contact_request.pk}"
    client.post(_translate_url(contact_request))
    page = _page(client, LIST)
    tag = _element(page, anchor)
    assert 'hx-trigger="every 3s"' in tag and f'hx-select="#{anchor}"' in tag
    assert f'href="{LIST}#{anchor}">Nachsehen, ob die Übersetzung' in page

    ContactRequest.objects.filter(pk=contact_request.pk).update(
        status=ContactRequest.Status.ACCEPTED
    )
    conversation = Conversation.objects.create(request=contact_request)
    page = _page(client, conversation.get_absolute_url())
    assert 'hx-trigger="every 3s"' in _element(page, anchor)

    make_translation.enqueue(translation_id=Translation.objects.get().pk)
    page = _page(client, conversation.get_absolute_url())
    assert f"[de] {ARABIC}" in page
    assert "hx-trigger" not in _element(page, anchor)
    assert "Nachsehen, ob die Übersetzung" not in page


def test_a_request_on_a_later_page_of_the_list_is_translated_there(
    client, recipient, contact_request, translation_server
):
    """The requests waiting for an answer are shown a page at a time, oldest first;
    "Translate" on a later page returns to it."""
    from django.conf import settings

    # Asked before the Arabic one, so that it moves to the second page.
    earlier = contact_request.created_at - timedelta(days=1)
    for _ in range(settings.NETWORK_PAGE_SIZE):
        ContactRequestFactory(recipient=recipient)
    ContactRequest.objects.filter(recipient=recipient).exclude(pk=contact_request.pk).update(
        created_at=earlier
    )
    assert BUTTON not in _page(client, LIST)
    later = _page(client, f"{LIST}?received=2")
    assert ARABIC in later and BUTTON in later
    response = client.post(f"{_translate_url(contact_request)}?received=2")
    assert response["Location"].endswith(f"{LIST}?received=2#request-{contact_request.pk}")
    make_translation.enqueue(translation_id=Translation.objects.get(kind="contactrequest").pk)
    assert f"[de] {ARABIC}" in _page(client, f"{LIST}?received=2")
