"""The pages that list a person's contact requests and a conversation's messages show
one page at a time, with the same number of queries however many rows there are: the
requests waiting for an answer like those sent, a conversation its newest messages with
a link to older ones, in the order they were written."""

import re

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from praxisdialog.network.models import Message
from tests.accounts.factories import VerifiedUserFactory
from tests.network.factories import ContactRequestFactory, ProfileFactory, conversation_between

pytestmark = pytest.mark.django_db

PAGE_SIZE = settings.NETWORK_PAGE_SIZE
BAD_PAGES = ["abc", "0", "-1", "1.5", "99999999999999999999", "", "2'", "²"]


def _get(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


def _queries(client, url: str) -> int:
    client.get(url)  # caches are filled on a first visit
    with CaptureQueriesContext(connection) as captured:
        _get(client, url)
    return len(captured.captured_queries)


def _messages(conversation, author, count: int, start: int = 0) -> None:
    for number in range(start, start + count):
        Message.objects.create(conversation=conversation, author=author, text=f"Nachricht {number}")


def _shown_messages(page: str) -> list[int]:
    return [int(n) for n in re.findall(r"Nachricht (\d+)</p>", page)]


@pytest.fixture
def me(client):
    user = VerifiedUserFactory()
    ProfileFactory(user=user)
    client.force_login(user)
    return user


def test_the_pages_keep_their_queries_from_2_to_30_rows(client, me):
    conversation = conversation_between(VerifiedUserFactory(), me)
    other = conversation.request.sender
    pages = {
        "requests": reverse("network:contact-request-list"),
        "requests, second page": reverse("network:contact-request-list") + "?received=2&page=2",
        "conversation": conversation.get_absolute_url(),
        "conversation, second page": conversation.get_absolute_url() + "?page=2",
    }

    def grow(start: int, count: int) -> None:
        for _ in range(count):
            ContactRequestFactory(recipient=me)
            ContactRequestFactory(sender=me)
        _messages(conversation, other, count, start)

    grow(0, 2)
    small = {name: _queries(client, url) for name, url in pages.items()}
    grow(2, 28)
    large = {name: _queries(client, url) for name, url in pages.items()}
    assert large == small


def test_a_conversation_shows_its_newest_messages_and_older_ones_a_link_away(client, me):
    conversation = conversation_between(VerifiedUserFactory(), me)
    _messages(conversation, conversation.request.sender, PAGE_SIZE + 10)
    url = conversation.get_absolute_url()

    page = _get(client, url)
    newest = list(range(10, PAGE_SIZE + 10))
    # At most a page, the newest, read from top to bottom as they were written.
    assert _shown_messages(page) == newest
    assert len(re.findall(r'<li id="message-\d+"', page)) == PAGE_SIZE
    # The request that opened the conversation and the form stay on every page.
    assert "Hallo, ich würde gern" in page
    assert 'name="text"' in page

    older = re.search(r'<a rel="next" href="([^"]+)">Frühere Nachrichten</a>', page)
    assert older, "a link to the earlier messages"
    page = _get(client, url + older.group(1).replace("&amp;", "&"))
    assert _shown_messages(page) == list(range(10))
    assert "Frühere Nachrichten" not in page
    assert "Spätere Nachrichten" in page
    assert "Hallo, ich würde gern" in page

    # A message written from an older page is sent and shown on the first.
    response = client.post(url, {"text": "Nachricht 999"})
    assert response.status_code == 302 and response["Location"] == url
    assert _shown_messages(_get(client, url))[-1] == 999


def test_the_contact_requests_page_shows_a_page_of_each_list(client, me):
    for _ in range(PAGE_SIZE + 3):
        ContactRequestFactory(recipient=me, message="Eine Frage an Sie")
        ContactRequestFactory(sender=me)
    url = reverse("network:contact-request-list")

    page = _get(client, url)
    assert page.count("Eine Frage an Sie") == PAGE_SIZE
    assert page.count('class="card contact-request"') == PAGE_SIZE
    assert 'href="?received=2"' in page and 'href="?page=2"' in page

    # Each list turns its own pages and keeps the other's.
    page = _get(client, url + "?received=2&page=2")
    assert page.count("Eine Frage an Sie") == 3
    assert 'href="?received=1&amp;page=2"' in page
    assert 'href="?received=2&amp;page=1"' in page


@pytest.mark.parametrize("value", BAD_PAGES)
def test_a_bad_page_number_gets_a_page_not_an_error(client, me, value):
    conversation = conversation_between(VerifiedUserFactory(), me)
    _messages(conversation, conversation.request.sender, PAGE_SIZE + 1)
    ContactRequestFactory(recipient=me, message="Eine Frage an Sie")
    page = _get(client, f"{conversation.get_absolute_url()}?page={value}")
    assert _shown_messages(page)
    page = _get(client, f"{reverse('network:contact-request-list')}?received={value}&page={value}")
    assert "Eine Frage an Sie" in page
