import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from praxisdialog.moderation.models import Report
from praxisdialog.network import services
from praxisdialog.network.models import (
    ContactRequest,
    Conversation,
    Message,
    Profile,
)
from tests.accounts.factories import StaffFactory, VerifiedUserFactory
from tests.network.factories import ProfileFactory, PublicProfileFactory, conversation_between

pytestmark = pytest.mark.django_db


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def _profiles(count):
    for _ in range(count):
        PublicProfileFactory(
            region="DE-TH",
            languages=["de", "en"],
            offers=["mentoring", "job"],
            seeks=["funding"],
            role_id=None,
        )


@pytest.mark.parametrize("viewer", ["anonymous", "participant"])
def test_directory_has_a_fixed_number_of_queries(client, viewer):
    if viewer == "participant":
        client.force_login(VerifiedUserFactory())
    url = reverse("network:profile-list")
    _profiles(2)
    _queries(client, url)  # the first request of a test also sets up the site settings
    with_two = _queries(client, url)
    _profiles(18)
    assert _queries(client, url) == with_two


def test_suggestions_and_matches_have_a_fixed_number_of_queries(client):
    staff = StaffFactory()
    ProfileFactory(user=staff, offers=["funding"], seeks=["mentoring"], languages=["de"])
    client.force_login(staff)
    _profiles(2)
    _queries(client, reverse("network:profile-list"))  # sets up the site settings
    counts = [
        _queries(client, reverse(n)) for n in ("network:suggestion-list", "network:match-overview")
    ]
    _profiles(18)
    assert [
        _queries(client, reverse(n)) for n in ("network:suggestion-list", "network:match-overview")
    ] == counts


def test_a_participant_creates_a_profile_through_the_form(client, user):
    client.force_login(user)
    response = client.post(
        reverse("network:profile-edit"),
        {
            "is_listed": "on",
            "visibility": "participants",
            "display_name": "Amal",
            "region": "DE-TH",
            "languages": ["de", "ar"],
            "offers": [],
            "seeks": [],
        },
    )
    profile = Profile.objects.get(user=user)
    assert response.status_code == 302
    assert response["Location"] == profile.get_absolute_url()
    assert profile.is_listed and profile.language_codes == ["ar", "de"]


def test_bad_profile_input_is_shown_back(client, user):
    client.force_login(user)
    response = client.post(
        reverse("network:profile-edit"),
        {"display_name": "", "visibility": "participants", "region": "Erfurt"},
    )
    assert response.status_code == 200
    assert 'id="error-summary"' in response.content.decode()
    assert not Profile.objects.exists()


def test_visitors_are_sent_to_log_in(client):
    for name in ("network:profile-edit", "network:contact-request-list", "network:suggestion-list"):
        assert reverse("account_login") in client.get(reverse(name))["Location"]


def test_request_accept_and_message_through_the_pages(client):
    asker, target = ProfileFactory(), ProfileFactory(display_name="Chiara")
    client.force_login(asker.user)
    url = reverse("network:contact-request-create", args=[target.pk])
    response = client.post(url, {"message": "Darf ich Sie zur Anerkennung fragen?"})
    assert response.status_code == 302
    request = ContactRequest.objects.get()
    client.force_login(target.user)
    page = client.get(reverse("network:contact-request-list")).content.decode()
    assert "Darf ich Sie zur Anerkennung fragen?" in page
    response = client.post(
        reverse("network:contact-request-answer", args=[request.pk]), {"decision": "accept"}
    )
    conversation = Conversation.objects.get()
    assert response["Location"] == conversation.get_absolute_url()
    client.post(conversation.get_absolute_url(), {"text": "Gern, wann passt es?"})
    assert Message.objects.get().text == "Gern, wann passt es?"
    # Someone else sees neither the conversation nor can answer the request.
    client.force_login(VerifiedUserFactory())
    assert client.get(conversation.get_absolute_url()).status_code == 404
    answer = reverse("network:contact-request-answer", args=[request.pk])
    assert client.post(answer, {"decision": "decline"}).status_code == 404


def test_the_sender_cannot_answer_their_own_request(client):
    asker, target = ProfileFactory(), ProfileFactory()
    request = services.contact_request_send(sender=asker.user, profile=target, message="Hallo")
    client.force_login(asker.user)
    url = reverse("network:contact-request-answer", args=[request.pk])
    assert client.post(url, {"decision": "accept"}).status_code == 403


def test_the_rate_limit_is_explained_on_the_page(client):
    asker = ProfileFactory()
    client.force_login(asker.user)
    for _ in range(services.CONTACT_REQUEST_LIMIT):
        target = ProfileFactory()
        url = reverse("network:contact-request-create", args=[target.pk])
        assert client.post(url, {"message": "Hallo"}).status_code == 302
    target = ProfileFactory()
    url = reverse("network:contact-request-create", args=[target.pk])
    response = client.post(url, {"message": "Hallo"})
    assert response.status_code == 429
    assert "Please wait" in response.content.decode() or "warten" in response.content.decode()
    assert ContactRequest.objects.count() == services.CONTACT_REQUEST_LIMIT


def test_blocking_and_reporting_from_the_profile(client):
    me, other = ProfileFactory(), ProfileFactory()
    client.force_login(me.user)
    old_link = client.get(reverse("network:profile-report", args=[other.pk]))
    assert old_link.url == reverse("moderation:report", args=["profile", other.pk])
    response = client.post(
        old_link.url,
        {"reason": "spam", "explanation": "Nur Werbung", "good_faith": "on"},
    )
    assert response.status_code == 302
    assert Report.objects.get(object_id=other.pk).reporter == me.user
    client.post(reverse("network:block-create", args=[other.pk]))
    assert client.get(other.get_absolute_url()).status_code == 404
    client.force_login(other.user)
    assert client.get(me.get_absolute_url()).status_code == 404
    url = reverse("network:contact-request-create", args=[me.pk])
    assert client.post(url, {"message": "Hallo"}).status_code == 404


def test_sharing_the_address_from_the_conversation(client):
    first, second = VerifiedUserFactory(), VerifiedUserFactory()
    conversation = conversation_between(first, second)
    client.force_login(second)
    client.post(reverse("network:email-share", args=[conversation.pk]), {"share": "1"})
    client.force_login(first)
    assert second.email in client.get(conversation.get_absolute_url()).content.decode()


def test_only_staff_see_the_match_overview(client, user):
    client.force_login(user)
    assert client.get(reverse("network:match-overview")).status_code == 403
    client.force_login(StaffFactory())
    assert client.get(reverse("network:match-overview")).status_code == 200
