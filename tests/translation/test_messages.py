"""Private messages are machine-translated only on request: a message in a language the
reader neither uses nor reads gets a "Translate" button; pressing it queues the
translation (the page does not wait and says it is being made), the result is stored
per text version and target language and shown labelled, with the original one click
away. Only the two people in the conversation may ask for it or see it; without a
service there is no button."""

import pytest

from praxisdialog.network.models import Message
from praxisdialog.translation.backends import forget_offered_languages
from praxisdialog.translation.models import Translation
from praxisdialog.translation.services import translation_request
from praxisdialog.translation.tasks import make_translation
from tests.accounts.factories import VerifiedUserFactory
from tests.network.factories import conversation_between

pytestmark = pytest.mark.django_db

ARABIC = "شكرا على رسالتك، هل يمكننا أن نلتقي الأسبوع القادم؟"
BUTTON = "Aus Arabisch übersetzen"


@pytest.fixture
def conversation():
    return conversation_between(VerifiedUserFactory(), VerifiedUserFactory())


@pytest.fixture
def arabic_message(conversation):
    return Message.objects.create(
        conversation=conversation, author=conversation.request.sender, text=ARABIC, language="ar"
    )


@pytest.fixture
def reader(client, conversation):
    """The recipient of the contact request, reading in German, signed in."""
    client.force_login(conversation.request.recipient)
    return conversation.request.recipient


def _translate_url(message) -> str:
    return f"/network/conversations/{message.conversation_id}/messages/{message.pk}/translate/"


def _page(client, conversation, query: str = "") -> str:
    response = client.get(conversation.get_absolute_url() + query)
    assert response.status_code == 200
    return response.content.decode()


def test_the_page_offers_translate_and_sends_nothing_by_itself(
    client,
    reader,
    conversation,
    arabic_message,
    translation_server,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        page = _page(client, conversation)
    assert BUTTON in page
    assert _translate_url(arabic_message) in page
    # Showing the page never sends a private message anywhere.
    assert translation_server.requests == []
    assert not Translation.objects.exists()
    # Nor does the generic path every page uses.
    assert translation_request(obj=arabic_message, target="de") is None
    assert not Translation.objects.exists()


def test_translate_queues_the_translation_and_the_page_shows_it_labelled(
    client,
    reader,
    conversation,
    arabic_message,
    translation_server,
    django_capture_on_commit_callbacks,
):
    response = client.post(_translate_url(arabic_message))
    assert response.status_code == 302
    assert response["Location"].endswith(
        f"{conversation.get_absolute_url()}#message-{arabic_message.pk}"
    )
    row = Translation.objects.get(kind="message", object_id=arabic_message.pk)
    assert row.status == Translation.Status.PENDING and row.target_language == "de"
    # The task has not run yet: the page says so and does not wait.
    page = _page(client, conversation)
    assert "eine maschinelle Übersetzung wird erstellt" in page
    assert BUTTON not in page
    assert translation_server.requests == []

    # The queued task runs (as the worker would), then the reader looks again.
    make_translation.enqueue(translation_id=row.pk)
    row.refresh_from_db()
    assert row.is_done and row.segments == {"text": f"[de] {ARABIC}"}
    assert len(translation_server.requests) == 1
    assert translation_server.requests[0]["source"] == "ar"

    page = _page(client, conversation)
    assert f"[de] {ARABIC}" in page
    assert "Maschinelle Übersetzung, Original auf Arabisch" in page
    assert f"?original=1#message-{arabic_message.pk}" in page
    assert BUTTON not in page

    original = _page(client, conversation, "?original=1")
    assert f"[de] {ARABIC}" not in original and ARABIC in original
    assert "Original auf Arabisch" in original


def test_the_other_person_sees_the_translation_in_their_language_only_on_request(
    client, conversation, arabic_message, translation_server, django_capture_on_commit_callbacks
):
    """The author's own messages get no button; a message the other side wrote does."""
    sender = conversation.request.sender
    client.force_login(sender)
    page = _page(client, conversation)
    assert BUTTON not in page
    reply = Message.objects.create(
        conversation=conversation,
        author=conversation.request.recipient,
        text="Дякую, наступного тижня мені підходить.",
        language="uk",
    )
    page = _page(client, conversation)
    assert "Aus Ukrainisch übersetzen" in page
    with django_capture_on_commit_callbacks(execute=True):
        client.post(_translate_url(reply))
    assert f"[de] {reply.text}" in _page(client, conversation)


def test_a_message_in_a_language_the_reader_reads_has_no_button(
    client, reader, conversation, arabic_message, translation_server
):
    response = client.post("/account/translation/languages/", {"codes": ["ar"]})
    assert response.status_code == 302
    assert BUTTON not in _page(client, conversation)
    german = Message.objects.create(
        conversation=conversation, author=conversation.request.sender, text="Hallo", language="de"
    )
    assert _translate_url(german) not in _page(client, conversation)


def test_only_the_two_people_may_ask_or_see(
    client, conversation, arabic_message, translation_server, django_capture_on_commit_callbacks
):
    stranger = VerifiedUserFactory()
    client.force_login(stranger)
    assert client.post(_translate_url(arabic_message)).status_code == 404
    assert client.get(conversation.get_absolute_url()).status_code == 404
    assert not Translation.objects.exists()
    # A message of another conversation cannot be asked for through this one.
    other = conversation_between(stranger, VerifiedUserFactory())
    response = client.post(
        f"/network/conversations/{other.pk}/messages/{arabic_message.pk}/translate/"
    )
    assert response.status_code == 404
    assert not Translation.objects.exists()
    client.logout()
    response = client.post(_translate_url(arabic_message))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not Translation.objects.exists()
    assert client.get(_translate_url(arabic_message)).status_code in (302, 405)


def test_without_a_service_there_is_no_button(
    client, reader, conversation, arabic_message, settings
):
    settings.TRANSLATION_URL = ""
    forget_offered_languages()
    page = _page(client, conversation)
    assert BUTTON not in page and _translate_url(arabic_message) not in page
    response = client.post(_translate_url(arabic_message), follow=True)
    assert "Diese Nachricht kann nicht übersetzt werden." in response.content.decode()
    assert not Translation.objects.exists()


def test_a_failed_translation_is_tried_again(
    client,
    reader,
    conversation,
    arabic_message,
    translation_server,
    django_capture_on_commit_callbacks,
):
    translation_server.fail = True
    with django_capture_on_commit_callbacks(execute=True):
        client.post(_translate_url(arabic_message))
    row = Translation.objects.get(kind="message", object_id=arabic_message.pk)
    assert row.status == Translation.Status.FAILED
    assert "eine maschinelle Übersetzung wird erstellt" in _page(client, conversation)
    translation_server.fail = False
    Translation.objects.filter(pk=row.pk).update(next_attempt_at=None)
    with django_capture_on_commit_callbacks(execute=True):
        _page(client, conversation)
    row.refresh_from_db()
    assert row.is_done
    assert f"[de] {ARABIC}" in _page(client, conversation)


def test_the_translations_go_with_the_conversation(
    reader, conversation, arabic_message, translation_server, django_capture_on_commit_callbacks
):
    from praxisdialog.network.services import message_translate
    from praxisdialog.privacy.services import account_delete

    with django_capture_on_commit_callbacks(execute=True):
        message_translate(message=arabic_message, reader=reader, target="de")
    assert Translation.objects.filter(kind="message").count() == 1
    account_delete(user=reader, keep_content=True)
    assert not Message.objects.exists()
    assert not Translation.objects.exists()


def test_the_privacy_policy_says_messages_are_sent_only_on_request(client, translation_server):
    from praxisdialog.pages.models import Page

    page = Page.objects.filter(kind=Page.Kind.PRIVACY).first()
    if page is None:
        pytest.skip("no privacy page in the database")
    html = client.get(page.get_absolute_url()).content.decode()
    assert "Eine private Nachricht wird nur dann gesendet" in html


def test_asking_for_a_translation_reads_one_message_however_long_the_conversation(
    client, reader, conversation, arabic_message, translation_server
):
    """The message is fetched by itself, not found among all of its conversation's."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries_to_translate(message) -> int:
        with CaptureQueriesContext(connection) as captured:
            response = client.post(_translate_url(message))
        assert response.status_code == 302
        # Every read of messages names the one asked for.
        reads = [q["sql"] for q in captured if 'FROM "network_message"' in q["sql"]]
        assert reads, captured.captured_queries
        for sql in reads:
            assert f'"network_message"."id" = {message.pk}' in sql, sql
        return len(captured)

    queries_to_translate(arabic_message)  # the first request of a session does more
    second = Message.objects.create(
        conversation=conversation,
        author=conversation.request.sender,
        text=ARABIC + "?",
        language="ar",
    )
    short = queries_to_translate(second)
    Message.objects.bulk_create(
        Message(conversation=conversation, author=conversation.request.sender, text=f"Hallo {n}")
        for n in range(40)
    )
    latest = Message.objects.create(
        conversation=conversation,
        author=conversation.request.sender,
        text=ARABIC + "!",
        language="ar",
    )
    assert queries_to_translate(latest) == short
    assert set(Translation.objects.filter(kind="message").values_list("object_id", flat=True)) == {
        arabic_message.pk,
        second.pk,
        latest.pk,
    }


def test_what_a_reader_sees_is_decided_from_the_reader_and_their_language(
    conversation, arabic_message, translation_server
):
    """No request needed: the reader and the interface language are enough."""
    from praxisdialog.network.selectors import (
        conversation_get_for_participant,
        conversation_messages_shown,
        message_page_for_conversation,
    )

    def shown(reader, language):
        loaded = conversation_get_for_participant(pk=conversation.pk, user=reader)
        page = message_page_for_conversation(conversation=loaded, number=1, page_size=20)
        conversation_messages_shown(
            conversation=loaded,
            messages=page.object_list,
            user=reader,
            interface_language=language,
        )
        return page.object_list

    recipient = conversation.request.recipient
    [message] = shown(recipient, "de")
    assert message.can_translate and message.shown.source_name == "Arabisch"

    # The author, or a reader of Arabic, is offered nothing.
    sender = conversation.request.sender
    assert not shown(sender, "de")[0].can_translate
    assert not shown(recipient, "ar")[0].can_translate


def _element(page: str, element_id: str) -> str:
    """The opening tag of the element with this id."""
    start = page.index(f'id="{element_id}"')
    return page[page.rindex("<", 0, start) : page.index(">", start) + 1]


def test_a_translation_being_made_updates_itself_and_can_be_looked_up_without_javascript(
    client, reader, conversation, arabic_message, translation_server
):
    anchor = f"message-{arabic_message.pk}"
    assert "hx-trigger" not in _element(_page(client, conversation), anchor)
    client.post(_translate_url(arabic_message))
    page = _page(client, conversation)
    # htmx asks for the page again and swaps in this message until it is translated…
    tag = _element(page, anchor)
    assert 'hx-trigger="every 3s"' in tag
    assert f'hx-select="#{anchor}"' in tag and 'hx-swap="outerHTML"' in tag
    assert f'hx-get="{conversation.get_absolute_url()}"' in tag
    # …and without JavaScript a link reloads it.
    assert (
        f'href="{conversation.get_absolute_url()}#{anchor}">Nachsehen, ob die Übersetzung' in page
    )

    row = Translation.objects.get(kind="message")
    make_translation.enqueue(translation_id=row.pk)
    page = _page(client, conversation)
    assert f"[de] {ARABIC}" in page
    assert "hx-trigger" not in _element(page, anchor)
    assert "Nachsehen, ob die Übersetzung" not in page


def test_a_message_on_an_older_page_is_translated_there(
    client, reader, conversation, arabic_message, translation_server
):
    """The newest messages come first; "Translate" under an older one, and the links
    between translation and original, return to the page it is on."""
    from django.conf import settings

    Message.objects.bulk_create(
        Message(conversation=conversation, author=conversation.request.sender, text=f"Hallo {n}")
        for n in range(settings.NETWORK_PAGE_SIZE)
    )
    assert BUTTON not in _page(client, conversation)
    older = _page(client, conversation, "?page=2")
    assert BUTTON in older
    assert f'action="{_translate_url(arabic_message)}?page=2"' in older

    response = client.post(f"{_translate_url(arabic_message)}?page=2")
    assert response["Location"].endswith(
        f"{conversation.get_absolute_url()}?page=2#message-{arabic_message.pk}"
    )
    # A page number that is none returns to the first page.
    for value in ("x", "1", "-2", "²", "9" * 30):
        response = client.post(f"{_translate_url(arabic_message)}?page={value}")
        assert response["Location"].endswith(
            f"{conversation.get_absolute_url()}#message-{arabic_message.pk}"
        ), value

    make_translation.enqueue(translation_id=Translation.objects.get(kind="message").pk)
    older = _page(client, conversation, "?page=2")
    assert f"[de] {ARABIC}" in older
    assert f"?page=2&amp;original=1#message-{arabic_message.pk}" in older
    original = _page(client, conversation, "?page=2&original=1")
    assert f"[de] {ARABIC}" not in original and ARABIC in original
    assert f'?page=2#message-{arabic_message.pk}">Maschinelle Übersetzung anzeigen' in original
